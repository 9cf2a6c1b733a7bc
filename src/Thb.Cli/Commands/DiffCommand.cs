using System.Text.Json;
using Thb.Changes;
using Thb.Cycles;
using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Json;

namespace Thb.Cli.Commands;

/// <summary>`thb diff --cycle ID [--contributor X] [--json]`: the cycle's rows labelled against its predecessor's.</summary>
public sealed class DiffCommand : StorageCommand
{
    public override string Name => "diff";
    public override string Usage => "thb diff --cycle ID [--contributor ID] [--json]";
    public override string Summary => "What changed since the previous cycle: per contributor the rows new, continued (with what changed) and no longer reported.";
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
        var contributor = args.Value("contributor");
        if (contributor is not null && await services.Cycles.Store.ContributorAsync(cycle.Id, contributor, cancellationToken) is null)
        {
            context.Error.WriteLine($"thb diff: cycle '{cycle.Id}' has no contributor '{contributor}'. `thb cycle show {cycle.Id}` lists them.");
            return ExitCodes.Failure;
        }
        var changes = await services.Get<ChangesService>().CompareAsync(cycle, contributor, cancellationToken);
        if (changes is null)
        {
            context.Error.WriteLine($"thb diff: cycle '{cycle.Id}' names no previous cycle. Open the next cycle with `thb cycle open ID --previous {cycle.Id} …`.");
            return ExitCodes.Failure;
        }
        if (args.Flag("json")) context.Out.WriteLine(JsonSerializer.Serialize(Json(changes), ReturnJson.Options));
        else Print(context.Out, changes);
        return ExitCodes.Ok;
    }

    private static void Print(TextWriter output, CycleChanges changes)
    {
        output.WriteLine($"Cycle {changes.CycleId} against {changes.PreviousCycleId}: {changes.New} new, {changes.Continued} continued, {changes.NoLongerReported} no longer reported.");
        foreach (var c in changes.Contributors)
        {
            output.WriteLine($"  {c.Contributor.Id}: {ChangeWords.Summary(c)}");
            foreach (var m in c.Matches)
            {
                var shown = m.Current ?? m.Previous!;
                var rows = m.Label switch
                {
                    ChangeLabel.New => $"row {m.Current!.Row}",
                    ChangeLabel.Continued => $"row {m.Current!.Row} (was {m.Previous!.Row})",
                    _ => $"was row {m.Previous!.Row}",
                };
                var what = m.Label == ChangeLabel.Continued ? $" — {ChangeWords.Describe(m.Amendments)}" : "";
                output.WriteLine($"    {ChangeWords.Label(m.Label),-18} {rows,-18} {FindingText.Shorten(shown.Description.Raw, 60)}{what}");
            }
        }
    }

    private static object Json(CycleChanges changes) => new
    {
        cycle = changes.CycleId,
        previousCycle = changes.PreviousCycleId,
        @new = changes.New,
        continued = changes.Continued,
        noLongerReported = changes.NoLongerReported,
        contributors = changes.Contributors.Select(c => new
        {
            contributor = c.Contributor.Id,
            name = c.Contributor.Name,
            compared = c.Compared,
            hadPreviousReturn = c.HadPreviousReturn,
            @new = c.New,
            continued = c.Continued,
            noLongerReported = c.NoLongerReported,
            rows = c.Matches.Select(m => new
            {
                label = KebabCase.Of(m.Label),
                row = m.Current?.Row,
                previousRow = m.Previous?.Row,
                score = m.Score is { } s ? Math.Round(s, 3) : (double?)null,
                changes = ChangeWords.Each(m.Amendments).Select(KebabCase.Of).ToList(),
                countryRegion = (m.Current ?? m.Previous)!.CountryRegion.Raw,
                description = (m.Current ?? m.Previous)!.Description.Raw,
            }),
        }),
    };
}
