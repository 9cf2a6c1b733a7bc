namespace Thb.Reminders;

public sealed record SweepDigest(OutboxKey Key, string To, SweepItemState State, string Subject);
