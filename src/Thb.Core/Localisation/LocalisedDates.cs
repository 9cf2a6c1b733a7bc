namespace Thb.Localisation;

/// <summary>
/// Brussels dates written the language's way: "8 December 2026", "8 décembre 2026" ("1er décembre" on the first),
/// "8. Dezember 2026"; with the weekday "Tuesday 8 December 2026", "mardi 8 décembre 2026", "Dienstag, 8. Dezember 2026".
/// </summary>
public static class LocalisedDates
{
    public static string Date(DateOnly date, Language language)
    {
        if (language == Language.German) return date.ToString("d. MMMM yyyy", language.Culture);
        if (language == Language.French && date.Day == 1) return "1er " + date.ToString("MMMM yyyy", language.Culture);
        return date.ToString("d MMMM yyyy", language.Culture);
    }

    public static string LongDate(DateOnly date, Language language)
    {
        var weekday = date.ToString("dddd", language.Culture);
        return language == Language.German ? $"{weekday}, {Date(date, language)}" : $"{weekday} {Date(date, language)}";
    }

    /// <summary>"March 2010", "mars 2010", "März 2010".</summary>
    public static string Month(DateOnly date, Language language) => date.ToString("MMMM yyyy", language.Culture);

    /// <summary>A Brussels date and time: "8 December 2026, 14:05", "8 décembre 2026 à 14:05", "8. Dezember 2026, 14:05 Uhr".</summary>
    public static string DateTime(DateTimeOffset brusselsTime, Language language)
    {
        var date = Date(DateOnly.FromDateTime(brusselsTime.DateTime), language);
        var time = brusselsTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return language == Language.French ? $"{date} à {time}" : language == Language.German ? $"{date}, {time} Uhr" : $"{date}, {time}";
    }
}
