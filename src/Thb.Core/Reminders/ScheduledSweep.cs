using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Thb.Reminders;

/// <summary>
/// What the reminder timer runs: the sweep of every open cycle, recorded and queued for the sender, one log line per
/// cycle. A cycle that fails does not stop the others; afterwards the run fails as a whole, so the host's metrics show it
/// and the next run tries again.
/// </summary>
public sealed class ScheduledSweep(ReminderService reminders, TimeProvider clock, ILogger<ScheduledSweep>? logger = null)
{
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var results = await reminders.SweepOpenCyclesAsync(clock.GetUtcNow(), SweepMode.RecordAndEnqueue, cancellationToken);
        foreach (var (cycle, result, error) in results)
        {
            if (error is not null)
            {
                _logger.LogError(error, "Reminder sweep of cycle {Cycle} failed; the next run tries again.", cycle.Id);
                continue;
            }
            var newCount = result!.Reminders.Count(r => r.State == SweepItemState.New);
            var again = result.Reminders.Count(r => r.State == SweepItemState.Pending);
            _logger.LogInformation("Reminder sweep of cycle {Cycle}: {New} new reminder(s), {Again} pending one(s) queued again, digest {Digest}.",
                cycle.Id, newCount, again, result.Digest?.State.ToString() ?? "none");
        }
        if (results.FirstOrDefault(r => r.Error is not null) is { Error: { } first } failed)
            throw new InvalidOperationException($"The reminder sweep failed for {results.Count(r => r.Error is not null)} cycle(s), first {failed.Cycle.Id}.", first);
    }
}
