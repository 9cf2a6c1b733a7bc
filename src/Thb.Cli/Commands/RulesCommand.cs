using Thb.Cycles;
using System.CommandLine;
using Thb.Review.Corrections;

namespace Thb.Cli.Commands;

/// <summary>
/// `thb rules add|list|undo`: the rules of the registry ("ONUDC" means UNODC; "the region" in Austria's returns means
/// the Western Balkans), for one cycle or all, one contributor or all, applied whenever rows are read.
/// </summary>
public sealed class RulesCommand : Command
{
    public RulesCommand(CliContext context)
        : base("rules", "Rules of the registry: where a cell's raw text contains the words, its reading gains these places or takes this form of action, " +
                        "in every later upload and recompile.")
    {
        Subcommands.Add(new AddCommand(context));
        Subcommands.Add(new ListCommand(context));
        Subcommands.Add(new CorrectCommand.UndoCommand(context, "rules", "rule"));
    }

    /// <summary>`thb rules add --match WORDS --places P,…|--form CATEGORY (--cycle ID|--all-cycles) (--contributor ID|--all-contributors) --reason TEXT`.</summary>
    private sealed class AddCommand : StorageCommand
    {
        private readonly Option<string> _match = new("--match") { Description = "The words a cell's raw text contains (case and accents aside).", HelpName = "WORDS", Required = true };
        private readonly ReadingOptions _reading;
        private readonly Option<string> _cycle = CliOptions.Id("--cycle", "cycle", "The cycle the rule holds for.");
        private readonly Option<bool> _allCycles = CliOptions.Flag("--all-cycles", "The rule holds for every cycle, later ones included.");
        private readonly Option<string> _contributor = CliOptions.Id("--contributor", "contributor", "The contributor whose rows the rule changes.");
        private readonly Option<bool> _allContributors = CliOptions.Flag("--all-contributors", "The rule changes every contributor's rows.");
        private readonly Option<string?> _reason = CliOptions.Text("--reason", "TEXT", "Why the rule holds (recorded with it).");
        private readonly Option<string?> _by = CliUser.Option();

        public AddCommand(CliContext context)
            : base("add", "Add a rule for one cycle or all, one contributor or all; one named for a contributor is refused if its words also occur in another's rows.", context)
        {
            Add(_match);
            _reading = new ReadingOptions(this, durationAndFunding: false);
            Add(_cycle);
            Add(_allCycles);
            Add(_contributor);
            Add(_allContributors);
            Add(_reason);
            Add(_by);
            Validators.Add(result =>
            {
                if ((result.GetValue(_cycle) is null) == !result.GetValue(_allCycles)) result.AddError("Give --cycle ID or --all-cycles.");
                if ((result.GetValue(_contributor) is null) == !result.GetValue(_allContributors)) result.AddError("Give --contributor ID or --all-contributors.");
            });
        }

        protected override async Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken)
        {
            var request = new RuleRequest(args.IdValue<CycleId>(_cycle), args.IdValue<ContributorId>(_contributor), args.GetRequiredValue(_match), _reading.Read(args),
                args.GetValue(_reason) ?? "", CliUser.Of(args.GetValue(_by), context));
            var outcome = await services.Corrections.AddRuleAsync(request, cancellationToken);
            return CorrectionReport.Print(context, DisplayName, "rules", outcome,
                $"Added rule: '{request.Match}' → {request.Reading.Describe()}; it changes {outcome.Changed.Count} current row(s) now. Rule");
        }
    }

    /// <summary>`thb rules list [--cycle ID]`: the rules, undone ones marked; with --cycle, those that hold for it.</summary>
    private sealed class ListCommand : StorageCommand
    {
        private readonly Option<string> _cycle = CliOptions.Id("--cycle", "cycle", "Only the rules that hold for this cycle (its own and those for every cycle).");

        public ListCommand(CliContext context) : base("list", "The rules of the registry, with who, when and why (undone ones marked).", context) => Add(_cycle);

        protected override async Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken)
        {
            var cycle = args.IdValue<CycleId>(_cycle);
            var rules = (await services.Corrections.Store.RulesAsync(cancellationToken)).Where(r => cycle is null || r.CycleId is null || r.CycleId == cycle).ToList();
            foreach (var r in rules)
                context.Out.WriteLine($"  {r.Id}  '{r.Match}' → {Thb.Json.KebabCase.Of(r.Field)} {r.Reading.Describe()}  cycle {r.CycleId ?? "all"}, contributor {r.ContributorId ?? "all"}; " +
                                      $"by {r.By} {r.At.UtcDateTime:yyyy-MM-dd HH:mm} UTC: {r.Reason}{(r.Undone is { } u ? $"  (undone by {u.By} {u.At.UtcDateTime:yyyy-MM-dd HH:mm} UTC)" : "")}");
            context.Out.WriteLine($"{rules.Count} rule(s).");
            return ExitCodes.Ok;
        }
    }
}
