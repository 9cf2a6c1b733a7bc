using System.CommandLine;
using System.Text.Json;
using Thb.Cycles;
using Thb.Intake.Returns;

namespace Thb.Cli.Commands;

/// <summary>`thb rows --cycle ID [--contributor ID] --json`: the current rows, in the check's row shape plus contributor and submission.</summary>
public sealed class RowsCommand : StorageCommand
{
    private readonly Option<string> _cycle = CliOptions.Id("--cycle", "cycle", "The cycle.", required: true);
    private readonly Option<string> _contributor = CliOptions.Id("--contributor", "contributor", "Only this contributor's rows.");
    private readonly Option<bool> _json = CliOptions.Flag("--json", "The full rows as JSON.");

    public RowsCommand(CliContext context)
        : base("rows", "The current rows of a cycle as JSON (the check contract's row shape plus contributor, submission and the review's corrections).", context)
    {
        Add(_cycle);
        Add(_contributor);
        Add(_json);
    }

    protected override async Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var cycle = await RequiredCycleAsync(args.RequiredId<CycleId>(_cycle), context, services, cancellationToken);
        if (cycle is null) return ExitCodes.Failure;
        var rows = await services.ReviewedRows.CurrentRowsAsync(cycle, args.IdValue<ContributorId>(_contributor), cancellationToken);
        if (args.GetValue(_json))
        {
            context.Out.WriteLine(JsonSerializer.Serialize(rows, ReturnJson.Options));
            return ExitCodes.Ok;
        }
        (string? Contributor, SectionTitle? Section) heading = (null, null);
        foreach (var row in rows)
        {
            // A sectioned contributor's rows come under their section's title, once per section.
            if (row.Section is { } section && (row.Contributor, row.Section) != heading)
                context.Out.WriteLine($"{row.Contributor,-20} — {section.Text}");
            heading = (row.Contributor, row.Section);
            context.Out.WriteLine($"{row.Contributor,-20} row {row.Row,4}{(row.IsCorrected ? "*" : " ")} {Thb.Intake.Findings.FindingText.Shorten(row.CountryRegion.Raw, 30),-30}  {Thb.Intake.Findings.FindingText.Shorten(row.Description.Raw, 60)}");
        }
        context.Out.WriteLine($"{rows.Count} current row(s){(rows.Any(r => r.IsCorrected) ? "; * a reading corrected by the review" : "")}. Add --json for the full rows.");
        return ExitCodes.Ok;
    }
}
