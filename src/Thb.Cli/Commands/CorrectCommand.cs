using Thb.Cycles;
using System.CommandLine;
using Thb.Review.Corrections;

namespace Thb.Cli.Commands;

/// <summary>
/// `thb correct --cycle C --contributor X --row N --places …|--form …|--duration …|--funding … --reason T`, `thb correct
/// undo ID`, `thb correct list --cycle C`: corrections of one row's reading over <see cref="CorrectionService"/>. The
/// raw text is never changed; the corrected reading is applied whenever rows are read.
/// </summary>
public sealed class CorrectCommand : StorageCommand
{
    private readonly Option<string> _cycle = CliOptions.Id("--cycle", "cycle", "The cycle.", required: true);
    private readonly Option<string> _contributor = CliOptions.Id("--contributor", "contributor", "The contributor whose row it is.", required: true);
    private readonly Option<int> _row = new("--row") { Description = "The row's number in the return's sheet (as the feedback and `thb rows` name it).", HelpName = "N", Required = true };
    private readonly Option<string?> _sheet = CliOptions.Text("--sheet", "NAME", "The row's sheet, when it is not the return's first (section sheets number their rows alike; `thb rows --json` names it).");
    private readonly ReadingOptions _reading;
    private readonly Option<string?> _reason = CliOptions.Text("--reason", "TEXT", "Why the reading is corrected (recorded with it).");
    private readonly Option<string?> _by = CliUser.Option();

    public CorrectCommand(CliContext context)
        : base("correct", "Correct the reading of one row's places, form of action, duration or funding, with a reason (the raw text stays); undo a correction; list them.", context)
    {
        _row.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError($"--row is a row number, 1 or more, not {result.GetValueOrDefault<int>()}.");
        });
        Add(_cycle);
        Add(_contributor);
        Add(_row);
        Add(_sheet);
        _reading = new ReadingOptions(this, durationAndFunding: true);
        Add(_reason);
        Add(_by);
        Subcommands.Add(new UndoCommand(context, "correct", "correction"));
        Subcommands.Add(new ListCommand(context));
    }

    protected override async Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var request = new CorrectionRequest(args.RequiredId<CycleId>(_cycle), args.RequiredId<ContributorId>(_contributor), args.GetValue(_row), _reading.Read(args),
            args.GetValue(_reason) ?? "", CliUser.Of(args.GetValue(_by), context)) { Sheet = args.GetValue(_sheet) };
        return CorrectionReport.Print(context, DisplayName, "correct", await services.Corrections.CorrectAsync(request, cancellationToken),
            $"Corrected the {Thb.Json.KebabCase.Of(request.Reading.Field)} of row {request.Row} to {request.Reading.Describe()}:");
    }

    /// <summary>`thb correct undo ID` and `thb rules undo ID`: a correction or rule taken back (kept, marked undone, with who and when).</summary>
    internal sealed class UndoCommand : StorageCommand
    {
        private readonly string _family;
        private readonly Argument<string> _id;
        private readonly Option<string?> _by = CliUser.Option();

        public UndoCommand(CliContext context, string family, string what) : base("undo", $"Undo a {what}: it stays recorded, marked undone, and no longer applies.", context)
        {
            _family = family;
            _id = new Argument<string>("ID") { Description = $"The id of the {what} to undo." };
            Add(_id);
            Add(_by);
        }

        protected override async Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken) =>
            CorrectionReport.Print(context, DisplayName, _family,
                await services.Corrections.UndoAsync(args.GetRequiredValue(_id), CliUser.Of(args.GetValue(_by), context), cancellationToken), "Undone");
    }

    /// <summary>`thb correct list --cycle C [--contributor X]`: the corrections of a cycle, undone ones included.</summary>
    private sealed class ListCommand : StorageCommand
    {
        private readonly Option<string> _cycle = CliOptions.Id("--cycle", "cycle", "The cycle.", required: true);
        private readonly Option<string> _contributor = CliOptions.Id("--contributor", "contributor", "Only this contributor's corrections.");

        public ListCommand(CliContext context) : base("list", "The corrections of a cycle, with who, when and why (undone ones marked).", context)
        {
            Add(_cycle);
            Add(_contributor);
        }

        protected override async Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken)
        {
            var contributor = args.IdValue<ContributorId>(_contributor);
            var list = (await services.Corrections.Store.CorrectionsAsync(args.RequiredId<CycleId>(_cycle), cancellationToken))
                .Where(c => contributor is null || c.ContributorId == contributor).OrderBy(c => c.At).ToList();
            foreach (var c in list)
                context.Out.WriteLine($"  {c.Id}  {c.ContributorId} row {c.Row} {Thb.Json.KebabCase.Of(c.Reading.Field)} → {c.Reading.Describe()}  by {c.By} {c.At.UtcDateTime:yyyy-MM-dd HH:mm} UTC: {c.Reason}" +
                                      (c.Undone is { } u ? $"  (undone by {u.By} {u.At.UtcDateTime:yyyy-MM-dd HH:mm} UTC)" : ""));
            context.Out.WriteLine($"{list.Count} correction(s).");
            return ExitCodes.Ok;
        }
    }
}
