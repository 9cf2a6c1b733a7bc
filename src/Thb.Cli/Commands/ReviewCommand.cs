using Thb.Cycles;
using System.CommandLine;
using System.Text.Json;
using Thb.Intake.Returns;
using Thb.Json;
using Thb.Reminders;
using Thb.Review;

namespace Thb.Cli.Commands;

/// <summary>
/// `thb review approve|request-correction|comment|show --cycle C --contributor X`: the Presidency's review of one
/// contributor's current return, over <see cref="ReviewService"/>, one subcommand each. A correction request is
/// e-mailed to the delegation at once (THB_SMTP, else .eml files), exactly once. --cycle, --contributor and --json
/// belong to `thb review` itself, so they may come before the action as well as after it.
/// </summary>
public sealed class ReviewCommand : Command
{
    public ReviewCommand(CliContext context)
        : base("review", "Review a contributor's current return: approve it, request a correction (a comment to the delegation, e-mailed once, " +
                         "optionally pointing at cells), comment on its thread (--from delegation for the delegation's answer), or show the state and thread.")
    {
        var target = new ReviewOptions(
            Recursive(CliOptions.Id("--cycle", "cycle", "The cycle.", required: true)),
            Recursive(CliOptions.Id("--contributor", "contributor", "The contributor whose return it is.", required: true)),
            Recursive(CliOptions.Flag("--json", "The state and thread as JSON.")));
        Options.Add(target.Cycle);
        Options.Add(target.Contributor);
        Options.Add(target.Json);
        Subcommands.Add(new ActionCommand(context, target, "approve", "Approve the current return (the annex cover counts it; --approved-only compiles it).", ReviewStep.Approve));
        Subcommands.Add(new ActionCommand(context, target, "request-correction", "Ask the delegation for a correction: --comment to the delegation (e-mailed once), --cell pointing at cells.",
            ReviewStep.RequestCorrection));
        Subcommands.Add(new ActionCommand(context, target, "comment", "Add a comment to the thread (--from delegation for the delegation's answer).", ReviewStep.Comment));
        Subcommands.Add(new ActionCommand(context, target, "show", "Show the review state and the thread.", ReviewStep.Show));
    }

    private static Option<T> Recursive<T>(Option<T> option)
    {
        option.Recursive = true;
        return option;
    }

    private enum ReviewStep { Approve, RequestCorrection, Comment, Show }

    private sealed record ReviewOptions(Option<string> Cycle, Option<string> Contributor, Option<bool> Json);

    /// <summary>One review action; every one ends by showing the state and thread.</summary>
    private sealed class ActionCommand : StorageCommand
    {
        private readonly ReviewOptions _target;
        private readonly ReviewStep _step;
        private readonly Option<string?> _comment;
        private readonly Option<string?> _cells = CliOptions.Text("--cell", "Return!B12[,…]", "Cells the comment points at, separated by commas.");
        private readonly Option<string?> _by = CliUser.Option();
        private readonly Option<string?> _from = CliOptions.Text("--from", "presidency|delegation", "Whose comment it is (default presidency).");

        public ActionCommand(CliContext context, ReviewOptions target, string name, string description, ReviewStep step) : base(name, description, context)
        {
            _target = target;
            _step = step;
            _comment = CliOptions.Text("--comment", "TEXT", step == ReviewStep.Approve ? "A comment recorded with the approval." : "The comment (required).");
            if (step == ReviewStep.Show) return;
            _comment.Required = step != ReviewStep.Approve;
            Add(_comment);
            Add(_cells);
            Add(_by);
            if (step != ReviewStep.Comment) return;
            _from.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<string?>() is { } from && !KebabCase.TryParse<ReviewRole>(from, out _)) result.AddError("--from is presidency or delegation.");
            });
            Add(_from);
        }

        protected override async Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken)
        {
            var request = new ReviewRequest(args.RequiredId<CycleId>(_target.Cycle), args.RequiredId<ContributorId>(_target.Contributor), CliUser.Of(args.GetValue(_by), context),
                args.GetValue(_comment), args.GetValue(_cells)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? []);
            var reviews = services.Reviews;
            var outcome = _step switch
            {
                ReviewStep.Show => null,
                ReviewStep.Approve => await reviews.ApproveAsync(request, cancellationToken),
                ReviewStep.RequestCorrection => await reviews.RequestCorrectionAsync(request, handOff: false, cancellationToken),
                _ => await reviews.CommentAsync(request, KebabCase.TryParse<ReviewRole>(args.GetValue(_from), out var role) ? role : ReviewRole.Presidency, cancellationToken),
            };
            if (outcome is { Done: false })
            {
                context.Error.WriteLine($"{DisplayName}: {outcome.Refusal}");
                return ExitCodes.Usage;
            }
            if (outcome?.Mail is { } mail) await SendAsync(context, services, mail, cancellationToken);
            return await ShowAsync(args.GetValue(_target.Json), context, services, request, cancellationToken);
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

        private async Task<int> ShowAsync(bool json, CliContext context, CommandServices services, ReviewRequest request, CancellationToken cancellationToken)
        {
            var thread = await services.Reviews.ShowAsync(request.CycleId, request.ContributorId, cancellationToken);
            if (thread is null)
            {
                context.Error.WriteLine($"{DisplayName}: cycle '{request.CycleId}' has no contributor '{request.ContributorId}'.");
                return ExitCodes.Usage;
            }
            if (json)
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
}
