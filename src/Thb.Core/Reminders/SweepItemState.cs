namespace Thb.Reminders;

/// <summary>What a sweep did with one due reminder (or the digest).</summary>
public enum SweepItemState
{
    /// <summary>Recorded by this sweep (or, in a dry run, would be).</summary>
    New,
    /// <summary>Recorded by an earlier sweep and not sent yet (that sweep stopped before the hand-off): handed off again.</summary>
    Pending,
    /// <summary>Already sent, skipped, failed or being sent: nothing to do.</summary>
    Done,
}
