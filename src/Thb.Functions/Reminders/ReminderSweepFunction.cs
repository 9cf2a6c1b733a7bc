using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Thb.Reminders;

namespace Thb.Functions.Reminders;

/// <summary>
/// The reminder sweep on a schedule (app setting THB_REMINDER_SCHEDULE, NCRONTAB in UTC; hourly is plenty, since due
/// dates are Brussels dates and each slot is recorded once): records what is due in every open cycle and queues it
/// for <see cref="ReminderSenderFunction"/>.
/// </summary>
public sealed class ReminderSweepFunction(ReminderService reminders, TimeProvider clock, ILogger<ReminderSweepFunction> logger)
{
    public const string Name = "ReminderSweep";
    public const string Schedule = "%THB_REMINDER_SCHEDULE%";

    [Function(Name)]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var results = await reminders.SweepOpenCyclesAsync(now, SweepMode.RecordAndEnqueue, cancellationToken);
        foreach (var (cycle, result, error) in results)
        {
            if (error is not null)
            {
                logger.LogError(error, "Reminder sweep of cycle {Cycle} failed; the next run tries again.", cycle.Id);
                continue;
            }
            var newCount = result!.Reminders.Count(r => r.State == SweepItemState.New);
            var again = result.Reminders.Count(r => r.State == SweepItemState.Pending);
            logger.LogInformation("Reminder sweep of cycle {Cycle}: {New} new reminder(s), {Again} pending one(s) queued again, digest {Digest}.",
                cycle.Id, newCount, again, result.Digest?.State.ToString() ?? "none");
        }
        // Failures are logged per cycle; failing the invocation as well makes them visible in the function's metrics.
        if (results.FirstOrDefault(r => r.Error is not null) is { Error: { } first } failed)
            throw new InvalidOperationException($"The reminder sweep failed for {results.Count(r => r.Error is not null)} cycle(s), first {failed.Cycle.Id}.", first);
    }
}
