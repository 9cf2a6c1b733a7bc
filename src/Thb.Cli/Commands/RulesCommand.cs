using Thb.Cycles;
using Thb.Review.Corrections;

namespace Thb.Cli.Commands;

/// <summary>
/// `thb rules add|list|undo`: the rules of the registry ("ONUDC" means UNODC; "the region" in Austria's returns means
/// the Western Balkans), for one cycle or all, one contributor or all, applied whenever rows are read.
/// </summary>
public sealed class RulesCommand : StorageCommand
{
    public override string Name => "rules";
    public override string Usage => "thb rules add --match WORDS --places P,…|--form CATEGORY (--cycle ID|--all-cycles) (--contributor ID|--all-contributors) --reason TEXT [--by NAME]" +
                                    " | thb rules list [--cycle ID] | thb rules undo ID";
    public override string Summary => "Rules of the registry: where a cell's raw text contains the words, its reading gains these places or takes this form of action, " +
                                      "in every later upload and recompile. A rule named for one contributor is refused if its words also occur in another's rows.";
    protected override IEnumerable<string> CommandValueOptions => ["match", "places", "form", "cycle", "contributor", "reason", "by"];
    protected override IEnumerable<string> CommandFlagOptions => ["all-cycles", "all-contributors"];

    protected override void Validate(ParsedArguments args)
    {
        switch (args.Positional.FirstOrDefault())
        {
            case "list":
                if (args.Value("cycle") is { } c) Identifiers.Require(c, "cycle");
                return;
            case "undo":
                _ = args.PositionalAt(1, "the id of the rule to undo");
                return;
            case "add":
                break;
            default:
                throw new UsageException("Name one action: add, list or undo.");
        }
        if ((args.Value("cycle") is null) == !args.Flag("all-cycles")) throw new UsageException("Give --cycle ID or --all-cycles.");
        if ((args.Value("contributor") is null) == !args.Flag("all-contributors")) throw new UsageException("Give --contributor ID or --all-contributors.");
        if (args.Value("cycle") is { } cycle) Identifiers.Require(cycle, "cycle");
        if (args.Value("contributor") is { } contributor) Identifiers.Require(contributor, "contributor");
        _ = args.Required("match");
        _ = CorrectCommand.Reading(args);
    }

    protected override async Task<int> RunAsync(ParsedArguments args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var corrections = services.Corrections;
        switch (args.Positional[0])
        {
            case "list":
                return await ListAsync(args, context, corrections, cancellationToken);
            case "undo":
                return CorrectionReport.Print(context, Name, await corrections.UndoAsync(args.Positional[1], CliUser.Of(args, context), cancellationToken), "Undone");
        }
        var request = new RuleRequest(args.Value("cycle"), args.Value("contributor"), args.Required("match"), CorrectCommand.Reading(args),
            args.Value("reason") ?? "", CliUser.Of(args, context));
        var outcome = await corrections.AddRuleAsync(request, cancellationToken);
        return CorrectionReport.Print(context, Name, outcome, $"Added rule: '{request.Match}' → {request.Reading.Describe()}; it changes {outcome.Changed.Count} current row(s) now. Rule");
    }


    private static async Task<int> ListAsync(ParsedArguments args, CliContext context, CorrectionService corrections, CancellationToken cancellationToken)
    {
        var cycle = args.Value("cycle");
        var rules = (await corrections.Store.RulesAsync(cancellationToken)).Where(r => cycle is null || r.CycleId is null || r.CycleId == cycle).ToList();
        foreach (var r in rules)
            context.Out.WriteLine($"  {r.Id}  '{r.Match}' → {Thb.Json.KebabCase.Of(r.Field)} {r.Reading.Describe()}  cycle {r.CycleId ?? "all"}, contributor {r.ContributorId ?? "all"}; " +
                                  $"by {r.By} {r.At.UtcDateTime:yyyy-MM-dd HH:mm} UTC: {r.Reason}{(r.Undone is { } u ? $"  (undone by {u.By} {u.At.UtcDateTime:yyyy-MM-dd HH:mm} UTC)" : "")}");
        context.Out.WriteLine($"{rules.Count} rule(s).");
        return ExitCodes.Ok;
    }
}
