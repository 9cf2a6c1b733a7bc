namespace Thb.Review;

/// <summary>What one entry of a review thread records: an accepted upload arriving, a decision, or a comment.</summary>
public enum ReviewAction
{
    Received,
    Approved,
    CorrectionRequested,
    Comment,
}
