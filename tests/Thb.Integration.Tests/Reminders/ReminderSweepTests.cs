using Thb.Cycles;
using Thb.Intake.Returns;
using Thb.Reminders;
using static Thb.IntegrationTests.Reminders.ReminderScenario;

namespace Thb.IntegrationTests.Reminders;

public class ReminderSweepTests
{
    [Fact]
    public async Task Reminders_arrive_with_recipients_subject_and_deadline_and_a_second_sweep_sends_none()
    {
        var scenario = await ReminderScenario.CreateAsync();
        Assert.True((await scenario.SubmitSampleAsync("Germany")).IsCurrent);
        var now = Brussels(Deadline.AddDays(-7), 9);

        var (sweep, sent) = await scenario.RemindAsync(now);

        Assert.Equal(["austria", "bulgaria"], sweep.Reminders.Select(r => r.Plan.Contributor.Id.Value));
        Assert.All(sweep.Reminders, r => Assert.Equal(SweepItemState.New, r.State));
        Assert.Equal(3, sent.Count(s => s.Outcome == SendOutcome.Sent)); // two reminders and the digest

        var messages = await scenario.MessagesAsync();
        Assert.Equal(3, messages.Count);
        var austria = Assert.Single(await scenario.MessagesToAsync(scenario.Address("austria")));
        Assert.Equal([scenario.Address("austria"), scenario.Address("austria", 2)], austria.To);
        Assert.Equal(["thb@example.test"], austria.From);
        Assert.Equal($"Reminder — Austria: THB return for “{scenario.Cycle.Title}” due on 15 June 2026 (7 days left)", austria.Subject);
        Assert.Equal($"<{OutboxKey.ForReminder(scenario.Cycle.Id, ContributorId.Parse("austria"), Deadline, ReminderKind.Before(7)).MessageId}>", austria.MessageId);
        Assert.Contains("Monday 15 June 2026", austria.Text);
        Assert.Contains($"returns/{scenario.Cycle.Id}/austria/", austria.Text);
        Assert.Contains("<strong>7 days left</strong>", austria.Html);
        Assert.Equal("auto-generated", austria.Headers["auto-submitted"]);
        var source = await TestMailDev.SourceAsync(austria);
        Assert.Equal([scenario.Owner], source.ReplyTo.Mailboxes.Select(m => m.Address));
        Assert.Equal($"{scenario.Cycle.Id}/austria~2026-06-15~before-7", source.Headers["X-Thb-Outbox"]);

        var bulgaria = Assert.Single(await scenario.MessagesToAsync(scenario.Address("bulgaria")));
        Assert.Equal([scenario.Address("bulgaria")], bulgaria.To);
        Assert.Empty(await scenario.MessagesToAsync(scenario.Address("germany"))); // submitted: never reminded

        var digest = Assert.Single(await scenario.MessagesToAsync(scenario.Owner));
        Assert.Equal($"THB “{scenario.Cycle.Title}”: 2 reminders sent — 1 of 4 returns accepted", digest.Subject);
        Assert.Contains("Reminded now (2)", digest.Text);
        Assert.Contains("Submitted (1):", digest.Text);
        Assert.Contains("Germany — accepted", digest.Text);
        Assert.Contains("Cyprus — deadline 15 June 2026", digest.Text); // no address: listed for the owner

        // The same moment again: everything is found done; nothing is recorded, nothing sent, no second digest.
        var (again, sentAgain) = await scenario.RemindAsync(now);
        Assert.All(again.Reminders, r => Assert.Equal(SweepItemState.Done, r.State));
        Assert.Null(again.Digest);
        Assert.Empty(sentAgain);
        // And an hour later, still within the same slot.
        var (later, _) = await scenario.RemindAsync(now.AddHours(1));
        Assert.Empty(later.HandedOff);
        Assert.Equal(3, (await scenario.MessagesAsync()).Count);

        var entry = await scenario.EntryAsync("austria", ReminderKind.Before(7));
        Assert.Equal(OutboxState.Sent, entry!.State);
        Assert.Equal(now, entry.SentAt);
        Assert.Contains("smtp://127.0.0.1:", entry.Via);
    }

    [Fact]
    public async Task The_deadline_day_ends_at_midnight_Brussels_time_not_UTC()
    {
        var scenario = await ReminderScenario.CreateAsync(offsets: [7], owner: false);
        await scenario.RemindAsync(Brussels(Deadline.AddDays(-7), 9));
        Assert.Equal(3, (await scenario.MessagesAsync()).Count); // austria, bulgaria, germany; no owner, no digest

        // 21:30 UTC on 15 June is 23:30 in Brussels (CEST): still the deadline day, nothing new is due.
        var (lastEvening, sentLastEvening) = await scenario.RemindAsync(new DateTimeOffset(2026, 6, 15, 21, 30, 0, TimeSpan.Zero));
        Assert.Equal(Deadline, lastEvening.Plan.Today);
        Assert.Empty(lastEvening.HandedOff);
        Assert.Empty(sentLastEvening);

        // 22:30 UTC is already 16 June in Brussels: the first overdue notice goes out.
        var (afterMidnight, _) = await scenario.RemindAsync(new DateTimeOffset(2026, 6, 15, 22, 30, 0, TimeSpan.Zero));
        Assert.Equal(Deadline.AddDays(1), afterMidnight.Plan.Today);
        Assert.All(afterMidnight.Reminders, r => Assert.Equal(ReminderKind.Overdue(1), r.Plan.Due));
        var overdue = (await scenario.MessagesToAsync(scenario.Address("bulgaria"))).Single(m => m.Subject.StartsWith("Overdue", StringComparison.Ordinal));
        Assert.Contains("was due on 15 June 2026 (1 day overdue)", overdue.Subject);
        Assert.Equal(6, (await scenario.MessagesAsync()).Count);
        Assert.Empty(await scenario.MessagesToAsync(scenario.Owner));
    }

    [Fact]
    public async Task Overdue_notices_come_weekly_and_a_missed_week_is_caught_up_once()
    {
        var scenario = await ReminderScenario.CreateAsync(offsets: [], owner: false);
        await scenario.RemindAsync(Brussels(Deadline.AddDays(1), 9));  // overdue-1
        await scenario.RemindAsync(Brussels(Deadline.AddDays(5), 9));  // still overdue-1: nothing
        // The host was down for weeks: one notice (the current, fourth), not three.
        var (late, _) = await scenario.RemindAsync(Brussels(Deadline.AddDays(1 + 7 * 3 + 2), 9));
        Assert.All(late.Reminders, r => Assert.Equal(ReminderKind.Overdue(4), r.Plan.Due));

        var bulgaria = await scenario.MessagesToAsync(scenario.Address("bulgaria"));
        Assert.Equal(2, bulgaria.Count);
        Assert.Contains("(24 days overdue)", bulgaria[1].Subject);
        Assert.Contains("overdue notice 4", bulgaria[1].Text);

        await scenario.Services.Cycles.CloseAsync(scenario.Cycle.Id);
        var (closed, sentClosed) = await scenario.RemindAsync(Brussels(Deadline.AddDays(1 + 7 * 4), 9));
        Assert.Empty(closed.Reminders);
        Assert.Empty(sentClosed);
        Assert.Equal(2, (await scenario.MessagesToAsync(scenario.Address("bulgaria"))).Count);
    }

    [Fact]
    public async Task An_extension_moves_a_contributors_reminders()
    {
        var scenario = await ReminderScenario.CreateAsync(owner: false);
        await scenario.RemindAsync(Brussels(Deadline.AddDays(-7), 9));
        // A reminder recorded for the old deadline but not sent before the extension is not sent afterwards.
        await scenario.SweepAsync(Brussels(Deadline.AddDays(-2), 9));
        var newDeadline = Deadline.AddDays(14);
        await scenario.Services.Cycles.ExtendAsync(scenario.Cycle.Id, ContributorId.Parse("austria"), newDeadline);

        var sent = await scenario.Reminders.DrainAsync(scenario.Cycle.Id, Brussels(Deadline.AddDays(-2), 9));
        var austriaStale = sent.Single(s => s.Key.ContributorId == "austria");
        Assert.Equal(SendOutcome.Skipped, austriaStale.Outcome);
        Assert.Contains("deadline moved to 2026-06-29", austriaStale.Note);
        Assert.Equal(SendOutcome.Sent, sent.Single(s => s.Key.ContributorId == "bulgaria").Outcome);

        // The day after the original deadline: Bulgaria is overdue; Austria is not, its slots follow 29 June.
        var (dayAfter, _) = await scenario.RemindAsync(Brussels(Deadline.AddDays(1), 9));
        var austria = dayAfter.Reminders.Single(r => r.Plan.Contributor.Id == "austria");
        Assert.Equal(newDeadline, austria.Plan.Deadline);
        Assert.Equal(ReminderKind.Before(14), austria.Plan.Due);
        Assert.Equal(ReminderKind.Overdue(1), dayAfter.Reminders.Single(r => r.Plan.Contributor.Id == "bulgaria").Plan.Due);

        var toAustria = await scenario.MessagesToAsync(scenario.Address("austria"));
        Assert.Equal(2, toAustria.Count); // 7 days before the old deadline, then the new deadline's reminder
        Assert.Contains("due on 29 June 2026 (13 days left)", toAustria[1].Subject);
        Assert.DoesNotContain(toAustria, m => m.Subject.StartsWith("Overdue", StringComparison.Ordinal));

        var (weekBefore, _) = await scenario.RemindAsync(Brussels(newDeadline.AddDays(-7), 9));
        Assert.Equal(ReminderKind.Before(7), weekBefore.Reminders.Single(r => r.Plan.Contributor.Id == "austria").Plan.Due);
        Assert.Contains("due on 29 June 2026 (7 days left)", (await scenario.MessagesToAsync(scenario.Address("austria")))[2].Subject);
    }

    [Fact]
    public async Task A_rejected_upload_brings_its_findings_and_an_accepted_one_stops_the_reminders()
    {
        var scenario = await ReminderScenario.CreateAsync(owner: false);
        var rejected = await scenario.SubmitAsync("germany", "Germany.xlsx", "Country;Form;Description\nAlbania;Training;Workshop\n"u8.ToArray());
        Assert.False(rejected.Submission.Status.IsAccepted());

        // Recorded for everyone, then Austria's accepted return arrives before the sender runs.
        await scenario.SweepAsync(Brussels(Deadline.AddDays(-2), 9));
        Assert.True((await scenario.SubmitSampleAsync("Austria")).IsCurrent);
        var sent = await scenario.Reminders.DrainAsync(scenario.Cycle.Id, Brussels(Deadline.AddDays(-2), 10));

        var austria = sent.Single(s => s.Key.ContributorId == "austria");
        Assert.Equal(SendOutcome.Skipped, austria.Outcome);
        Assert.Equal("an accepted return has arrived", austria.Note);
        Assert.Empty(await scenario.MessagesToAsync(scenario.Address("austria")));

        var germany = Assert.Single(await scenario.MessagesToAsync(scenario.Address("germany")));
        Assert.Contains("“Germany.xlsx”", germany.Text);
        Assert.Contains("was rejected", germany.Text);
        var firstError = rejected.Submission.Findings.First(f => f.Severity == Thb.Intake.Findings.FindingSeverity.Error);
        Assert.Contains(firstError.Message, germany.Text);

        // Later sweeps leave Austria alone.
        var (later, _) = await scenario.RemindAsync(Brussels(Deadline.AddDays(1), 9));
        Assert.DoesNotContain(later.Reminders, r => r.Plan.Contributor.Id == "austria");
    }
}
