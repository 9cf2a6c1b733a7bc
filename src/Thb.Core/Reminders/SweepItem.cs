namespace Thb.Reminders;

public sealed record SweepItem(ContributorPlan Plan, OutboxKey Key, SweepItemState State, OutboxState? Stored, string Subject);
