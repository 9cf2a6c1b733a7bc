using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Thb.Reminders;
using Thb.Storage;

namespace Thb.Functions.Reminders;

/// <summary>
/// Sends one outbox entry per queue message ({"cycle","key"}). Redelivery is harmless: the sender sends an entry at
/// most once. Only a transient fault escapes (the host retries, then parks the message in reminders-outbox-poison).
/// </summary>
public sealed class ReminderSenderFunction(ReminderService reminders, TimeProvider clock, ILogger<ReminderSenderFunction> logger)
{
    public const string Name = "ReminderSender";

    [Function(Name)]
    public async Task RunAsync([QueueTrigger(StorageNames.Queues.Reminders, Connection = StorageNames.Connection)] string message, CancellationToken cancellationToken)
    {
        if (OutboxKey.FromQueueMessage(message) is not { } key)
        {
            logger.LogWarning("Ignored a message on {Queue} that names no outbox entry: {Message}", StorageNames.Queues.Reminders, message.Length > 200 ? message[..200] : message);
            return;
        }
        var result = await reminders.SendAsync(key, clock.GetUtcNow(), cancellationToken);
        var level = result.Outcome is SendOutcome.Unconfirmed or SendOutcome.Failed or SendOutcome.Missing ? LogLevel.Warning : LogLevel.Information;
        logger.Log(level, "Outbox entry {Key}: {Outcome}{Note}", key.ToString(), result.Outcome, result.Note is null ? "" : $" ({result.Note})");
    }
}
