namespace Thb.Reminders;

public enum OutboxEntryType
{
    Reminder,
    Digest,
}
