using Thb.Cycles;
using Thb.Intake;
using Thb.Reminders;

namespace Thb.Review;

/// <summary>
/// The Presidency's review of each contributor's current return: approve it, or request a correction (a comment to
/// the delegation, optionally pointing at cells, sent by e-mail through the reminders' outbox, exactly once); a thread
/// of comments both ways. The state is derived from the thread (<see cref="ReviewStates"/>), so a new accepted upload
/// is received again without anything being rewritten; the intake tells it so (<see cref="BecameCurrentAsync"/>) and
/// the thread records the arrival.
/// </summary>
public sealed class ReviewService(ReviewStore store, CycleStore cycles, SubmissionQueries queries, ReminderService reminders, TimeProvider clock,
    IUploadLinkProvider? uploadLinks = null) : ICurrentReturnObserver
{
    public ReviewStore Store => store;

    /// <summary>The review of every contributor with a current return, by contributor id.</summary>
    public async Task<IReadOnlyDictionary<string, ContributorReview>> StatesAsync(Cycle cycle, IReadOnlyList<ContributorStatus> statuses,
        CancellationToken cancellationToken = default)
    {
        var entries = (await store.ForCycleAsync(cycle.Id, cancellationToken)).ToLookup(e => e.ContributorId);
        return statuses
            .Select(s => ReviewStates.Of(s.Contributor.Id, (s.Current ?? s.Document)?.Id, entries[s.Contributor.Id]))
            .OfType<ContributorReview>()
            .ToDictionary(r => r.ContributorId.Value); // by the id's text: the annex's writers look it up so
    }

    public async Task<ReviewThread?> ShowAsync(CycleId cycleId, ContributorId contributorId, CancellationToken cancellationToken = default)
    {
        if (await TargetAsync(cycleId, contributorId, cancellationToken) is not { } target) return null;
        var thread = await store.ThreadAsync(cycleId, contributorId, cancellationToken);
        return new ReviewThread(cycleId, contributorId, ReviewStates.Of(contributorId, target.Current?.Id, thread), thread);
    }

    public Task<ReviewOutcome> ApproveAsync(ReviewRequest request, CancellationToken cancellationToken = default) =>
        DecideAsync(request, ReviewAction.Approved, handOff: false, cancellationToken);

    /// <summary>
    /// Records the request and its e-mail in the outbox (keyed by the request, so it is one e-mail however often this
    /// is retried); with <paramref name="handOff"/> also queues it for the sender function. The CLI sends it itself.
    /// </summary>
    public Task<ReviewOutcome> RequestCorrectionAsync(ReviewRequest request, bool handOff, CancellationToken cancellationToken = default) =>
        DecideAsync(request, ReviewAction.CorrectionRequested, handOff, cancellationToken);

    /// <summary>A comment on the thread, by the Presidency or the delegation.</summary>
    public async Task<ReviewOutcome> CommentAsync(ReviewRequest request, ReviewRole role, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(request.Comment)) return ReviewOutcome.Refused("A comment needs some text (--comment).");
        if (await TargetAsync(request.CycleId, request.ContributorId, cancellationToken) is not { } target)
            return ReviewOutcome.Refused(UnknownTarget(request));
        var cells = ReviewCells.NormaliseAll(request.Cells ?? [], out var problem);
        if (cells is null) return ReviewOutcome.Refused(problem!);
        var entry = NewEntry(target, ReviewAction.Comment, request.By, role, request.Comment.Trim(), cells);
        await store.AddAsync(entry, cancellationToken);
        return new ReviewOutcome(entry, null);
    }

    /// <summary>The longest reply a delegation may post from its page (characters).</summary>
    public const int MaxReplyLength = 4000;

    /// <summary>
    /// The delegation's reply from its page, on its thread (role Delegation; who: the name it gave, else the
    /// delegation's). Refused when empty or longer than <see cref="MaxReplyLength"/>.
    /// </summary>
    public async Task<ReviewOutcome> ReplyAsync(Contributor contributor, CycleId cycleId, string? comment, string? name, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(comment)) return ReviewOutcome.Refused("A reply needs some text.");
        if (comment.Trim().Length > MaxReplyLength) return ReviewOutcome.Refused($"A reply is at most {MaxReplyLength} characters.");
        var person = name?.Trim() ?? "";
        var by = person.Length == 0 ? contributor.Name : $"{(person.Length > 100 ? person[..100] : person)}, {contributor.Name}";
        return await CommentAsync(new ReviewRequest(cycleId, contributor.Id, by, comment), ReviewRole.Delegation, cancellationToken);
    }

    /// <summary>The delegations' replies of a cycle (one contributor's with <paramref name="contributorId"/>), oldest first: what the Presidency's page lists.</summary>
    public async Task<IReadOnlyList<ReviewEntry>> RepliesAsync(CycleId cycleId, ContributorId? contributorId = null, CancellationToken cancellationToken = default)
    {
        var entries = contributorId is not { } contributor ? await store.ForCycleAsync(cycleId, cancellationToken) : await store.ThreadAsync(cycleId, contributor, cancellationToken);
        return entries.Where(e => e.Role == ReviewRole.Delegation && e.Action == ReviewAction.Comment).ToList();
    }

    /// <summary>The intake's hook: a newly current return is received (recorded once per submission).</summary>
    public async Task BecameCurrentAsync(Submission submission, CancellationToken cancellationToken)
    {
        var (cycleId, contributorId) = submission.Owner;
        if (await store.HasReceivedAsync(cycleId, contributorId, submission.Id, cancellationToken)) return;
        var at = clock.GetUtcNow();
        await store.AddAsync(new ReviewEntry(cycleId, contributorId, ReviewStore.NewId(at), ReviewAction.Received, submission.Id,
            "intake", ReviewRole.System, at, $"accepted upload “{submission.FileName}” became the current return", []), cancellationToken);
    }

    private async Task<ReviewOutcome> DecideAsync(ReviewRequest request, ReviewAction action, bool handOff, CancellationToken cancellationToken)
    {
        if (await TargetAsync(request.CycleId, request.ContributorId, cancellationToken) is not { } target)
            return ReviewOutcome.Refused(UnknownTarget(request));
        if (target.Current is null)
            return ReviewOutcome.Refused($"{target.Contributor.Name} has no accepted return in cycle {target.Cycle.Id}: there is nothing to review yet.");
        if (action == ReviewAction.CorrectionRequested && string.IsNullOrWhiteSpace(request.Comment))
            return ReviewOutcome.Refused("A correction request needs a comment to the delegation (--comment).");
        var cells = ReviewCells.NormaliseAll(request.Cells ?? [], out var problem);
        if (cells is null) return ReviewOutcome.Refused(problem!);
        var entry = NewEntry(target, action, request.By, ReviewRole.Presidency, request.Comment?.Trim(), cells);
        OutboxKey? mail = null;
        if (action == ReviewAction.CorrectionRequested)
        {
            mail = OutboxKey.ForCorrection(target.Cycle.Id, target.Contributor.Id, entry.Id);
            entry = entry with { MailKey = mail.Value.RowKey };
        }
        // The request first, then its e-mail: a retry after a crash between them is a new request, never a second e-mail of this one.
        await store.AddAsync(entry, cancellationToken);
        if (mail is { } key) await QueueMailAsync(target, entry, key, handOff, cancellationToken);
        return new ReviewOutcome(entry, null, mail);
    }

    private async Task QueueMailAsync(ReviewTarget target, ReviewEntry entry, OutboxKey key, bool handOff, CancellationToken cancellationToken)
    {
        var link = uploadLinks is null ? null : await uploadLinks.UploadLinkAsync(target.Cycle, target.Contributor, cancellationToken);
        var content = await CorrectionMail.ComposeAsync(target.Cycle, target.Contributor, entry, target.Current!, link);
        var to = target.Contributor.Emails.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).ToList();
        var outboxEntry = new OutboxEntry(key, OutboxEntryType.Correction, target.Contributor.Id, null, null, BrusselsTime.DateAt(entry.At), entry.At, to, content)
        {
            ReplyTo = string.IsNullOrWhiteSpace(target.Cycle.OwnerEmail) ? null : target.Cycle.OwnerEmail.Trim(),
        };
        await reminders.Outbox.TryAddAsync(outboxEntry, cancellationToken);
        if (handOff) await reminders.HandOffAsync(key, cancellationToken);
    }

    private ReviewEntry NewEntry(ReviewTarget target, ReviewAction action, string by, ReviewRole role, string? comment, IReadOnlyList<string> cells)
    {
        var at = clock.GetUtcNow();
        return new ReviewEntry(target.Cycle.Id, target.Contributor.Id, ReviewStore.NewId(at), action, target.Current?.Id,
            string.IsNullOrWhiteSpace(by) ? "unknown" : by.Trim(), role, at, comment, cells);
    }

    private async Task<ReviewTarget?> TargetAsync(CycleId cycleId, ContributorId contributorId, CancellationToken cancellationToken)
    {
        var cycle = await cycles.GetAsync(cycleId, cancellationToken);
        var record = cycle is null ? null : await cycles.ContributorAsync(cycleId, contributorId, cancellationToken);
        if (cycle is null || record is null) return null;
        // The workbook is the return under review; a contributor that filed only a Word document (its narrative) is reviewed on that.
        var currentId = record.Pointers.CurrentSubmissionId ?? record.Pointers.CurrentDocumentId;
        var current = currentId is { } id ? await queries.SubmissionAsync(cycleId, contributorId, id, cancellationToken) : null;
        return new ReviewTarget(cycle, record.Contributor, current);
    }

    private static string UnknownTarget(ReviewRequest request) =>
        $"Cycle '{request.CycleId}' has no contributor '{request.ContributorId}' (`thb cycle show {request.CycleId}` lists them).";
}
