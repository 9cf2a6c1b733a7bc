namespace Thb.Portal;

/// <summary>One upload as the delegation sees it (JSON: waiting | pending | accepted | accepted-with-warnings | rejected | retrying | failed).</summary>
public enum UploadState
{
    /// <summary>Stored, and the intake has not recorded its verdict yet.</summary>
    Pending,
    Accepted,
    AcceptedWithWarnings,
    Rejected,

    /// <summary>Checking failed or was cut off; it is being tried again.</summary>
    Retrying,

    /// <summary>Every attempt failed: the file is kept and the operator looks into it.</summary>
    Failed,

    /// <summary>Stored and queued behind other uploads (`thb serve` checks a few at a time).</summary>
    Waiting,
}
