using Thb.Cycles;
using Thb.Templates;

namespace Thb.Cli.Commands;

/// <summary>`thb template --cycle ID [--contributor ID] --out DIR [--from-cycle PREV]`: the pre-filled return workbooks.</summary>
public sealed class TemplateCommand : StorageCommand
{
    public override string Name => "template";
    public override string Usage => "thb template --cycle ID [--contributor ID] --out DIR [--from-cycle PREV]";
    public override string Summary => "Write each contributor's pre-filled return workbook to DIR; --from-cycle carries over its actions still running.";
    protected override IEnumerable<string> CommandValueOptions => ["cycle", "contributor", "out", "from-cycle"];

    protected override void Validate(ParsedArguments args)
    {
        Identifiers.Require(args.Required("cycle"), "cycle");
        _ = args.Required("out");
        if (args.Value("contributor") is { } contributor) Identifiers.Require(contributor, "contributor");
        if (args.Value("from-cycle") is { } from)
        {
            Identifiers.Require(from, "cycle");
            if (from == args.Required("cycle")) throw new UsageException("--from-cycle names an earlier cycle, not the one the templates are for.");
        }
    }

    protected override async Task<int> RunAsync(ParsedArguments args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var cycleId = args.Required("cycle");
        var fromCycle = args.Value("from-cycle");
        IReadOnlyList<TemplateFile> files;
        try
        {
            files = args.Value("contributor") is { } contributor
                ? [await services.Templates.CreateAsync(cycleId, contributor, fromCycle, cancellationToken)]
                : await services.Templates.CreateAllAsync(cycleId, fromCycle, cancellationToken);
        }
        catch (KeyNotFoundException e)
        {
            context.Error.WriteLine($"thb template: {e.Message}");
            return ExitCodes.Failure;
        }

        var folder = Path.GetFullPath(args.Required("out"), context.WorkingDirectory);
        Directory.CreateDirectory(folder);
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.FileName);
            await File.WriteAllBytesAsync(path, file.Content, cancellationToken);
            var carried = fromCycle is null ? "" : $", {file.CarriedRows} row(s) carried over from {fromCycle}";
            context.Out.WriteLine($"{file.ContributorId}: {Path.GetRelativePath(context.WorkingDirectory, path)}{carried}");
        }
        context.Out.WriteLine($"Wrote {files.Count} template(s) for cycle {cycleId} to {Path.GetRelativePath(context.WorkingDirectory, folder)}.");
        return ExitCodes.Ok;
    }
}
