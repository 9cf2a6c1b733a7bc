using System.CommandLine;
using Thb.Cycles;
using Thb.Templates;

namespace Thb.Cli.Commands;

/// <summary>`thb template --cycle ID [--contributor ID] --out DIR [--from-cycle PREV]`: the pre-filled return workbooks.</summary>
public sealed class TemplateCommand : StorageCommand
{
    private readonly Option<string> _cycle = CliOptions.Id("--cycle", "cycle", "The cycle the templates are for.", required: true);
    private readonly Option<string> _contributor = CliOptions.Id("--contributor", "contributor", "Only this contributor's template.");
    private readonly Option<string> _out = new("--out") { Description = "The folder to write the workbooks to.", HelpName = "DIR", Required = true };
    private readonly Option<string> _fromCycle = CliOptions.Id("--from-cycle", "cycle", "An earlier cycle whose actions still running are carried over.");

    public TemplateCommand(CliContext context)
        : base("template", "Write each contributor's pre-filled return workbook to DIR; --from-cycle carries over its actions still running.", context)
    {
        Add(_cycle);
        Add(_contributor);
        Add(_out);
        Add(_fromCycle);
        Validators.Add(result =>
        {
            if (result.GetValue(_fromCycle) is { } from && from == result.GetValue(_cycle))
                result.AddError("--from-cycle names an earlier cycle, not the one the templates are for.");
        });
    }

    protected override async Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var cycleId = args.RequiredId<CycleId>(_cycle);
        var fromCycle = args.IdValue<CycleId>(_fromCycle);
        IReadOnlyList<TemplateFile> files;
        try
        {
            files = args.IdValue<ContributorId>(_contributor) is { } contributor
                ? [await services.Templates.CreateAsync(cycleId, contributor, fromCycle, cancellationToken)]
                : await services.Templates.CreateAllAsync(cycleId, fromCycle, cancellationToken);
        }
        catch (KeyNotFoundException e)
        {
            context.Error.WriteLine($"thb template: {e.Message}");
            return ExitCodes.Failure;
        }

        var folder = context.FullPath(args.GetRequiredValue(_out));
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
