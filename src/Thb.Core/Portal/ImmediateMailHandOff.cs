using Thb.Reminders;

namespace Thb.Portal;

/// <summary>
/// `thb serve`'s hand-off: the sender sends the entry now (claimed in the outbox first, so a second press of the same
/// form finds it sent). A transient fault leaves it pending for `thb remind`.
/// </summary>
public sealed class ImmediateMailHandOff(ReminderService reminders, TimeProvider clock) : IMailHandOff
{
    public async Task HandOffAsync(OutboxKey key, CancellationToken cancellationToken)
    {
        if (reminders.Mail.Problem is not null) return; // recorded, not sendable here: `thb remind` sends it once mail is set up
        await reminders.Sender.SendAllAsync([key], clock.GetUtcNow(), cancellationToken, keepGoing: true);
    }
}
