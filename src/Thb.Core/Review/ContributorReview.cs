using Thb.Cycles;
namespace Thb.Review;

/// <summary>The review state of a contributor's current return, and the decision it comes from (null while received).</summary>
public sealed record ContributorReview(ContributorId ContributorId, SubmissionId SubmissionId, ReviewState State, ReviewEntry? Decision)
{
    public bool IsApproved => State == ReviewState.Approved;
}
