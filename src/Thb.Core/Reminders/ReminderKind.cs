using System.Globalization;
using Thb.Json;

namespace Thb.Reminders;

/// <summary>
/// A reminder's slot in the schedule: "before-14" (14 days before the deadline) or "overdue-2" (the second overdue
/// notice, a week after the first). Part of the outbox key, so each slot is sent at most once per deadline.
/// </summary>
public readonly record struct ReminderKind
{
    private ReminderKind(ReminderPhase phase, int number)
    {
        Phase = phase;
        Number = number;
    }

    public ReminderPhase Phase { get; }

    /// <summary>Days before the deadline (<see cref="ReminderPhase.Before"/>) or the overdue notice's number, from 1.</summary>
    public int Number { get; }

    public bool IsOverdue => Phase == ReminderPhase.Overdue;

    public static ReminderKind Before(int days) =>
        days >= 0 ? new(ReminderPhase.Before, days) : throw new ArgumentOutOfRangeException(nameof(days), "Reminders are zero or more days before the deadline.");

    public static ReminderKind Overdue(int notice) =>
        notice >= 1 ? new(ReminderPhase.Overdue, notice) : throw new ArgumentOutOfRangeException(nameof(notice), "Overdue notices are numbered from 1.");

    public override string ToString() =>
        $"{KebabCase.Of(Phase)}-{Number.ToString(CultureInfo.InvariantCulture)}";

    public static bool TryParse(string? text, out ReminderKind kind)
    {
        kind = default;
        if (text is null) return false;
        var dash = text.LastIndexOf('-');
        if (dash <= 0 || !int.TryParse(text.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return false;
        if (!KebabCase.TryParse<ReminderPhase>(text[..dash], out var phase) || phase == ReminderPhase.Overdue && number < 1) return false;
        kind = phase == ReminderPhase.Overdue ? Overdue(number) : Before(number);
        return true;
    }

    public static ReminderKind Parse(string text) =>
        TryParse(text, out var kind) ? kind : throw new FormatException($"'{text}' is not a reminder kind (before-N or overdue-N).");

    /// <summary>The slot in words, for people: "7 days before the deadline", "overdue notice 2".</summary>
    public string Describe() => ReminderTexts.Describe(this, Localisation.Language.English);
}
