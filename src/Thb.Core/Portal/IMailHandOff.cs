using Thb.Reminders;

namespace Thb.Portal;

/// <summary>
/// How an e-mail the Presidency's page recorded in the outbox (a correction request, a "remind now") reaches the
/// sender: in Azure through the sender function's queue (<see cref="QueuedMailHandOff"/>); under `thb serve`, which
/// has no queue trigger, sent at once (<see cref="ImmediateMailHandOff"/>). Either way the outbox entry is sent once.
/// </summary>
public interface IMailHandOff
{
    Task HandOffAsync(OutboxKey key, CancellationToken cancellationToken);
}
