namespace Thb.Normalising.Durations;

/// <summary>Marker words of duration cells (folded: lower case, no diacritics), in English, French and German, from
/// <c>duration-words.json</c>.</summary>
internal static class DurationWords
{
    /// <summary>A number before one of these counts something ("12 months", "3 years"); it is not a date.</summary>
    public static readonly HashSet<string> Units = DurationData.Words.Set("units");

    public static readonly HashSet<string> OpenStart = DurationData.Words.Set("open-start");

    public static readonly HashSet<string> Until = DurationData.Words.Set("until");

    public static readonly HashSet<string> Update = DurationData.Words.Set("update");

    public static readonly HashSet<string> Signed = DurationData.Words.Set("signed");

    public static readonly HashSet<string> Force = DurationData.Words.Set("force");

    /// <summary>Words that alone say "still running".</summary>
    public static readonly HashSet<string> Ongoing = DurationData.Words.Set("ongoing");

    public static readonly HashSet<string> Recurring = DurationData.Words.Set("recurring");

    /// <summary>Recurring only before a unit: "every year", "each month", "standing committee".</summary>
    public static readonly HashSet<string> RecurringWithUnit = DurationData.Words.Set("recurring-with-unit");

    public static readonly HashSet<string> RecurringUnits = DurationData.Words.Set("recurring-units");

    /// <summary>After "still", "currently", "now": the action is running.</summary>
    public static readonly HashSet<string> Still = DurationData.Words.Set("still");

    public static readonly HashSet<string> OrdinalSuffixes = DurationData.Words.Set("ordinal-suffixes");

    public static readonly HashSet<string> SpacedOrdinalSuffixes = DurationData.Words.Set("spaced-ordinal-suffixes");

    public static readonly HashSet<string> Of = DurationData.Words.Set("of");

    public static readonly HashSet<string> Connectors = DurationData.Words.Set("connectors");

    public static readonly HashSet<string> Range = DurationData.Words.Set("range");

    /// <summary>Words that only make the next date vaguer ("end of 2012", "early 2009"): never a month or day.</summary>
    public static readonly HashSet<string> Qualifiers = DurationData.Words.Set("qualifiers");

    public static readonly HashSet<string> And = DurationData.Words.Set("and");

    /// <summary>Whether an "it is still running" phrase starts at token k.</summary>
    public static bool OngoingAt(IReadOnlyList<DateToken> t, int k)
    {
        DateToken x = t[k];
        if (!x.IsWord)
        {
            return false;
        }

        DateToken? next = k + 1 < t.Count ? t[k + 1] : null;
        DateToken? next2 = k + 2 < t.Count ? t[k + 2] : null;
        switch (x.Norm)
        {
            case "on":
                // "on going", "on-going"
                return (next is { IsWord: true, Norm: "going" }) || (next is not null && next.IsPunct('-') && next2 is { IsWord: true, Norm: "going" });
            case "open":
                return (next is { IsWord: true, Norm: "ended" or "end" }) || (next is not null && next.IsPunct('-') && next2 is { IsWord: true, Norm: "ended" or "end" });
            case "current":
                // "– current", ", current", "current)" but not "current mandate"
                return next is null || next.Kind == TokenKind.Symbol;
            case "currently":
            case "still":
            case "now":
                return next is { IsWord: true } w && Still.Contains(w.Norm);
            case "cours":
                return k > 0 && t[k - 1].IsWord && t[k - 1].Norm == "en";
            case "progress":
                return k > 0 && t[k - 1].IsWord && t[k - 1].Norm == "in";
            case "date":
                return k > 0 && t[k - 1].IsWord && t[k - 1].Norm is "to" or "till" or "until";
            case "force" or "vigueur" or "kraft":
                return k > 0 && t[k - 1].IsWord && t[k - 1].Norm is "in" or "en";
            default:
                return Ongoing.Contains(x.Norm);
        }
    }

    public static bool AnyOngoing(IReadOnlyList<DateToken> t, int from, int to)
    {
        for (int k = Math.Max(0, from); k < to && k < t.Count; k++)
        {
            if (OngoingAt(t, k))
            {
                return true;
            }
        }

        return false;
    }

    public static bool AnyRecurring(IReadOnlyList<DateToken> t)
    {
        for (int k = 0; k < t.Count; k++)
        {
            if (!t[k].IsWord)
            {
                continue;
            }

            string w = t[k].Norm;
            if (Recurring.Contains(w))
            {
                if (RecurringWithUnit.Contains(w))
                {
                    // "every year", "each month"; "standing" only in "standing committee/meeting"
                    if (k + 1 < t.Count && t[k + 1].IsWord && (Units.Contains(t[k + 1].Norm) || RecurringUnits.Contains(t[k + 1].Norm)))
                    {
                        return true;
                    }

                    continue;
                }

                return true;
            }
        }

        return false;
    }
}
