using Thb.Cycles;
using System.CommandLine;
using Thb.Annex;

namespace Thb.Cli.Commands;

/// <summary>`thb analysis --cycle ID [--json]`: the priority countries and regions of a cycle's current accepted returns.</summary>
public sealed class AnalysisCommand : StorageCommand
{
    private readonly Option<string> _cycle = CliOptions.Id("--cycle", "cycle", "The cycle.", required: true);
    private readonly Option<bool> _json = CliOptions.Flag("--json", "Every figure as the JSON contract (camelCase names, kebab-case values).");

    public AnalysisCommand(CliContext context)
        : base("analysis", "Priority third countries, regions (with their countries, and named themselves) and organisations of a cycle's accepted " +
                           "returns: actions, contributors, known funding, years, change since the previous cycle; --json for every figure.", context)
    {
        Add(_cycle);
        Add(_json);
    }

    protected override async Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var cycle = await RequiredCycleAsync(args.RequiredId<CycleId>(_cycle), context, services, cancellationToken);
        if (cycle is null) return ExitCodes.Failure;
        var report = await services.Get<PriorityService>().AnalyseAsync(cycle, cancellationToken);
        if (args.GetValue(_json)) context.Out.WriteLine(PriorityJson.Serialize(report));
        else PriorityText.Write(context.Out, report);
        return ExitCodes.Ok;
    }
}
