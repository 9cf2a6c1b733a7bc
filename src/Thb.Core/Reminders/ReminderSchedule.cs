using Thb.Cycles;

namespace Thb.Reminders;

/// <summary>
/// When reminders fall due, in Brussels dates: one at each configured offset before the deadline, an overdue notice
/// the day after it, then one a week. Pure: the sweep and the sender both ask "which slot is current today?", so a
/// sweep that missed days sends the one current reminder rather than every slot it missed.
/// </summary>
public static class ReminderSchedule
{
    public const int OverdueIntervalDays = 7;

    /// <summary>The Brussels date on which a slot falls due for a deadline.</summary>
    public static DateOnly DueOn(ReminderKind kind, DateOnly deadline) => kind.IsOverdue
        ? deadline.AddDays(1 + OverdueIntervalDays * (kind.Number - 1))
        : deadline.AddDays(-kind.Number);

    /// <summary>The most recent slot due on or before <paramref name="today"/>, or null when none is due yet.</summary>
    public static ReminderKind? Current(IReadOnlyList<int> offsets, DateOnly deadline, DateOnly today)
    {
        if (today > deadline)
            return ReminderKind.Overdue((today.DayNumber - deadline.DayNumber - 1) / OverdueIntervalDays + 1);
        var daysLeft = deadline.DayNumber - today.DayNumber;
        // A slot of d days is due from deadline - d on; the latest one due is the smallest d still ≥ the days left.
        var due = offsets.Where(d => d >= daysLeft).ToList();
        return due.Count == 0 ? null : ReminderKind.Before(due.Min());
    }

    /// <summary>The Brussels-date form of <see cref="Current(IReadOnlyList{int}, DateOnly, DateOnly)"/>.</summary>
    public static ReminderKind? Current(IReadOnlyList<int> offsets, DateOnly deadline, DateTimeOffset now) =>
        Current(offsets, deadline, BrusselsTime.DateAt(now));

    /// <summary>The first slot falling due after <paramref name="today"/> (overdue notices never end while the cycle is open).</summary>
    public static (ReminderKind Kind, DateOnly DueOn) Next(IReadOnlyList<int> offsets, DateOnly deadline, DateOnly today)
    {
        if (today > deadline)
        {
            var next = ReminderKind.Overdue(Current(offsets, deadline, today)!.Value.Number + 1);
            return (next, DueOn(next, deadline));
        }
        var daysLeft = deadline.DayNumber - today.DayNumber;
        var later = offsets.Where(d => d < daysLeft).ToList();
        var kind = later.Count == 0 ? ReminderKind.Overdue(1) : ReminderKind.Before(later.Max());
        return (kind, DueOn(kind, deadline));
    }
}
