using Azure;

namespace Thb.Reminders;

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
