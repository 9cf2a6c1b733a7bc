using Thb.Cycles;
using Thb.Intake;

namespace Thb.Reminders;

/// <summary>Why a contributor is or is not reminded at a given moment.</summary>
public enum ReminderStanding
{
    /// <summary>A reminder slot is current: the sweep records it (once; a slot already sent stays sent).</summary>
    Due,
    /// <summary>Still owes a return, but no slot has fallen due yet.</summary>
    NotYetDue,
    /// <summary>Has an accepted current return: never reminded.</summary>
    Submitted,
    /// <summary>Owes a return but has no e-mail address to remind.</summary>
    NoAddress,
    /// <summary>The cycle is closed: nobody is reminded any more.</summary>
    CycleClosed,
}

/// <summary>One contributor's place in the schedule at the planned moment.</summary>
public sealed record ContributorPlan(ContributorStatus Status, ReminderStanding Standing, ReminderKind? Due, (ReminderKind Kind, DateOnly DueOn)? Next)
{
    public Contributor Contributor => Status.Contributor;
    public DateOnly Deadline => Status.Deadline;
}

/// <summary>What a sweep at <see cref="Now"/> finds for every contributor of a cycle.</summary>
public sealed record ReminderPlan(Cycle Cycle, DateTimeOffset Now, DateOnly Today, IReadOnlyList<ContributorPlan> Contributors)
{
    public IReadOnlyList<ContributorPlan> Due => Contributors.Where(c => c.Standing == ReminderStanding.Due).ToList();

    /// <summary>Contributors past their own deadline without an accepted return (whether or not they can be reminded).</summary>
    public IReadOnlyList<ContributorPlan> Overdue => Contributors.Where(c => !c.Status.HasAccepted && Today > c.Deadline).ToList();
}

/// <summary>Works out who is due which reminder: pure, over the statuses <see cref="SubmissionQueries.StatusAsync"/> returns.</summary>
public static class ReminderPlanner
{
    public static ReminderPlan Plan(Cycle cycle, IReadOnlyList<ContributorStatus> statuses, DateTimeOffset now)
    {
        var today = BrusselsTime.DateAt(now);
        var plans = statuses.Select(status => PlanOne(cycle, status, today)).ToList();
        return new ReminderPlan(cycle, now, today, plans);
    }

    private static ContributorPlan PlanOne(Cycle cycle, ContributorStatus status, DateOnly today)
    {
        if (!cycle.IsOpen) return new(status, ReminderStanding.CycleClosed, null, null);
        if (status.HasAccepted) return new(status, ReminderStanding.Submitted, null, null);
        var next = ReminderSchedule.Next(cycle.ReminderOffsets, status.Deadline, today);
        if (!HasAddress(status.Contributor)) return new(status, ReminderStanding.NoAddress, null, next);
        var due = ReminderSchedule.Current(cycle.ReminderOffsets, status.Deadline, today);
        return due is null
            ? new(status, ReminderStanding.NotYetDue, null, next)
            : new(status, ReminderStanding.Due, due, next);
    }

    public static bool HasAddress(Contributor contributor) => contributor.Emails.Any(e => !string.IsNullOrWhiteSpace(e));
}
