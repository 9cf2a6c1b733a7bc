using Thb.Storage;

namespace Thb.Reminders;

public sealed record ReminderOptions(string QueueName = StorageNames.Queues.Reminders)
{
    public TimeSpan Lease { get; init; } = ReminderSender.DefaultLease;
}
