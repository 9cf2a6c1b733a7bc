using Thb.Localisation;

namespace Thb.Reminders;

/// <summary>The reminders' words (ReminderTexts.resx, .fr.resx, .de.resx): subject, body and the slot of the schedule.</summary>
public static class ReminderTexts
{
    public static LocalisedTexts In(Language language) => TextCatalogue.For(typeof(ReminderTexts), language);

    /// <summary>The slot in words, for people: "7 days before the deadline", "7 jours avant la date limite", "Mahnung Nr. 2 (1. Woche …)".</summary>
    public static string Describe(ReminderKind kind, Language language)
    {
        var t = In(language);
        return (kind.Phase, kind.Number) switch
        {
            (ReminderPhase.Before, 0) => t["Kind.DeadlineDay"],
            (ReminderPhase.Before, 1) => t["Kind.BeforeOne"],
            (ReminderPhase.Before, var n) => t.Format("Kind.Before", n),
            (_, 1) => t["Kind.OverdueFirst"],
            (_, 2) => t.Format("Kind.OverdueWeekOne", 2),
            (_, var n) => t.Format("Kind.Overdue", n, n - 1),
        };
    }
}
