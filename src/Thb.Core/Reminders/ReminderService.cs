using Thb.Changes;
using Thb.Cycles;
using Thb.Intake;
using Thb.Reminders.Mail;
using Thb.Storage;

namespace Thb.Reminders;

/// <summary>
/// Reminders: the sweep (timer function and `thb remind`) records each due reminder once in the outbox and hands it to
/// the sender (queue function, or the CLI's drain); the sender sends it once.
/// </summary>
public sealed class ReminderService
{
    private readonly ThbStorage _storage;
    private readonly CycleStore _cycles;
    private readonly SubmissionQueries _queries;
    private readonly TimeProvider _clock;
    private readonly IUploadLinkProvider? _uploadLinks;
    private readonly ReminderOptions _options;
    private readonly ChangesService? _changes;

    /// <param name="changes">When given, the Presidency's digest says per contributor what changed since the previous cycle.</param>
    public ReminderService(ThbStorage storage, CycleStore cycles, SubmissionQueries queries, MailSettings mail, TimeProvider clock,
        IUploadLinkProvider? uploadLinks = null, ReminderOptions? options = null, ChangesService? changes = null)
    {
        _changes = changes;
        _storage = storage;
        _cycles = cycles;
        _queries = queries;
        _clock = clock;
        _uploadLinks = uploadLinks;
        _options = options ?? new ReminderOptions();
        Outbox = new ReminderOutbox(storage);
        Sender = new ReminderSender(Outbox, cycles, mail, _options.Lease);
    }

    public ReminderOutbox Outbox { get; }
    public ReminderSender Sender { get; }
    public MailSettings Mail => Sender.Mail;
    public ReminderOptions Options => _options;

    /// <summary>The same service sending through other mail settings (the CLI's .eml folder lives under its working folder).</summary>
    public ReminderService WithMail(MailSettings mail) => new(_storage, _cycles, _queries, mail, _clock, _uploadLinks, _options, _changes);

    /// <summary>Sweeps every open cycle (the timer function). A cycle that fails does not stop the others.</summary>
    public async Task<IReadOnlyList<(Cycle Cycle, SweepResult? Result, Exception? Error)>> SweepOpenCyclesAsync(DateTimeOffset now, SweepMode mode, CancellationToken cancellationToken = default)
    {
        var results = new List<(Cycle, SweepResult?, Exception?)>();
        foreach (var cycle in (await _cycles.ListAsync(cancellationToken)).Where(c => c.IsOpen).OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            try
            {
                results.Add((cycle, await SweepAsync(cycle, now, mode, cancellationToken), null));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                results.Add((cycle, null, e));
            }
        }
        return results;
    }

    /// <summary>
    /// Records the reminders due at <paramref name="now"/> (the one current slot per contributor) and, when any are
    /// handed off and the cycle has an owner, the owner's digest. Writing is insert-if-absent, so a second sweep finds
    /// the first one's entries; entries still pending (a sweep that stopped before its hand-off) are handed off again.
    /// </summary>
    public async Task<SweepResult> SweepAsync(Cycle cycle, DateTimeOffset now, SweepMode mode, CancellationToken cancellationToken = default)
    {
        var statuses = await _queries.StatusAsync(cycle, cancellationToken);
        var plan = ReminderPlanner.Plan(cycle, statuses, now);
        var items = new List<SweepItem>();
        foreach (var due in plan.Due)
        {
            var key = OutboxKey.ForReminder(cycle.Id, due.Contributor.Id, due.Deadline, due.Due!.Value);
            if (await Outbox.GetAsync(key, cancellationToken) is { } existing)
            {
                items.Add(Existing(due, existing));
                continue;
            }
            var link = _uploadLinks is null ? null : await _uploadLinks.UploadLinkAsync(cycle, due.Contributor, cancellationToken);
            var content = await ReminderComposer.ReminderAsync(cycle, due.Contributor, due.Deadline, due.Due!.Value, plan.Today, due.Status.Latest, link);
            var entry = new OutboxEntry(key, OutboxEntryType.Reminder, due.Contributor.Id, due.Due, due.Deadline,
                ReminderSchedule.DueOn(due.Due!.Value, due.Deadline), now, due.Contributor.Emails.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).ToList(), content)
            {
                ReplyTo = string.IsNullOrWhiteSpace(cycle.OwnerEmail) ? null : cycle.OwnerEmail.Trim(),
            };
            if (mode == SweepMode.DryRun || await Outbox.TryAddAsync(entry, cancellationToken))
                items.Add(new SweepItem(due, key, SweepItemState.New, null, content.Subject));
            else
                items.Add(Existing(due, (await Outbox.GetAsync(key, cancellationToken))!));
        }

        SweepDigest? digest = null;
        var reminded = items.Where(i => i.State != SweepItemState.Done).ToList();
        if (reminded.Count > 0 && cycle.OwnerEmail is { } owner && !string.IsNullOrWhiteSpace(owner))
        {
            var key = OutboxKey.ForDigest(cycle.Id, reminded.Select(r => r.Key));
            var existing = await Outbox.GetAsync(key, cancellationToken);
            if (existing is not null)
            {
                digest = new SweepDigest(key, owner, existing.State == OutboxState.Pending ? SweepItemState.Pending : SweepItemState.Done, existing.Content.Subject);
            }
            else
            {
                var changes = _changes is null ? null : await _changes.CompareAsync(cycle, cancellationToken: cancellationToken);
                var content = await ReminderComposer.DigestAsync(plan, reminded.Select(r => r.Plan).ToList(), changes);
                var entry = new OutboxEntry(key, OutboxEntryType.Digest, null, null, null, plan.Today, now, [owner.Trim()], content);
                var added = mode == SweepMode.DryRun || await Outbox.TryAddAsync(entry, cancellationToken);
                digest = new SweepDigest(key, owner, added ? SweepItemState.New : SweepItemState.Done, content.Subject);
            }
        }

        var result = new SweepResult(plan, mode, items, digest);
        if (mode == SweepMode.RecordAndEnqueue)
        {
            var queue = _storage.Queue(_options.QueueName);
            foreach (var key in result.HandedOff)
                await queue.SendMessageAsync(key.ToQueueMessage(), cancellationToken);
        }
        return result;
    }

    /// <summary>
    /// A reminder the Presidency asks for now, for one contributor without an accepted return: composed like the
    /// scheduled one (the slot current today, or the days left), recorded in the outbox under the press's id, so the same
    /// press sent twice (a double click, a form posted again) is one e-mail. The caller hands it to the sender.
    /// </summary>
    public async Task<RemindNowOutcome> RemindNowAsync(Cycle cycle, ContributorId contributorId, string pressId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (!cycle.IsOpen) return RemindNowOutcome.Refused($"Cycle {cycle.Id} is closed: nobody is reminded.");
        var status = (await _queries.StatusAsync(cycle, cancellationToken)).FirstOrDefault(s => s.Contributor.Id == contributorId);
        if (status is null) return RemindNowOutcome.Refused($"Cycle '{cycle.Id}' has no contributor '{contributorId}'.");
        if (status.HasAccepted) return RemindNowOutcome.Refused($"{status.Contributor.Name} has an accepted return: there is nothing to remind it of.");
        if (!ReminderPlanner.HasAddress(status.Contributor)) return RemindNowOutcome.Refused($"{status.Contributor.Name} has no e-mail address in the registry.");
        var key = OutboxKey.ForRequestedReminder(cycle.Id, contributorId, pressId);
        if (!key.IsValid) return RemindNowOutcome.Refused("That request cannot be told apart from another: reload the page and press again.");
        if (await Outbox.GetAsync(key, cancellationToken) is not null) return new RemindNowOutcome(key, false, null);
        var today = BrusselsTime.DateAt(now);
        var kind = ReminderSchedule.Current(cycle.ReminderOffsets, status.Deadline, today) is { IsOverdue: true } overdue
            ? overdue
            : ReminderKind.Before(Math.Max(0, status.Deadline.DayNumber - today.DayNumber));
        var link = _uploadLinks is null ? null : await _uploadLinks.UploadLinkAsync(cycle, status.Contributor, cancellationToken);
        var content = await ReminderComposer.ReminderAsync(cycle, status.Contributor, status.Deadline, kind, today, status.Latest, link);
        var entry = new OutboxEntry(key, OutboxEntryType.RequestedReminder, contributorId.Value, kind, status.Deadline, today, now,
            status.Contributor.Emails.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).ToList(), content)
        {
            ReplyTo = string.IsNullOrWhiteSpace(cycle.OwnerEmail) ? null : cycle.OwnerEmail.Trim(),
        };
        return new RemindNowOutcome(key, await Outbox.TryAddAsync(entry, cancellationToken), null);
    }

    /// <summary>Sends every pending entry of a cycle, reminders before the digest (the CLI, where no queue trigger listens).</summary>
    public async Task<IReadOnlyList<SendResult>> DrainAsync(CycleId cycleId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var pending = (await Outbox.ForCycleAsync(cycleId, cancellationToken))
            .Where(e => e.State == OutboxState.Pending)
            .OrderBy(e => e.Type)
            .ThenBy(e => e.CreatedAt)
            .ThenBy(e => e.Key.RowKey, StringComparer.Ordinal)
            .Select(e => e.Key)
            .ToList();
        return pending.Count == 0 ? [] : await Sender.SendAllAsync(pending, now, cancellationToken, keepGoing: true);
    }

    /// <summary>Hands one recorded entry to the sender function (its queue), as a sweep hands off its reminders.</summary>
    public async Task HandOffAsync(OutboxKey key, CancellationToken cancellationToken = default) =>
        await _storage.Queue(_options.QueueName).SendMessageAsync(key.ToQueueMessage(), cancellationToken);

    /// <summary>Sends one entry named by a queue message (the sender function).</summary>
    public Task<SendResult> SendAsync(OutboxKey key, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Sender.SendAsync(key, now, cancellationToken);

    /// <summary>
    /// A person's decision after checking that an unconfirmed e-mail did not arrive: puts it back to pending, so the
    /// next drain or sweep sends it. Only claims older than the lease are released.
    /// </summary>
    public async Task<IReadOnlyList<OutboxKey>> ReleaseUnconfirmedAsync(CycleId cycleId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var released = new List<OutboxKey>();
        foreach (var entry in await Outbox.ForCycleAsync(cycleId, cancellationToken))
        {
            if (!entry.IsUnconfirmed(now, _options.Lease)) continue;
            if (await Outbox.TryUpdateAsync(entry with { State = OutboxState.Pending, Note = $"released by a person at {now:u} after an unconfirmed attempt" }, cancellationToken) is not null)
                released.Add(entry.Key);
        }
        return released;
    }

    private static SweepItem Existing(ContributorPlan due, OutboxEntry existing) =>
        new(due, existing.Key, existing.State == OutboxState.Pending ? SweepItemState.Pending : SweepItemState.Done, existing.State, existing.Content.Subject);
}
