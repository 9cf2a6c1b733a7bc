using Thb.Cycles;
using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Reminders;
using static Thb.Tests.Reminders.ReminderTestData;

namespace Thb.Tests.Reminders;

public class ReminderComposerTests
{
    [Fact]
    public async Task A_reminder_names_the_delegation_cycle_deadline_and_days_left()
    {
        var cycle = Cycle();
        var mail = await ReminderComposer.ReminderAsync(cycle, Contributor("austria", "a@example.org"), Deadline, ReminderKind.Before(7), new DateOnly(2026, 6, 8), null, null);

        Assert.Equal("Reminder — Austria: THB return for “THB 2026 first half” due on 15 June 2026 (7 days left)", mail.Subject);
        foreach (var body in new[] { mail.Text, mail.Html })
        {
            Assert.Contains("Austria", body);
            Assert.Contains("THB 2026 first half", body);
            Assert.Contains("Monday 15 June 2026", body);
            Assert.Contains("7 days left", body);
            Assert.Contains("returns/2026-1/austria/", body);
            Assert.Contains("presidency@example.eu", body);
        }
        Assert.StartsWith("<!DOCTYPE html>", mail.Html);
        Assert.Contains("<strong>7 days left</strong>", mail.Html);
        // Rendered by a Razor component: the words around its elements keep their spaces.
        Assert.Contains("<strong>How to submit:</strong> upload the completed workbook (.xlsx) to <code>returns/2026-1/austria/</code> (any file name). Every upload", mail.Html);
    }

    [Theory]
    [InlineData("2026-06-15", "due today")]
    [InlineData("2026-06-14", "1 day left")]
    [InlineData("2026-06-16", "1 day overdue")]
    [InlineData("2026-06-23", "8 days overdue")]
    public void Days_are_counted_in_Brussels_dates(string today, string expected) =>
        Assert.Equal(expected, ReminderComposer.DaysText(Deadline, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task An_overdue_notice_says_so()
    {
        var mail = await ReminderComposer.ReminderAsync(Cycle(), Contributor("austria", "a@example.org"), Deadline, ReminderKind.Overdue(2), new DateOnly(2026, 6, 23), null, null);
        Assert.StartsWith("Overdue — Austria:", mail.Subject);
        Assert.Contains("was due on 15 June 2026 (8 days overdue)", mail.Subject);
        Assert.Contains("has not been received", mail.Text);
        Assert.Contains("overdue notice 2", mail.Text);
    }

    [Fact]
    public async Task A_rejected_latest_upload_brings_its_main_errors_and_only_errors()
    {
        var findings = Enumerable.Range(1, 7).Select(i => Finding.Error($"E{i}", $"Problem number {i} <here>", "Return", new Thb.Workbooks.CellReference(i + 4, 2)))
            .Append(Finding.Warning("W1", "Only a warning"))
            .ToArray();
        var latest = Submission("austria", ReturnStatus.Rejected, findings);
        var mail = await ReminderComposer.ReminderAsync(Cycle(), Contributor("austria", "a@example.org"), Deadline, ReminderKind.Before(2), new DateOnly(2026, 6, 13), latest, null);

        Assert.Contains("“return.xlsx” of 10 June 2026, was rejected", mail.Text);
        Assert.Contains("Return!B5: Problem number 1 <here>", mail.Text);
        Assert.Contains("Problem number 5", mail.Text);
        Assert.DoesNotContain("Problem number 6", mail.Text);
        Assert.Contains("… and 2 more", mail.Text);
        Assert.DoesNotContain("Only a warning", mail.Text);
        // HTML is escaped, never injected.
        Assert.Contains("Problem number 1 &lt;here&gt;", mail.Html);
        Assert.DoesNotContain("<here>", mail.Html);
    }

    [Fact]
    public async Task An_accepted_latest_upload_is_not_reported_as_rejected()
    {
        var latest = Submission("austria", ReturnStatus.AcceptedWithWarnings, Finding.Warning("W1", "A warning"));
        var mail = await ReminderComposer.ReminderAsync(Cycle(), Contributor("austria", "a@example.org"), Deadline, ReminderKind.Before(2), new DateOnly(2026, 6, 13), latest, null);
        Assert.DoesNotContain("rejected", mail.Text);
    }

    [Fact]
    public async Task A_portal_link_replaces_the_returns_path()
    {
        var link = new Uri("https://portal.example.eu/u/austria?t=abc&x=1");
        var mail = await ReminderComposer.ReminderAsync(Cycle(), Contributor("austria", "a@example.org"), Deadline, ReminderKind.Before(7), new DateOnly(2026, 6, 8), null, link);
        Assert.Contains("https://portal.example.eu/u/austria?t=abc&x=1", mail.Text);
        Assert.Contains("href=\"https://portal.example.eu/u/austria?t=abc&amp;x=1\"", mail.Html);
        Assert.DoesNotContain("returns/2026-1/austria/", mail.Text);
    }

    [Fact]
    public async Task The_digest_lists_who_was_reminded_who_is_overdue_and_who_submitted()
    {
        var cycle = Cycle();
        var austria = Contributor("austria", "a@example.org");
        var statuses = new[]
        {
            Status(austria, cycle),
            Status(Contributor("bulgaria", "b@example.org"), cycle, current: Submission("bulgaria", ReturnStatus.Accepted)),
            Status(Contributor("cyprus"), cycle),
        };
        var plan = ReminderPlanner.Plan(cycle, statuses, Brussels(2026, 6, 16, 9));
        var mail = await ReminderComposer.DigestAsync(plan, plan.Due);

        Assert.Equal("THB “THB 2026 first half”: 1 reminder sent — 1 of 3 returns accepted", mail.Subject);
        Assert.Contains("Reminded now (1):\n  - Austria — overdue notice 1 (day after the deadline), deadline 15 June 2026 (1 day overdue) — to a@example.org", mail.Text.ReplaceLineEndings("\n"));
        Assert.Contains("Overdue (2):", mail.Text);
        Assert.Contains("  - Cyprus — deadline 15 June 2026, 1 day overdue", mail.Text);
        Assert.Contains("Submitted (1):\n  - Bulgaria — accepted, uploaded 10 June 2026", mail.Text.ReplaceLineEndings("\n"));
        Assert.Contains("no e-mail address (1)", mail.Text);
        Assert.Contains("<h3", mail.Html);
    }

    [Fact]
    public async Task The_digest_says_what_changed_per_contributor_with_a_return()
    {
        var cycle = Cycle() with { PreviousCycleId = CycleId.Parse("2025-2") };
        var austria = Contributor("austria", "a@example.org");
        var bulgaria = Contributor("bulgaria", "b@example.org");
        var statuses = new[] { Status(austria, cycle), Status(bulgaria, cycle, current: Submission("bulgaria", ReturnStatus.Accepted)) };
        var plan = ReminderPlanner.Plan(cycle, statuses, Brussels(2026, 6, 16, 9));
        var row = Thb.Tests.Annex.AnnexTestData.Row(7, "Training of judges in Tirana");
        var changes = new Thb.Changes.CycleChanges(cycle.Id, "2025-2",
        [
            new Thb.Changes.ContributorChanges(austria, Compared: false, HadPreviousReturn: true, []),
            new Thb.Changes.ContributorChanges(bulgaria, Compared: true, HadPreviousReturn: true,
                [Thb.Changes.RowMatch.New(row), new Thb.Changes.RowMatch(Thb.Changes.ChangeLabel.Continued, row, row, 0.9, Thb.Publication.RowAmendments.DatesExtended), Thb.Changes.RowMatch.Gone(row)]),
        ]);

        var mail = await ReminderComposer.DigestAsync(plan, plan.Due, changes);

        Assert.Contains("Changes since 2025-2:\n  - Bulgaria — 1 new, 1 continued (1 dates extended), 1 no longer reported\n", mail.Text.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("Austria — 0 new", mail.Text);
        Assert.Contains("Changes since 2025-2", mail.Html);
        Assert.DoesNotContain("Changes since", (await ReminderComposer.DigestAsync(plan, plan.Due)).Text);
    }
}
