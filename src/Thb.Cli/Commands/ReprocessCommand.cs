using Thb.Cycles;
using System.CommandLine;
using Thb.Intake;

namespace Thb.Cli.Commands;

/// <summary>
/// `thb reprocess [--cycle ID]`: the sweep the timers and `thb serve` run, on demand — every upload with no verdict
/// after the reprocess bound (THB_REPROCESS_AFTER_SECONDS), failed ones included, is processed again, and the rows of
/// cut-off intakes are removed.
/// </summary>
public sealed class ReprocessCommand : StorageCommand
{
    private readonly Option<string> _cycle = CliOptions.Id("--cycle", "cycle", "Only this cycle (default: every open cycle).");

    public ReprocessCommand(CliContext context)
        : base("reprocess", "Process again every upload still without a verdict (stuck, retrying or failed) in one cycle or every open one; remove leftover rows.", context)
    {
        Add(_cycle);
    }

    protected override async Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var sweep = services.Get<UploadSweep>();
        IReadOnlyList<SweptUpload> swept;
        if (args.IdValue<CycleId>(_cycle) is { } id)
        {
            var cycle = await RequiredCycleAsync(id, context, services, cancellationToken);
            if (cycle is null) return ExitCodes.Failure;
            swept = await sweep.SweepAsync(cycle.Id, includeFailed: true, cancellationToken);
        }
        else
        {
            swept = await sweep.SweepOpenCyclesAsync(includeFailed: true, cancellationToken);
        }
        foreach (var s in swept) context.Out.WriteLine(Line(s));
        context.Out.WriteLine(swept.Count == 0 ? "Nothing to reprocess: every upload older than the bound has its verdict." : $"{swept.Count} upload(s) reprocessed.");
        return swept.Any(s => s.Outcome != SweptUploadOutcome.Processed) ? ExitCodes.Failure : ExitCodes.Ok;
    }

    private static string Line(SweptUpload s) =>
        $"{s.BlobName}: {Thb.Json.KebabCase.Of(s.Outcome)}" +
        (s.Submission is { } sub ? $", {Thb.Json.KebabCase.Of(sub.Status)} ({sub.Rows} rows)" : "") +
        (s.Problem is null ? "" : $": {s.Problem}");
}
