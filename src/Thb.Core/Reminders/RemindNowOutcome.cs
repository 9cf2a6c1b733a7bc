namespace Thb.Reminders;

/// <summary>
/// What a "remind now" did: the outbox entry of this press (<see cref="Recorded"/> false when the same press had recorded
/// it already: a second POST of one form), or why there is nothing to send — bad input is data.
/// </summary>
public sealed record RemindNowOutcome(OutboxKey? Key, bool Recorded, string? Refusal)
{
    public bool Done => Refusal is null;

    public static RemindNowOutcome Refused(string reason) => new(null, false, reason);
}
