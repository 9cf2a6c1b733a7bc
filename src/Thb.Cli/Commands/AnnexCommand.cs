using Thb.Annex;
using Thb.Cycles;

namespace Thb.Cli.Commands;

/// <summary>`thb annex --cycle ID [--out FILE] [--force]`: compiles the annex as the timer does, and can save a copy.</summary>
public sealed class AnnexCommand : StorageCommand
{
    public override string Name => "annex";
    public override string Usage => "thb annex --cycle ID [--out FILE] [--force] [--approved-only]";
    public override string Summary => "Compile the consolidated annex of a cycle if its submissions changed (--force: anyway); --out saves the latest " +
                                      "workbook (or its .csv/.json export or the .docx Council document, by the file's extension); --approved-only compiles the returns the Presidency approved.";
    protected override IEnumerable<string> CommandValueOptions => ["cycle", "out"];
    protected override IEnumerable<string> CommandFlagOptions => ["force", "approved-only"];

    protected override void Validate(ParsedArguments args) => Identifiers.Require(args.Required("cycle"), "cycle");

    protected override async Task<int> RunAsync(ParsedArguments args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var cycle = await RequiredCycleAsync(args, context, services, cancellationToken);
        if (cycle is null) return ExitCodes.Failure;
        var outcome = await services.Annex.CompileAsync(cycle, args.Flag("force"), cancellationToken, args.Flag("approved-only") ? true : null);
        var v = outcome.Version;
        context.Out.WriteLine(outcome.Compiled
            ? $"Compiled {v.Stem}: {v.Rows} row(s) from {v.ContributorsWithReturn} of {v.Contributors} contributor(s) → annex/{v.BlobName(AnnexFormat.Xlsx)} (+ .csv, .json, .docx; latest.* updated)."
            : $"Unchanged: submissions are the same as in {v.Stem} (compiled {v.CompiledAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC); nothing written. --force compiles anyway.");
        if (args.Value("out") is { } outPath)
        {
            var full = Path.GetFullPath(outPath, context.WorkingDirectory);
            var format = AnnexFormats.FromFileName(full);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllBytesAsync(full, await services.Annex.ReadAsync(v, format, cancellationToken), cancellationToken);
            context.Out.WriteLine($"Saved {v.FileName(format)} as {full}.");
        }
        return ExitCodes.Ok;
    }
}
