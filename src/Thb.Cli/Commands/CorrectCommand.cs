using Thb.Cycles;
using Thb.Review.Corrections;

namespace Thb.Cli.Commands;

/// <summary>
/// `thb correct --cycle C --contributor X --row N --places …|--form …|--duration …|--funding … --reason T`, `thb correct
/// undo ID`, `thb correct list --cycle C`: corrections of one row's reading over <see cref="CorrectionService"/>. The
/// raw text is never changed; the corrected reading is applied whenever rows are read.
/// </summary>
public sealed class CorrectCommand : StorageCommand
{
    public override string Name => "correct";
    public override string Usage => "thb correct --cycle ID --contributor ID --row N --places AT,UNODC|--form CATEGORY|--duration 2012-03..2012-06|--funding 12000 --reason TEXT [--by NAME]" +
                                    " | thb correct undo ID | thb correct list --cycle ID [--contributor ID]";
    public override string Summary => "Correct the reading of one row's places, form of action, duration or funding, with a reason (the raw text stays); undo a correction; list them.";
    protected override IEnumerable<string> CommandValueOptions => ["cycle", "contributor", "row", "places", "form", "duration", "funding", "reason", "by"];

    protected override void Validate(ParsedArguments args)
    {
        var action = args.Positional.FirstOrDefault();
        if (action == "undo") _ = args.PositionalAt(1, "the id of the correction to undo");
        else if (action == "list") Identifiers.Require(args.Required("cycle"), "cycle");
        else if (action is not null) throw new UsageException($"Unknown action '{action}': correct a row, or undo ID, or list.");
        else
        {
            Identifiers.Require(args.Required("cycle"), "cycle");
            Identifiers.Require(args.Required("contributor"), "contributor");
            _ = args.Int("row") ?? throw new UsageException("--row is required.");
            _ = Reading(args);
        }
    }

    /// <summary>The one reading given (--places, --form, --duration or --funding), read; a bad one is a usage error naming why.</summary>
    internal static CorrectedReading Reading(ParsedArguments args)
    {
        var given = new[] { "places", "form", "duration", "funding" }.Where(o => args.Value(o) is not null).ToList();
        if (given.Count != 1) throw new UsageException("Give exactly one of --places, --form, --duration or --funding.");
        var text = args.Value(given[0])!;
        string? problem;
        var reading = given[0] switch
        {
            "places" => ReadingInput.Places(text, out problem),
            "form" => ReadingInput.Form(text, out problem),
            "duration" => ReadingInput.Duration(text, out problem),
            _ => ReadingInput.Funding(text, out problem),
        };
        return reading ?? throw new UsageException(problem!);
    }

    protected override async Task<int> RunAsync(ParsedArguments args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var corrections = services.Corrections;
        switch (args.Positional.FirstOrDefault())
        {
            case "list":
                return await ListAsync(args, context, corrections, cancellationToken);
            case "undo":
                return CorrectionReport.Print(context, Name, await corrections.UndoAsync(args.Positional[1], CliUser.Of(args, context), cancellationToken), "Undone");
        }
        var request = new CorrectionRequest(args.Required("cycle"), args.Required("contributor"), args.Int("row")!.Value, Reading(args),
            args.Value("reason") ?? "", CliUser.Of(args, context));
        return CorrectionReport.Print(context, Name, await corrections.CorrectAsync(request, cancellationToken), $"Corrected the {Thb.Json.KebabCase.Of(request.Reading.Field)} of row {request.Row} to {request.Reading.Describe()}:");
    }


    private static async Task<int> ListAsync(ParsedArguments args, CliContext context, CorrectionService corrections, CancellationToken cancellationToken)
    {
        var contributor = args.Value("contributor");
        var list = (await corrections.Store.CorrectionsAsync(args.Required("cycle"), cancellationToken)).Where(c => contributor is null || c.ContributorId == contributor).OrderBy(c => c.At).ToList();
        foreach (var c in list)
            context.Out.WriteLine($"  {c.Id}  {c.ContributorId} row {c.Row} {Thb.Json.KebabCase.Of(c.Reading.Field)} → {c.Reading.Describe()}  by {c.By} {c.At.UtcDateTime:yyyy-MM-dd HH:mm} UTC: {c.Reason}" +
                                  (c.Undone is { } u ? $"  (undone by {u.By} {u.At.UtcDateTime:yyyy-MM-dd HH:mm} UTC)" : ""));
        context.Out.WriteLine($"{list.Count} correction(s).");
        return ExitCodes.Ok;
    }
}
