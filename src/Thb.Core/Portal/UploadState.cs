namespace Thb.Portal;

/// <summary>One upload as the delegation sees it (JSON: waiting | pending | accepted | accepted-with-warnings | rejected).</summary>
public enum UploadState
{
    /// <summary>Stored, and the intake has not recorded its verdict yet.</summary>
    Pending,
    Accepted,
    AcceptedWithWarnings,
    Rejected,

    /// <summary>Stored and queued behind other uploads (`thb serve` checks a few at a time).</summary>
    Waiting,
}
