using System.Text.Json;
using Thb.Cycles;
using Thb.Intake.Returns;

namespace Thb.Cli.Commands;

/// <summary>`thb rows --cycle ID [--contributor ID] --json`: the current rows, in the check's row shape plus contributor and submission.</summary>
public sealed class RowsCommand : StorageCommand
{
    public override string Name => "rows";
    public override string Usage => "thb rows --cycle ID [--contributor ID] [--json]";
    public override string Summary => "The current rows of a cycle as JSON (the check contract's row shape plus contributor, submission and the review's corrections).";
    protected override IEnumerable<string> CommandValueOptions => ["cycle", "contributor"];
    protected override IEnumerable<string> CommandFlagOptions => ["json"];

    protected override void Validate(ParsedArguments args)
    {
        Identifiers.Require(args.Required("cycle"), "cycle");
        if (args.Value("contributor") is { } c) Identifiers.Require(c, "contributor");
    }

    protected override async Task<int> RunAsync(ParsedArguments args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var cycle = await RequiredCycleAsync(args, context, services, cancellationToken);
        if (cycle is null) return ExitCodes.Failure;
        var rows = await services.ReviewedRows.CurrentRowsAsync(cycle, args.Value("contributor"), cancellationToken);
        if (args.Flag("json"))
        {
            context.Out.WriteLine(JsonSerializer.Serialize(rows, ReturnJson.Options));
            return ExitCodes.Ok;
        }
        foreach (var row in rows)
            context.Out.WriteLine($"{row.Contributor,-20} row {row.Row,4}{(row.IsCorrected ? "*" : " ")} {Thb.Intake.Findings.FindingText.Shorten(row.CountryRegion.Raw, 30),-30}  {Thb.Intake.Findings.FindingText.Shorten(row.Description.Raw, 60)}");
        context.Out.WriteLine($"{rows.Count} current row(s){(rows.Any(r => r.IsCorrected) ? "; * a reading corrected by the review" : "")}. Add --json for the full rows.");
        return ExitCodes.Ok;
    }
}
