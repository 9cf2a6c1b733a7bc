using Thb.Reminders;

namespace Thb.Portal;

/// <summary>The Function App's hand-off: the entry's key on the reminders' queue, which the sender function reads.</summary>
public sealed class QueuedMailHandOff(ReminderService reminders) : IMailHandOff
{
    public Task HandOffAsync(OutboxKey key, CancellationToken cancellationToken) => reminders.HandOffAsync(key, cancellationToken);
}
