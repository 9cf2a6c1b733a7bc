namespace Thb.Portal.Pages;

/// <summary>Where a delegation stands: nothing yet, being checked, accepted, an earlier acceptance kept, or rejected.</summary>
public enum Standing
{
    None,
    Pending,
    Accepted,
    Kept,
    Rejected,
}
