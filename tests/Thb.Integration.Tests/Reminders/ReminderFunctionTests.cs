using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging.Abstractions;
using Thb.Cycles;
using Thb.Functions.Reminders;
using Thb.IntegrationTests.Functions;
using Thb.Reminders;
using Thb.Storage;

namespace Thb.IntegrationTests.Reminders;

public class ReminderFunctionTests
{
    [Fact]
    public void The_sweep_is_a_timer_on_an_app_setting_and_the_sender_a_queue_trigger_on_the_outbox_queue()
    {
        var timer = FunctionMetadata.Trigger(ReminderSweepFunction.Name);
        Assert.Equal("timerTrigger", timer.GetProperty("type").GetString());
        Assert.Equal("%THB_REMINDER_SCHEDULE%", timer.GetProperty("schedule").GetString());

        var queue = FunctionMetadata.Trigger(ReminderSenderFunction.Name);
        Assert.Equal("queueTrigger", queue.GetProperty("type").GetString());
        Assert.Equal(StorageNames.Queues.Reminders, queue.GetProperty("queueName").GetString());
        Assert.Equal(StorageNames.Connection, queue.GetProperty("connection").GetString());
    }

    [Fact]
    public void The_schedule_setting_is_in_the_local_settings_sample()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "local.settings.sample.json")));
        var values = sample.RootElement.GetProperty("Values");
        Assert.False(string.IsNullOrWhiteSpace(values.GetProperty("THB_REMINDER_SCHEDULE").GetString()));
        Assert.StartsWith("smtp://", values.GetProperty("THB_SMTP").GetString());
        Assert.False(string.IsNullOrWhiteSpace(values.GetProperty("THB_MAIL_FROM").GetString()));
    }

    [Fact]
    public async Task The_timer_queues_base64_messages_that_the_sender_function_sends()
    {
        // The timer sweeps every open cycle of the shared test storage; standing in January 2000 keeps the other
        // tests' cycles (deadlines from 2026 on) out of its way.
        var now = new DateTimeOffset(2000, 1, 4, 8, 0, 0, TimeSpan.Zero);
        var scenario = await ReminderScenario.CreateAsync(offsets: [7], deadline: new DateOnly(2000, 1, 11), clock: new FixedClock(now));
        await scenario.SubmitSampleAsync("Austria");
        var clock = new FixedClock(now);
        var timer = new ReminderSweepFunction(new Thb.Reminders.ScheduledSweep(scenario.Reminders, clock));
        await timer.RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);

        // On the wire the messages are Base64 (what the queue trigger decodes by default) of {"cycle","key"}.
        var raw = new QueueClient(await TestStorage.ConnectionStringAsync(), StorageNames.Queues.Reminders);
        var ours = new List<(Azure.Storage.Queues.Models.QueueMessage Message, string Json)>();
        foreach (var message in (await raw.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value)
        {
            var json = Encoding.UTF8.GetString(Convert.FromBase64String(message.MessageText));
            if (OutboxKey.FromQueueMessage(json) is { } key && key.CycleId == scenario.Cycle.Id) ours.Add((message, json));
        }
        Assert.Equal(3, ours.Count); // Bulgaria, Germany, the digest
        Assert.Contains(ours, o => o.Json.Contains($"\"key\":\"bulgaria~2000-01-11~before-7\"", StringComparison.Ordinal));

        var sender = new ReminderSenderFunction(scenario.Reminders, clock, NullLogger<ReminderSenderFunction>.Instance);
        foreach (var (message, json) in ours)
        {
            await sender.RunAsync(json, CancellationToken.None);
            await raw.DeleteMessageAsync(message.MessageId, message.PopReceipt);
        }
        await sender.RunAsync("not one of ours", CancellationToken.None); // logged and dropped, not retried

        var bulgaria = Assert.Single(await scenario.MessagesToAsync(scenario.Address("bulgaria")));
        Assert.Contains("due on 11 January 2000 (7 days left)", bulgaria.Subject);
        Assert.Single(await scenario.MessagesToAsync(scenario.Address("germany")));
        Assert.Empty(await scenario.MessagesToAsync(scenario.Address("austria")));
        var digest = Assert.Single(await scenario.MessagesToAsync(scenario.Owner));
        Assert.Contains("Austria — accepted", digest.Text);

        // The timer firing again (a retry, a second instance) queues nothing new for this cycle.
        await timer.RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        var again = await scenario.Reminders.SweepAsync(await scenario.CurrentCycleAsync(), now, SweepMode.DryRun);
        Assert.Empty(again.HandedOff);
    }
}
