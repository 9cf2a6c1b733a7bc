namespace Thb.Reminders;

public enum ReminderPhase
{
    /// <summary>Days before the contributor's deadline (0 = on the deadline day).</summary>
    Before,
    /// <summary>After the deadline: notice 1 the day after, then one a week.</summary>
    Overdue,
}
