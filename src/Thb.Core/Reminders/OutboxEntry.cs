using Azure;

namespace Thb.Reminders;

/// <summary>Where an outbox entry stands. Pending → Sending → Sent; or Skipped/Failed, which are final too.</summary>
public enum OutboxState
{
    /// <summary>Written by a sweep, not yet handed to the mail server.</summary>
    Pending,
    /// <summary>
    /// Claimed by a sender just before the SMTP transaction. If the sender dies here nobody can tell whether the server
    /// took the message (SMTP has no way to ask), so the entry is never sent again automatically: it shows as
    /// "unconfirmed" once its claim is older than the lease, for a person to check.
    /// </summary>
    Sending,
    Sent,
    /// <summary>No longer wanted when the sender got to it (return accepted, deadline moved, cycle closed, a later slot due).</summary>
    Skipped,
    /// <summary>The mail server refused it for good (5xx), e.g. an address that does not exist.</summary>
    Failed,
}

public enum OutboxEntryType
{
    Reminder,
    Digest,
}

/// <summary>The e-mail itself, composed when the sweep records it: a redelivered message sends the very same text.</summary>
public sealed record MailContent(string Subject, string Text, string Html);

/// <summary>One e-mail in the outbox, with its delivery record.</summary>
public sealed record OutboxEntry(
    OutboxKey Key,
    OutboxEntryType Type,
    string? ContributorId,
    ReminderKind? Kind,
    DateOnly? Deadline,
    DateOnly DueOn,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> To,
    MailContent Content,
    OutboxState State = OutboxState.Pending,
    DateTimeOffset? AttemptAt = null,
    int Attempts = 0,
    DateTimeOffset? SentAt = null,
    string? Note = null,
    string? Via = null,
    ETag ETag = default)
{
    /// <summary>Where replies go: the cycle owner, for reminders (the sender address is a no-reply one).</summary>
    public string? ReplyTo { get; init; }

    public bool IsFinal => State is OutboxState.Sent or OutboxState.Skipped or OutboxState.Failed;

    /// <summary>A claim older than the lease: the sender stopped mid-send, and whether the server took the message is unknown.</summary>
    public bool IsUnconfirmed(DateTimeOffset now, TimeSpan lease) => State == OutboxState.Sending && AttemptAt is { } at && now - at >= lease;

    public string StateText(DateTimeOffset now, TimeSpan lease) =>
        IsUnconfirmed(now, lease) ? "unconfirmed" : Thb.Json.KebabCase.Of(State);
}
