using Thb.Reminders;

namespace Thb.Tests.Reminders;

public class ReminderScheduleTests
{
    private static readonly DateOnly Deadline = new(2026, 6, 15);
    private static readonly int[] Offsets = [14, 7, 2];

    [Theory]
    [InlineData("2026-05-31", null)]          // 15 days before: nothing yet
    [InlineData("2026-06-01", "before-14")]   // exactly 14 days before
    [InlineData("2026-06-07", "before-14")]   // 8 days before: the 14-day slot is still the current one
    [InlineData("2026-06-08", "before-7")]
    [InlineData("2026-06-12", "before-7")]
    [InlineData("2026-06-13", "before-2")]
    [InlineData("2026-06-15", "before-2")]    // deadline day: no 0-day slot configured
    [InlineData("2026-06-16", "overdue-1")]   // the day after
    [InlineData("2026-06-22", "overdue-1")]
    [InlineData("2026-06-23", "overdue-2")]   // a week after the first notice
    [InlineData("2026-06-30", "overdue-3")]
    public void The_current_slot_is_the_latest_one_due(string today, string? expected)
    {
        var current = ReminderSchedule.Current(Offsets, Deadline, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, current?.ToString());
    }

    [Fact]
    public void A_sweep_that_missed_days_gets_one_current_slot_not_the_missed_ones()
    {
        // Host down from 20 days before the deadline until 3 days before: the 14- and 7-day slots were missed.
        Assert.Equal(ReminderKind.Before(7), ReminderSchedule.Current(Offsets, Deadline, new DateOnly(2026, 6, 12)));
        // Down for three weeks past the deadline: one overdue notice (the third), not three.
        Assert.Equal(ReminderKind.Overdue(3), ReminderSchedule.Current(Offsets, Deadline, new DateOnly(2026, 7, 1)));
    }

    [Fact]
    public void A_zero_offset_reminds_on_the_deadline_day()
    {
        Assert.Equal(ReminderKind.Before(0), ReminderSchedule.Current([7, 0], Deadline, Deadline));
        Assert.Equal(ReminderKind.Before(7), ReminderSchedule.Current([7, 0], Deadline, Deadline.AddDays(-1)));
    }

    [Fact]
    public void No_offsets_means_only_overdue_notices()
    {
        Assert.Null(ReminderSchedule.Current([], Deadline, Deadline));
        Assert.Equal(ReminderKind.Overdue(1), ReminderSchedule.Current([], Deadline, Deadline.AddDays(1)));
    }

    [Fact]
    public void Due_dates_and_next_slots()
    {
        Assert.Equal(new DateOnly(2026, 6, 1), ReminderSchedule.DueOn(ReminderKind.Before(14), Deadline));
        Assert.Equal(new DateOnly(2026, 6, 16), ReminderSchedule.DueOn(ReminderKind.Overdue(1), Deadline));
        Assert.Equal(new DateOnly(2026, 6, 23), ReminderSchedule.DueOn(ReminderKind.Overdue(2), Deadline));

        Assert.Equal((ReminderKind.Before(14), new DateOnly(2026, 6, 1)), ReminderSchedule.Next(Offsets, Deadline, new DateOnly(2026, 5, 1)));
        Assert.Equal((ReminderKind.Before(7), new DateOnly(2026, 6, 8)), ReminderSchedule.Next(Offsets, Deadline, new DateOnly(2026, 6, 1)));
        Assert.Equal((ReminderKind.Overdue(1), new DateOnly(2026, 6, 16)), ReminderSchedule.Next(Offsets, Deadline, new DateOnly(2026, 6, 13)));
        Assert.Equal((ReminderKind.Overdue(2), new DateOnly(2026, 6, 23)), ReminderSchedule.Next(Offsets, Deadline, new DateOnly(2026, 6, 16)));
    }

    [Fact]
    public void Every_slot_is_current_on_its_own_due_date()
    {
        foreach (var kind in new[] { ReminderKind.Before(14), ReminderKind.Before(7), ReminderKind.Before(2), ReminderKind.Overdue(1), ReminderKind.Overdue(5) })
            Assert.Equal(kind, ReminderSchedule.Current(Offsets, Deadline, ReminderSchedule.DueOn(kind, Deadline)));
    }

    [Theory]
    [InlineData("before-14", true)]
    [InlineData("before-0", true)]
    [InlineData("overdue-3", true)]
    [InlineData("overdue-0", false)]
    [InlineData("after-3", false)]
    [InlineData("before-", false)]
    [InlineData("before--1", false)]
    public void Kinds_round_trip_as_text(string text, bool valid)
    {
        Assert.Equal(valid, ReminderKind.TryParse(text, out var kind));
        if (valid) Assert.Equal(text, kind.ToString());
    }

    [Fact]
    public void Kinds_describe_themselves()
    {
        Assert.Equal("7 days before the deadline", ReminderKind.Before(7).Describe());
        Assert.Equal("on the deadline day", ReminderKind.Before(0).Describe());
        Assert.Equal("overdue notice 1 (day after the deadline)", ReminderKind.Overdue(1).Describe());
    }
}
