using Microsoft.Azure.Functions.Worker;
using Thb.Reminders;

namespace Thb.Functions.Reminders;

/// <summary>
/// The reminder sweep on a schedule (app setting THB_REMINDER_SCHEDULE, NCRONTAB in UTC; hourly is plenty, since due
/// dates are Brussels dates and each slot is recorded once): records what is due in every open cycle and queues it
/// for <see cref="ReminderSenderFunction"/>.
/// </summary>
public sealed class ReminderSweepFunction(ScheduledSweep sweep)
{
    public const string Name = "ReminderSweep";
    public const string Schedule = "%THB_REMINDER_SCHEDULE%";

    [Function(Name)]
    public Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) => sweep.RunAsync(cancellationToken);
}
