using Thb.Cycles;

namespace Thb.Reminders;

/// <summary>What a sweep at <see cref="Now"/> finds for every contributor of a cycle.</summary>
public sealed record ReminderPlan(Cycle Cycle, DateTimeOffset Now, DateOnly Today, IReadOnlyList<ContributorPlan> Contributors)
{
    public IReadOnlyList<ContributorPlan> Due => Contributors.Where(c => c.Standing == ReminderStanding.Due).ToList();

    /// <summary>Contributors past their own deadline without an accepted return (whether or not they can be reminded).</summary>
    public IReadOnlyList<ContributorPlan> Overdue => Contributors.Where(c => !c.Status.HasAccepted && Today > c.Deadline).ToList();
}
