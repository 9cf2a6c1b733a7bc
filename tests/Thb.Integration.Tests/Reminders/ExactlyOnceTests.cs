using Azure.Storage.Queues;
using Microsoft.Extensions.Logging.Abstractions;
using Thb.Cycles;
using Thb.Functions.Reminders;
using Thb.Reminders;
using static Thb.IntegrationTests.Reminders.ReminderScenario;

namespace Thb.IntegrationTests.Reminders;

/// <summary>Crashes between the steps (outbox write, hand-off, send, record) end with each e-mail in MailDev exactly once.</summary>
public class ExactlyOnceTests
{
    [Fact]
    public async Task A_crash_after_the_outbox_write_neither_loses_the_reminder_nor_sends_it_twice()
    {
        // A queue of this test's own, so that it reads only its own messages.
        var queue = $"rem-{Guid.NewGuid():N}"[..20];
        var scenario = await ReminderScenario.CreateAsync(options: new ReminderOptions(queue));
        await scenario.Services.Storage.Queue(queue).CreateIfNotExistsAsync();
        var now = Brussels(Deadline.AddDays(-7), 9);

        // The sweep writes the outbox and "crashes" before handing anything off.
        var first = await scenario.SweepAsync(now, SweepMode.Record);
        Assert.Equal(4, first.HandedOff.Count); // Austria, Bulgaria, Germany and the owner's digest
        Assert.Empty(await scenario.MessagesAsync());
        Assert.Equal(OutboxState.Pending, (await scenario.EntryAsync("austria", ReminderKind.Before(7)))!.State);

        // The next run (an hour later) finds the pending entries and hands them off again — nothing new is written.
        var second = await scenario.SweepAsync(now.AddHours(1), SweepMode.RecordAndEnqueue);
        Assert.All(second.Reminders, r => Assert.Equal(SweepItemState.Pending, r.State));
        Assert.Equal(SweepItemState.Pending, second.Digest!.State);
        Assert.Equal(first.Digest!.Key, second.Digest.Key);

        // The queue delivers every message twice (at-least-once), to two function instances.
        var received = (await scenario.Services.Storage.Queue(queue).ReceiveMessagesAsync(32)).Value;
        Assert.Equal(4, received.Length);
        var clock = new FixedClock(now.AddHours(1));
        var function = new ReminderSenderFunction(scenario.Reminders, clock, NullLogger<ReminderSenderFunction>.Instance);
        foreach (var message in received.Concat(received))
            await function.RunAsync(message.Body.ToString(), CancellationToken.None);

        var messages = await scenario.MessagesAsync();
        Assert.Equal(4, messages.Count);
        foreach (var address in new[] { scenario.Address("austria"), scenario.Address("bulgaria"), scenario.Address("germany"), scenario.Owner })
            Assert.Single(await scenario.MessagesToAsync(address));
        Assert.Equal(4, messages.Select(m => m.MessageId).Distinct().Count());
    }

    /// <summary>
    /// Sweeps a week before the deadline, then sends Bulgaria's reminder with a crash injected after the server took
    /// the message and before it was recorded as sent.
    /// </summary>
    private static async Task<(ReminderScenario Scenario, DateTimeOffset Now, OutboxKey Key)> CrashAfterHandOverAsync()
    {
        var scenario = await ReminderScenario.CreateAsync(owner: false);
        var now = Brussels(Deadline.AddDays(-7), 9);
        await scenario.SweepAsync(now);
        var key = OutboxKey.ForReminder(scenario.Cycle.Id, ContributorId.Parse("bulgaria"), Deadline, ReminderKind.Before(7));
        scenario.Reminders.Sender.AfterHandOver = _ => throw new SimulatedCrashException();
        await Assert.ThrowsAsync<SimulatedCrashException>(() => scenario.Reminders.SendAsync(key, now));
        scenario.Reminders.Sender.AfterHandOver = null;
        return (scenario, now, key);
    }

    [Fact]
    public async Task A_crash_after_the_send_does_not_send_it_again()
    {
        var (scenario, now, key) = await CrashAfterHandOverAsync();
        Assert.Single(await scenario.MessagesToAsync(scenario.Address("bulgaria")));
        Assert.Equal(OutboxState.Sending, (await scenario.Reminders.Outbox.GetAsync(key))!.State);

        // Redelivered at once (another instance may still be at it), and again after the lease: never resent.
        Assert.Equal(SendOutcome.InFlight, (await scenario.Reminders.SendAsync(key, now.AddMinutes(1))).Outcome);
        var afterLease = await scenario.Reminders.SendAsync(key, now.AddMinutes(30));
        Assert.Equal(SendOutcome.Unconfirmed, afterLease.Outcome);
        // Neither does the next sweep hand it off, nor the drain send it.
        var (sweep, sent) = await scenario.RemindAsync(now.AddHours(1));
        Assert.Equal(SweepItemState.Done, sweep.Reminders.Single(r => r.Key == key).State);
        Assert.DoesNotContain(sent, s => s.Key == key);

        Assert.Single(await scenario.MessagesToAsync(scenario.Address("bulgaria")));
        Assert.Single(await scenario.MessagesToAsync(scenario.Address("austria")));
        Assert.Equal("unconfirmed", (await scenario.Reminders.Outbox.GetAsync(key))!.StateText(now.AddHours(1), scenario.Reminders.Options.Lease));
    }

    [Fact]
    public async Task A_person_who_checked_can_release_an_unconfirmed_email()
    {
        var (scenario, now, key) = await CrashAfterHandOverAsync();

        // Within the lease nothing is released (a sender may still be at work).
        Assert.Empty(await scenario.Reminders.ReleaseUnconfirmedAsync(scenario.Cycle.Id, now.AddMinutes(1)));
        Assert.Equal([key], await scenario.Reminders.ReleaseUnconfirmedAsync(scenario.Cycle.Id, now.AddMinutes(30)));
        var sent = await scenario.Reminders.DrainAsync(scenario.Cycle.Id, now.AddMinutes(30));
        Assert.Equal(SendOutcome.Sent, sent.Single(s => s.Key == key).Outcome);
        // The person's choice: a second copy, with the same Message-ID.
        var copies = await scenario.MessagesToAsync(scenario.Address("bulgaria"));
        Assert.Equal(2, copies.Count);
        Assert.Equal(copies[0].MessageId, copies[1].MessageId);
    }

    [Fact]
    public async Task A_mail_server_that_is_down_leaves_the_reminders_pending_for_the_next_run()
    {
        var closedPort = Thb.Local.LocalProcess.FreePort();
        var scenario = await ReminderScenario.CreateAsync(owner: false);
        var down = scenario.Reminders.WithMail(Thb.Reminders.Mail.MailSettings.Create(new Thb.Reminders.Mail.MailOptions { Smtp = $"smtp://127.0.0.1:{closedPort}?tls=none" }));
        var now = Brussels(Deadline.AddDays(-7), 9);
        await down.SweepAsync(await scenario.CurrentCycleAsync(), now, SweepMode.Record);

        var failed = await down.DrainAsync(scenario.Cycle.Id, now);
        Assert.Equal(3, failed.Count);
        Assert.All(failed, f => Assert.Equal(SendOutcome.Error, f.Outcome));
        Assert.Equal(OutboxState.Pending, (await scenario.EntryAsync("austria", ReminderKind.Before(7)))!.State);
        await Assert.ThrowsAnyAsync<Exception>(() => down.SendAsync(failed[0].Key, now)); // the queue trigger's view: retry

        var sent = await scenario.Reminders.DrainAsync(scenario.Cycle.Id, now.AddMinutes(5));
        Assert.Equal(3, sent.Count(s => s.Outcome == SendOutcome.Sent));
        Assert.Equal(3, (await scenario.MessagesAsync()).Count);
    }

    [Fact]
    public async Task Two_senders_racing_for_one_entry_send_it_once()
    {
        var scenario = await ReminderScenario.CreateAsync(owner: false);
        var now = Brussels(Deadline.AddDays(-7), 9);
        await scenario.SweepAsync(now);
        var key = OutboxKey.ForReminder(scenario.Cycle.Id, ContributorId.Parse("austria"), Deadline, ReminderKind.Before(7));

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => scenario.Reminders.SendAsync(key, now))));
        Assert.Single(results, r => r.Outcome == SendOutcome.Sent);
        Assert.All(results, r => Assert.Contains(r.Outcome, new[] { SendOutcome.Sent, SendOutcome.AlreadySent, SendOutcome.InFlight }));
        Assert.Single(await scenario.MessagesToAsync(scenario.Address("austria")));
    }

    private sealed class SimulatedCrashException() : Exception("Simulated crash between the SMTP hand-over and recording it.");
}
