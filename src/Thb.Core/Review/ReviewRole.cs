namespace Thb.Review;

/// <summary>Who wrote an entry of a review thread: the Presidency, the delegation, or the pipeline itself (an upload received).</summary>
public enum ReviewRole
{
    Presidency,
    Delegation,
    System,
}
