using Thb.Cycles;
namespace Thb.Review;

/// <summary>
/// The pure rule of the review state: the latest decision about the current submission holds; a decision about an
/// earlier submission does not (a new accepted upload is received again); a rejected upload is never current, so it
/// changes nothing. No current return, no review.
/// </summary>
public static class ReviewStates
{
    public static ContributorReview? Of(ContributorId contributorId, SubmissionId? currentSubmissionId, IEnumerable<ReviewEntry> thread)
    {
        if (currentSubmissionId is null) return null;
        var decision = thread
            .Where(e => e.IsDecision && e.ContributorId == contributorId && e.SubmissionId == currentSubmissionId)
            .OrderBy(e => e.At).ThenBy(e => e.Id, StringComparer.Ordinal)
            .LastOrDefault();
        return decision is null
            ? new ContributorReview(contributorId, currentSubmissionId.Value, ReviewState.Received, null)
            : new ContributorReview(contributorId, currentSubmissionId.Value, decision.Action == ReviewAction.Approved ? ReviewState.Approved : ReviewState.CorrectionRequested, decision);
    }
}
