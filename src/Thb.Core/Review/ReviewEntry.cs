using Thb.Cycles;
namespace Thb.Review;

/// <summary>
/// One entry of a contributor's review thread (table "reviews"), never changed once written: who, when, about which
/// submission, what — and for a correction request the cells it points at and the e-mail it queued.
/// </summary>
public sealed record ReviewEntry(
    CycleId CycleId,
    ContributorId ContributorId,
    string Id,
    ReviewAction Action,
    SubmissionId? SubmissionId,
    string By,
    ReviewRole Role,
    DateTimeOffset At,
    string? Comment,
    IReadOnlyList<string> Cells,
    string? MailKey = null)
{
    public bool IsDecision => Action is ReviewAction.Approved or ReviewAction.CorrectionRequested;
}
