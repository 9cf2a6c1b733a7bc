using Thb.Changes;
using Thb.Cycles;
using Thb.Intake;
using Thb.Reminders;
using Thb.Review;

namespace Thb.Portal.Pages;

/// <summary>
/// One contributor on the Presidency's workspace: where its return stands (the reminder plan carries the status), the
/// review of it, its rows with those needing attention first, what changed since the previous cycle, its e-mails in the
/// outbox, the delegation's replies on its review thread (oldest first), and the id of this rendering's "remind now"
/// press (one e-mail per press).
/// </summary>
public sealed record ContributorDesk(ContributorPlan Plan, ContributorReview? Review, IReadOnlyList<RowAttention> Rows, ContributorChanges? Changes,
    IReadOnlyList<OutboxEntry> Mail, string PressId)
{
    /// <summary>What the delegation wrote back from its page, oldest first.</summary>
    public IReadOnlyList<ReviewEntry> Replies { get; init; } = [];

    public ContributorStatus Status => Plan.Status;
    public Contributor Contributor => Plan.Contributor;

    public IReadOnlyList<RowAttention> Attention => Rows.Where(r => r.NeedsAttention).ToList();

    /// <summary>Reminders sent, scheduled or asked for, newest first.</summary>
    public IReadOnlyList<OutboxEntry> RemindersSent => Mail
        .Where(e => e.Type is OutboxEntryType.Reminder or OutboxEntryType.RequestedReminder && e.State == OutboxState.Sent)
        .OrderByDescending(e => e.SentAt ?? e.CreatedAt).ToList();

    /// <summary>Recorded and not sent yet (pending, or being sent).</summary>
    public IReadOnlyList<OutboxEntry> Waiting => Mail.Where(e => !e.IsFinal).OrderByDescending(e => e.CreatedAt).ToList();

    /// <summary>A reminder makes sense: the cycle is open, nothing accepted yet, and someone to write to.</summary>
    public bool CanRemind => Plan.Standing is ReminderStanding.Due or ReminderStanding.NotYetDue;

    /// <summary>There is an accepted return (workbook, or a Word document alone) to approve or ask a correction of.</summary>
    public bool CanReview => Review is not null;
}
