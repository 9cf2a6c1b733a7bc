namespace Thb.Reminders;

public enum OutboxEntryType
{
    Reminder,
    Digest,
    /// <summary>A correction request of the Presidency's review, to the delegation (sent once, whatever it uploads meanwhile).</summary>
    Correction,
}
