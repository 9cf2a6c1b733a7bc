using Thb.Cycles;
using Thb.Intake;

namespace Thb.Reminders;

/// <summary>One contributor's place in the schedule at the planned moment.</summary>
public sealed record ContributorPlan(ContributorStatus Status, ReminderStanding Standing, ReminderKind? Due, (ReminderKind Kind, DateOnly DueOn)? Next)
{
    public Contributor Contributor => Status.Contributor;
    public DateOnly Deadline => Status.Deadline;
}
