using Thb.Cycles;
using Thb.Intake.Returns;
using Thb.Reminders;
using static Thb.Tests.Reminders.ReminderTestData;

namespace Thb.Tests.Reminders;

public class ReminderPlannerTests
{
    [Fact]
    public void Only_contributors_with_addresses_and_no_accepted_return_are_due()
    {
        var cycle = Cycle();
        var statuses = new[]
        {
            Status(Contributor("austria", "a@example.org"), cycle),
            Status(Contributor("bulgaria", "b@example.org"), cycle, current: Submission("bulgaria", ReturnStatus.Accepted)),
            Status(Contributor("cyprus"), cycle),
            Status(Contributor("germany", "g@example.org"), cycle, latest: Submission("germany", ReturnStatus.Rejected)),
        };
        var plan = ReminderPlanner.Plan(cycle, statuses, Brussels(2026, 6, 8, 9));

        Assert.Equal(["austria", "germany"], plan.Due.Select(d => d.Contributor.Id.Value));
        Assert.All(plan.Due, d => Assert.Equal(ReminderKind.Before(7), d.Due));
        var byId = plan.Contributors.ToDictionary(c => c.Contributor.Id);
        Assert.Equal(ReminderStanding.Submitted, byId[ContributorId.Parse("bulgaria")].Standing);
        Assert.Equal(ReminderStanding.NoAddress, byId[ContributorId.Parse("cyprus")].Standing);
        Assert.Equal((ReminderKind.Before(2), new DateOnly(2026, 6, 13)), byId[ContributorId.Parse("austria")].Next);
    }

    [Fact]
    public void A_closed_cycle_reminds_nobody()
    {
        var cycle = Cycle(CycleState.Closed);
        var plan = ReminderPlanner.Plan(cycle, [Status(Contributor("austria", "a@example.org"), cycle)], Brussels(2026, 6, 20, 9));
        Assert.Empty(plan.Due);
        Assert.Equal(ReminderStanding.CycleClosed, plan.Contributors.Single().Standing);
    }

    [Theory]
    // Summer (CEST, UTC+2): 21:30 UTC on the deadline date is 23:30 in Brussels, still the deadline day;
    // 22:30 UTC is 00:30 the next day in Brussels, so the first overdue notice is due.
    [InlineData("2026-06-15T21:30:00Z", null)]
    [InlineData("2026-06-15T21:59:59Z", null)]
    [InlineData("2026-06-15T22:00:00Z", "overdue-1")]
    [InlineData("2026-06-15T22:30:00Z", "overdue-1")]
    public void The_deadline_day_ends_at_midnight_in_Brussels_in_summer(string utc, string? expected)
    {
        var cycle = Cycle() with { ReminderOffsets = [2] };
        var plan = ReminderPlanner.Plan(cycle, [Status(Contributor("austria", "a@example.org"), cycle)], DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        var due = plan.Contributors.Single().Due;
        // On the deadline day itself the 2-day slot is still current; what matters is whether the overdue notice is.
        Assert.Equal(expected, due is { IsOverdue: true } ? due.ToString() : null);
    }

    [Theory]
    // Winter (CET, UTC+1): 22:30 UTC is 23:30 in Brussels (still the deadline day); 23:00 UTC is midnight.
    [InlineData("2026-01-15T22:30:00Z", false)]
    [InlineData("2026-01-15T23:00:00Z", true)]
    public void The_deadline_day_ends_at_midnight_in_Brussels_in_winter(string utc, bool overdue)
    {
        var cycle = Cycle() with { Deadline = new DateOnly(2026, 1, 15), ReminderOffsets = [] };
        var plan = ReminderPlanner.Plan(cycle, [Status(Contributor("austria", "a@example.org"), cycle)], DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(overdue, plan.Due.Count == 1);
    }

    [Fact]
    public void An_extension_moves_a_contributors_slots_and_overdue_list()
    {
        var cycle = Cycle();
        var extended = Contributor("austria", "a@example.org") with { DeadlineOverride = new DateOnly(2026, 6, 29) };
        var plan = ReminderPlanner.Plan(cycle, [Status(extended, cycle), Status(Contributor("bulgaria", "b@example.org"), cycle)], Brussels(2026, 6, 16, 9));

        var austria = plan.Contributors.Single(c => c.Contributor.Id == "austria");
        Assert.Equal(new DateOnly(2026, 6, 29), austria.Deadline);
        Assert.Equal(ReminderKind.Before(14), austria.Due); // 13 days before the new deadline
        Assert.Equal(ReminderKind.Overdue(1), plan.Contributors.Single(c => c.Contributor.Id == "bulgaria").Due);
        Assert.Equal(["bulgaria"], plan.Overdue.Select(o => o.Contributor.Id.Value));
    }
}
