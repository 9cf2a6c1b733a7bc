namespace Thb.Reminders;

public sealed record SendResult(OutboxKey Key, SendOutcome Outcome, string? Note = null);
