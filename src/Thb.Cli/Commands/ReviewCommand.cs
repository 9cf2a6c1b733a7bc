using System.Text.Json;
using Thb.Cycles;
using Thb.Intake.Returns;
using Thb.Json;
using Thb.Reminders;
using Thb.Review;

namespace Thb.Cli.Commands;

/// <summary>
/// `thb review --cycle C --contributor X approve|request-correction|comment|show`: the Presidency's review of one
/// contributor's current return, over <see cref="ReviewService"/>. A correction request is e-mailed to the
/// delegation at once (THB_SMTP, else .eml files), exactly once.
/// </summary>
public sealed class ReviewCommand : StorageCommand
{
    private static readonly string[] Actions = ["approve", "request-correction", "comment", "show"];

    public override string Name => "review";
    public override string Usage => "thb review --cycle ID --contributor ID approve|request-correction|comment|show [--comment TEXT] [--cell Return!B12[,…]] [--by NAME] [--from presidency|delegation] [--json]";
    public override string Summary => "Review a contributor's current return: approve it, request a correction (a comment to the delegation, e-mailed once, " +
                                      "optionally pointing at cells), comment on its thread (--from delegation for the delegation's answer), or show the state and thread.";
    protected override IEnumerable<string> CommandValueOptions => ["cycle", "contributor", "comment", "cell", "by", "from"];
    protected override IEnumerable<string> CommandFlagOptions => ["json"];

    protected override void Validate(ParsedArguments args)
    {
        Identifiers.Require(args.Required("cycle"), "cycle");
        Identifiers.Require(args.Required("contributor"), "contributor");
        if (args.Positional.Count != 1 || !Actions.Contains(args.Positional[0])) throw new UsageException($"Name one action: {string.Join(", ", Actions)}.");
        if (args.Value("from") is { } from && !KebabCase.TryParse<ReviewRole>(from, out _)) throw new UsageException("--from is presidency or delegation.");
    }

    protected override async Task<int> RunAsync(ParsedArguments args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var request = new ReviewRequest(args.Required("cycle"), args.Required("contributor"), CliUser.Of(args, context), args.Value("comment"),
            args.Value("cell")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? []);
        var reviews = services.Reviews;
        var outcome = args.Positional[0] switch
        {
            "show" => null,
            "approve" => await reviews.ApproveAsync(request, cancellationToken),
            "request-correction" => await reviews.RequestCorrectionAsync(request, handOff: false, cancellationToken),
            _ => await reviews.CommentAsync(request, KebabCase.TryParse<ReviewRole>(args.Value("from"), out var role) ? role : ReviewRole.Presidency, cancellationToken),
        };
        if (outcome is { Done: false })
        {
            context.Error.WriteLine($"thb review: {outcome.Refusal}");
            return ExitCodes.Usage;
        }
        if (outcome?.Mail is { } mail) await SendAsync(context, services, mail, cancellationToken);
        return await ShowAsync(args, context, services, request, cancellationToken);
    }

    private static async Task SendAsync(CliContext context, CommandServices services, OutboxKey key, CancellationToken cancellationToken)
    {
        var reminders = services.Reminders;
        if (reminders.Mail.Problem is { } problem)
        {
            context.Out.WriteLine($"The e-mail is recorded in the outbox but not sent ({problem}); `thb remind --cycle {key.CycleId}` sends it.");
            return;
        }
        var sent = (await reminders.Sender.SendAllAsync([key], services.Clock.GetUtcNow(), cancellationToken, keepGoing: true))[0];
        context.Out.WriteLine(sent.Outcome == SendOutcome.Sent
            ? $"E-mailed the correction request ({reminders.Mail.Transport.Description})."
            : $"The correction request's e-mail is {KebabCase.Of(sent.Outcome)}{(sent.Note is null ? "" : $" ({sent.Note})")}; `thb remind --cycle {key.CycleId}` retries what is pending.");
    }

    private static async Task<int> ShowAsync(ParsedArguments args, CliContext context, CommandServices services, ReviewRequest request, CancellationToken cancellationToken)
    {
        var thread = await services.Reviews.ShowAsync(request.CycleId, request.ContributorId, cancellationToken);
        if (thread is null)
        {
            context.Error.WriteLine($"thb review: cycle '{request.CycleId}' has no contributor '{request.ContributorId}'.");
            return ExitCodes.Usage;
        }
        if (args.Flag("json"))
        {
            context.Out.WriteLine(JsonSerializer.Serialize(thread, ReturnJson.Options));
            return ExitCodes.Ok;
        }
        context.Out.WriteLine($"{thread.ContributorId} in cycle {thread.CycleId}: {(thread.Review is { } r ? $"{KebabCase.Of(r.State)} (submission {r.SubmissionId})" : "no accepted return to review")}");
        foreach (var e in thread.Entries)
            context.Out.WriteLine($"  {e.At.UtcDateTime:yyyy-MM-dd HH:mm} UTC  {KebabCase.Of(e.Action),-20} {e.By} ({KebabCase.Of(e.Role)})" +
                                  $"{(e.Cells.Count == 0 ? "" : $" [{string.Join(", ", e.Cells)}]")}{(e.Comment is null ? "" : $": {e.Comment}")}");
        return ExitCodes.Ok;
    }
}
