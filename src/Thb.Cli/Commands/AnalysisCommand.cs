using Thb.Annex;
using Thb.Cycles;

namespace Thb.Cli.Commands;

/// <summary>`thb analysis --cycle ID [--json]`: the priority countries and regions of a cycle's current accepted returns.</summary>
public sealed class AnalysisCommand : StorageCommand
{
    public override string Name => "analysis";
    public override string Usage => "thb analysis --cycle ID [--json]";
    public override string Summary => "Priority third countries, regions (with their countries, and named themselves) and organisations of a cycle's accepted " +
                                      "returns: actions, contributors, known funding, years, change since the previous cycle; --json for every figure.";
    protected override IEnumerable<string> CommandValueOptions => ["cycle"];
    protected override IEnumerable<string> CommandFlagOptions => ["json"];

    protected override void Validate(ParsedArguments args) => Identifiers.Require(args.Required("cycle"), "cycle");

    protected override async Task<int> RunAsync(ParsedArguments args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var cycle = await RequiredCycleAsync(args, context, services, cancellationToken);
        if (cycle is null) return ExitCodes.Failure;
        var report = await services.Get<PriorityService>().AnalyseAsync(cycle, cancellationToken);
        if (args.Flag("json")) context.Out.WriteLine(PriorityJson.Serialize(report));
        else PriorityText.Write(context.Out, report);
        return ExitCodes.Ok;
    }
}
