namespace Thb.Reminders;

public enum SendOutcome
{
    Sent,
    /// <summary>Sent before (a redelivered message, a second drain): nothing done.</summary>
    AlreadySent,
    /// <summary>Another sender claimed it moments ago and is presumably sending it: nothing done.</summary>
    InFlight,
    /// <summary>A sender claimed it and stopped before recording the outcome; never resent automatically (see <see cref="OutboxState.Sending"/>).</summary>
    Unconfirmed,
    Skipped,
    Failed,
    /// <summary>No such outbox entry (a stray queue message).</summary>
    Missing,
    /// <summary>A transient fault (server down, connection lost): left for a later run — pending, or unconfirmed if it broke mid-send.</summary>
    Error,
}
