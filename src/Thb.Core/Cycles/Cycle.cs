namespace Thb.Cycles;

/// <summary>
/// A reporting cycle: what period it covers, when returns are due (a Brussels date) and when to remind;
/// <paramref name="PreviousCycleId"/> names the cycle it updates (its predecessor), which the changes compare against.
/// </summary>
public sealed record Cycle(
    CycleId Id,
    string Title,
    DateOnly Deadline,
    CycleState State,
    IReadOnlyList<int> ReminderOffsets,
    DateOnly? PeriodStart = null,
    DateOnly? PeriodEnd = null,
    string? OwnerEmail = null,
    DateTimeOffset? OpenedAt = null,
    DateTimeOffset? ClosedAt = null,
    CycleId? PreviousCycleId = null)
{
    public static readonly IReadOnlyList<int> DefaultReminderOffsets = [14, 7, 2];

    public bool IsOpen => State == CycleState.Open;
}
