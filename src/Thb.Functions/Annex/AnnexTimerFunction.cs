using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Thb.Annex;

namespace Thb.Functions.Annex;

/// <summary>
/// Compiles the annex of every open cycle whose submissions changed, on the schedule in app setting
/// THB_ANNEX_SCHEDULE (an NCRONTAB in UTC, e.g. "0 */15 * * * *"). Unchanged cycles write nothing.
/// </summary>
public sealed class AnnexTimerFunction(AnnexService annex, ILogger<AnnexTimerFunction> logger)
{
    public const string Name = "AnnexTimer";
    public const string ScheduleSetting = "THB_ANNEX_SCHEDULE";

    [Function(Name)]
    public async Task RunAsync([TimerTrigger("%" + ScheduleSetting + "%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var outcomes = await annex.CompileOpenCyclesAsync(cancellationToken);
        foreach (var o in outcomes)
        {
            if (o.Compiled)
                logger.LogInformation("Annex of cycle {Cycle} compiled: {Stem}, {Rows} rows from {With} of {Contributors} contributors.",
                    o.CycleId, o.Version.Stem, o.Version.Rows, o.Version.ContributorsWithReturn, o.Version.Contributors);
            else
                logger.LogInformation("Annex of cycle {Cycle} unchanged since {Stem}.", o.CycleId, o.Version.Stem);
        }
        if (timer.IsPastDue) logger.LogInformation("The annex run was past due.");
    }
}
