using System.CommandLine;
using System.Text.Json;
using Thb.Changes;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Json;

namespace Thb.Cli.Commands;

/// <summary>
/// `thb diff --cycle ID [--contributor X] [--json]`: the cycle's rows labelled against its predecessor's. The current
/// rows are read as the annex compiles them (the review's corrections and rules applied), so both label alike.
/// </summary>
public sealed class DiffCommand : StorageCommand
{
    private readonly Option<string> _cycle = CliOptions.Id("--cycle", "cycle", "The cycle (it names its predecessor: `thb cycle open … --previous`).", required: true);
    private readonly Option<string> _contributor = CliOptions.Id("--contributor", "contributor", "Only this contributor's rows.");
    private readonly Option<bool> _json = CliOptions.Flag("--json", "The labels as JSON.");

    public DiffCommand(CliContext context)
        : base("diff", "What changed since the previous cycle: per contributor the rows new, continued (with what changed) and no longer reported.", context)
    {
        Add(_cycle);
        Add(_contributor);
        Add(_json);
    }

    protected override async Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var cycle = await RequiredCycleAsync(args.RequiredId<CycleId>(_cycle), context, services, cancellationToken);
        if (cycle is null) return ExitCodes.Failure;
        var contributor = args.IdValue<ContributorId>(_contributor);
        if (contributor is { } named && await services.Cycles.Store.ContributorAsync(cycle.Id, named, cancellationToken) is null)
        {
            context.Error.WriteLine($"{DisplayName}: cycle '{cycle.Id}' has no contributor '{contributor}'. `thb cycle show {cycle.Id}` lists them.");
            return ExitCodes.Failure;
        }
        if (cycle.PreviousCycleId is null)
        {
            context.Error.WriteLine($"{DisplayName}: cycle '{cycle.Id}' names no previous cycle. Open the next cycle with `thb cycle open ID --previous {cycle.Id} …`.");
            return ExitCodes.Failure;
        }
        var changes = (await services.Get<ChangesService>().CompareAsync(cycle, await CurrentRowsAsync(services, cycle, contributor, cancellationToken), cancellationToken: cancellationToken))!;
        if (args.GetValue(_json)) context.Out.WriteLine(JsonSerializer.Serialize(Json(changes), ReturnJson.Options));
        else Print(context.Out, changes);
        return ExitCodes.Ok;
    }

    /// <summary>Each contributor's current rows with the review's corrections and rules applied (null without an accepted return).</summary>
    private static async Task<List<(Contributor, IReadOnlyList<ReturnRow>?)>> CurrentRowsAsync(CommandServices services, Cycle cycle, ContributorId? contributorId,
        CancellationToken cancellationToken)
    {
        var adjustments = await services.ReviewedRows.AdjustmentsAsync(cycle.Id, cancellationToken);
        var rows = services.Get<RowStore>();
        var current = new List<(Contributor, IReadOnlyList<ReturnRow>?)>();
        foreach (var status in await services.Queries.StatusAsync(cycle, cancellationToken))
        {
            if (contributorId is not null && status.Contributor.Id != contributorId) continue;
            current.Add((status.Contributor, status.Current is { } s ? adjustments.Apply(await rows.ReadAsync(s, cancellationToken)) : null));
        }
        return current;
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
