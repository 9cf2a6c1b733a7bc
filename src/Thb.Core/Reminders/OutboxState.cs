namespace Thb.Reminders;

/// <summary>Where an outbox entry stands. Pending → Sending → Sent; or Skipped/Failed, which are final too.</summary>
public enum OutboxState
{
    /// <summary>Written by a sweep, not yet handed to the mail server.</summary>
    Pending,
    /// <summary>
    /// Claimed by a sender just before the SMTP transaction. If the sender dies here nobody can tell whether the server
    /// took the message (SMTP has no way to ask), so the entry is never sent again automatically: it shows as
    /// "unconfirmed" once its claim is older than the lease, for a person to check.
    /// </summary>
    Sending,
    Sent,
    /// <summary>No longer wanted when the sender got to it (return accepted, deadline moved, cycle closed, a later slot due).</summary>
    Skipped,
    /// <summary>The mail server refused it for good (5xx), e.g. an address that does not exist.</summary>
    Failed,
}
