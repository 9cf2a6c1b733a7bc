namespace Thb.Review;

/// <summary>
/// Where the Presidency's review of a contributor's current return stands (spelled "received", "approved",
/// "correction-requested"). Received: accepted by the machine, not yet looked at — also after a new accepted upload
/// replaced the return a decision was about.
/// </summary>
public enum ReviewState
{
    Received,
    Approved,
    CorrectionRequested,
}
