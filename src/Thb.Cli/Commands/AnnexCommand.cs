using System.CommandLine;
using Thb.Annex;
using Thb.Cycles;
using Thb.Storage;

namespace Thb.Cli.Commands;

/// <summary>`thb annex --cycle ID [--out FILE] [--force] [--approved-only]`: compiles the annex as the timer does, and can save a copy.</summary>
public sealed class AnnexCommand : StorageCommand
{
    private readonly Option<string> _cycle = CliOptions.Id("--cycle", "cycle", "The cycle.", required: true);
    private readonly Option<string?> _out = CliOptions.Text("--out", "FILE", "Save the latest annex here: .xlsx, .csv, .json or .docx by the file's extension.");
    private readonly Option<bool> _force = CliOptions.Flag("--force", "Compile even if the submissions are the same as in the latest version.");
    private readonly Option<bool> _approvedOnly = CliOptions.Flag("--approved-only", "Compile only the returns the Presidency approved (default: as THB_ANNEX_APPROVED_ONLY says).");

    public AnnexCommand(CliContext context)
        : base("annex", "Compile the consolidated annex of a cycle if its submissions changed (--force: anyway); --out saves the latest " +
                        "workbook (or its .csv/.json export or the .docx Council document, by the file's extension); --approved-only compiles the returns the Presidency approved.", context)
    {
        Add(_cycle);
        Add(_out);
        Add(_force);
        Add(_approvedOnly);
    }

    /// <summary>The annex reads table entities and writes blobs; it sends no queue message.</summary>
    protected override StorageKinds Uses => StorageKinds.ContainersAndTables;

    protected override async Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var cycle = await RequiredCycleAsync(args.RequiredId<CycleId>(_cycle), context, services, cancellationToken);
        if (cycle is null) return ExitCodes.Failure;
        var outcome = await CliProgress.RunAsync(context, $"Compiling the annex of cycle {cycle.Id}…",
            _ => services.Annex.CompileAsync(cycle, args.GetValue(_force), cancellationToken, args.GetValue(_approvedOnly) ? true : null));
        var v = outcome.Version;
        context.Out.WriteLine(outcome.Compiled
            ? $"Compiled {v.Stem}: {v.Rows} row(s) from {v.ContributorsWithReturn} of {v.Contributors} contributor(s) → annex/{v.BlobName(AnnexFormat.Xlsx)} (+ .csv, .json, .docx; latest.* updated)."
            : $"Unchanged: submissions are the same as in {v.Stem} (compiled {v.CompiledAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC); nothing written. --force compiles anyway.");
        if (args.GetValue(_out) is { } outPath)
        {
            var full = Path.GetFullPath(outPath, context.WorkingDirectory);
            var format = AnnexFormats.FromFileName(full);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await services.Annex.DownloadToAsync(v, format, full, cancellationToken);
            context.Out.WriteLine($"Saved {v.FileName(format)} as {full}.");
        }
        return ExitCodes.Ok;
    }
}
