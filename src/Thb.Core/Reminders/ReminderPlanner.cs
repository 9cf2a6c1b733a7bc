using Thb.Cycles;
using Thb.Intake;

namespace Thb.Reminders;

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
