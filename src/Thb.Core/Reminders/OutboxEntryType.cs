namespace Thb.Reminders;

public enum OutboxEntryType
{
    Reminder,
    Digest,
    /// <summary>A correction request of the Presidency's review, to the delegation (sent once, whatever it uploads meanwhile).</summary>
    Correction,
    /// <summary>
    /// A reminder the Presidency asked for now ("remind now" on its page): one per press of the button, whatever the
    /// schedule says; still not sent once an accepted return has arrived.
    /// </summary>
    RequestedReminder,
}
