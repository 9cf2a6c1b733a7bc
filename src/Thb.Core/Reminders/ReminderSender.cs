using MimeKit;
using Thb.Cycles;
using Thb.Reminders.Mail;

namespace Thb.Reminders;

/// <summary>
/// Sends outbox entries, each at most once and — unless the process dies inside the SMTP transaction — exactly once:
/// load the entry; finished → nothing to do; still wanted? (else Skipped); connect; claim it (Pending → Sending, guarded
/// by its ETag, so of two concurrent deliveries only one proceeds); hand the message over; record Sent. A failure the
/// server reports (it did not take the message) releases the claim for a retry; a crash after the claim leaves
/// Sending, which is never sent again automatically, because SMTP cannot tell whether the server took it.
/// </summary>
public sealed class ReminderSender(ReminderOutbox outbox, CycleStore cycles, MailSettings mail, TimeSpan lease)
{
    public static readonly TimeSpan DefaultLease = TimeSpan.FromMinutes(10);

    public MailSettings Mail => mail;
    public TimeSpan Lease => lease;

    /// <summary>Test seam: runs after the server took a message and before it is recorded as sent (a crash there is simulated by throwing).</summary>
    internal Func<OutboxEntry, Task>? AfterHandOver { get; set; }

    public async Task<SendResult> SendAsync(OutboxKey key, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        (await SendAllAsync([key], now, cancellationToken))[0];

    /// <summary>Sends several entries over one connection (opened only if one of them needs sending).</summary>
    /// <param name="keepGoing">
    /// Report a transient fault as <see cref="SendOutcome.Error"/> and go on with the next entry (the CLI's drain);
    /// otherwise it is thrown, so that a queue trigger retries.
    /// </param>
    public async Task<IReadOnlyList<SendResult>> SendAllAsync(IReadOnlyList<OutboxKey> keys, DateTimeOffset now, CancellationToken cancellationToken = default, bool keepGoing = false)
    {
        if (mail.Problem is { } problem) throw new InvalidOperationException($"Mail is not configured correctly, so nothing is sent: {problem}");
        await using var connection = new Connection(mail.Transport);
        var results = new List<SendResult>();
        foreach (var key in keys)
        {
            try
            {
                results.Add(await SendOneAsync(key, now, connection, cancellationToken));
            }
            catch (Exception e) when (keepGoing && e is not OperationCanceledException)
            {
                await connection.ResetAsync();
                results.Add(new(key, SendOutcome.Error, e.Message));
            }
        }
        return results;
    }

    private async Task<SendResult> SendOneAsync(OutboxKey key, DateTimeOffset now, Connection connection, CancellationToken cancellationToken)
    {
        while (true)
        {
            var entry = await outbox.GetAsync(key, cancellationToken);
            if (entry is null) return new(key, SendOutcome.Missing);
            if (Settled(key, entry, now) is { } settled) return settled;

            if (await WhyNotWantedAsync(entry, now, cancellationToken) is { } reason)
            {
                if (await outbox.TryUpdateAsync(entry with { State = OutboxState.Skipped, Note = reason }, cancellationToken) is null) continue;
                return new(key, SendOutcome.Skipped, reason);
            }

            var message = BuildMessage(entry, out var badAddresses);
            if (message.To.Count == 0)
            {
                var note = $"no valid recipient address ({string.Join(", ", badAddresses)})";
                if (await outbox.TryUpdateAsync(entry with { State = OutboxState.Failed, Note = note }, cancellationToken) is null) continue;
                return new(key, SendOutcome.Failed, note);
            }

            // Connect before claiming: a server that is down leaves the entry pending, for the retry.
            var session = await connection.SessionAsync(cancellationToken);
            var claimed = await outbox.TryUpdateAsync(entry with { State = OutboxState.Sending, AttemptAt = now, Attempts = entry.Attempts + 1 }, cancellationToken);
            if (claimed is null) continue;

            string via;
            try
            {
                via = await session.SendAsync(message, cancellationToken);
            }
            catch (MailNotSentException e)
            {
                await connection.ResetAsync();
                if (e.Permanent)
                {
                    await outbox.TryUpdateAsync(claimed with { State = OutboxState.Failed, Note = e.Message }, cancellationToken);
                    return new(key, SendOutcome.Failed, e.Message);
                }
                // Certainly not taken: release the claim so that the retry sends it.
                await outbox.TryUpdateAsync(claimed with { State = OutboxState.Pending, Note = e.Message }, CancellationToken.None);
                throw;
            }
            catch
            {
                // Unknown whether the server took it: the claim stays, and the entry is not sent again.
                await connection.ResetAsync();
                throw;
            }

            if (AfterHandOver is { } hook) await hook(claimed);
            var sent = claimed with { State = OutboxState.Sent, SentAt = now, Via = via, Note = badAddresses.Count == 0 ? null : $"invalid address(es) left out: {string.Join(", ", badAddresses)}" };
            // Recorded even if the caller gave up meanwhile: the message is out.
            await outbox.TryUpdateAsync(sent, CancellationToken.None);
            return new(key, SendOutcome.Sent, via);
        }
    }

    /// <summary>What becomes of an entry that is not pending: nothing to send (sent, skipped, failed) or someone else's to send; null when pending.</summary>
    private SendResult? Settled(OutboxKey key, OutboxEntry entry, DateTimeOffset now) => entry.State switch
    {
        OutboxState.Sent => new(key, SendOutcome.AlreadySent, entry.Via),
        OutboxState.Skipped => new(key, SendOutcome.Skipped, entry.Note),
        OutboxState.Failed => new(key, SendOutcome.Failed, entry.Note),
        OutboxState.Sending when entry.IsUnconfirmed(now, lease) =>
            new(key, SendOutcome.Unconfirmed, $"claimed at {entry.AttemptAt:u} and never confirmed: it may or may not have gone out; not resent automatically"),
        OutboxState.Sending => new(key, SendOutcome.InFlight, $"claimed at {entry.AttemptAt:u} by another sender"),
        _ => null,
    };

    /// <summary>Why a pending reminder is no longer wanted at <paramref name="now"/>, or null when it still is.</summary>
    private async Task<string?> WhyNotWantedAsync(OutboxEntry entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cycle = await cycles.GetAsync(CycleId.Parse(entry.Key.CycleId), cancellationToken);
        if (cycle is null) return "the cycle no longer exists";
        if (entry.Type == OutboxEntryType.Digest) return null;
        if (!cycle.IsOpen) return "the cycle was closed";
        if (entry.Type == OutboxEntryType.Correction) return null; // a request made is sent, whatever was uploaded since
        var record = ContributorId.TryParse(entry.ContributorId, out var contributorId) ? await cycles.ContributorAsync(cycle.Id, contributorId, cancellationToken) : null;
        if (record is null) return "the contributor is no longer part of the cycle";
        if (record.Pointers.HasAccepted) return "an accepted return has arrived";
        if (!ReminderPlanner.HasAddress(record.Contributor)) return "the contributor has no e-mail address any more";
        if (entry.Type == OutboxEntryType.RequestedReminder) return null; // asked for by a person, not a slot of the schedule
        var deadline = record.Contributor.DeadlineIn(cycle);
        if (deadline != entry.Deadline) return $"the deadline moved to {deadline:yyyy-MM-dd}";
        var current = ReminderSchedule.Current(cycle.ReminderOffsets, deadline, now);
        if (current != entry.Kind) return current is null ? "not due at this moment" : $"superseded by {current}, due now";
        return null;
    }

    private MimeMessage BuildMessage(OutboxEntry entry, out List<string> badAddresses)
    {
        badAddresses = [];
        var message = new MimeMessage();
        message.From.Add(mail.From);
        foreach (var address in entry.To)
        {
            if (MailboxAddress.TryParse(address, out var mailbox) && mailbox.Address.Contains('@')) message.To.Add(mailbox);
            else badAddresses.Add(address);
        }
        if (entry.ReplyTo is { } replyTo && MailboxAddress.TryParse(replyTo, out var replyMailbox)) message.ReplyTo.Add(replyMailbox);
        message.Subject = entry.Content.Subject;
        message.MessageId = entry.Key.MessageId;
        message.Date = entry.CreatedAt;
        // RFC 3834: tells auto-responders (out-of-office) not to answer.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-Thb-Outbox", entry.Key.ToString());
        message.Body = new BodyBuilder { TextBody = entry.Content.Text, HtmlBody = entry.Content.Html }.ToMessageBody();
        return message;
    }

    /// <summary>One connection for a batch, opened on first need and dropped after any failure.</summary>
    private sealed class Connection(IMailTransport transport) : IAsyncDisposable
    {
        private IMailSession? _session;

        public async Task<IMailSession> SessionAsync(CancellationToken cancellationToken) =>
            _session ??= await transport.OpenAsync(cancellationToken);

        public async Task ResetAsync()
        {
            var session = _session;
            _session = null;
            if (session is not null) await session.DisposeAsync();
        }

        public ValueTask DisposeAsync() => new(ResetAsync());
    }
}
