namespace Thb.Normalising.Durations;

/// <summary>Marker words of duration cells (folded: lower case, no diacritics), in English, French and German.</summary>
internal static class DurationWords
{
    /// <summary>A number before one of these counts something ("12 months", "3 years"); it is not a date.</summary>
    public static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "mois", "ans", "annees", "jours",
        "semaines", "jahr", "jahre", "jahren", "monat", "monate", "monaten", "woche", "wochen", "tag", "tage", "tagen",
        "participants", "persons", "people", "times", "sessions", "phases", "meetings",
    };

    public static readonly HashSet<string> OpenStart = new(StringComparer.Ordinal)
    {
        "from", "since", "depuis", "seit", "ab", "vom", "partir", "start", "started", "starting", "starts", "began", "begun",
        "commenced", "launched", "beginn", "debut", "desde",
    };

    public static readonly HashSet<string> Until = new(StringComparer.Ordinal)
    {
        "until", "till", "til", "bis", "jusqu", "jusqua", "end", "ending", "ends", "ended", "expires", "expiry",
    };

    public static readonly HashSet<string> Update = new(StringComparer.Ordinal)
    {
        "updated", "update", "updates", "actualised", "actualized", "aktualisiert", "revised", "amended",
    };

    public static readonly HashSet<string> Signed = new(StringComparer.Ordinal)
    {
        "signed", "signature", "signing", "unterzeichnet", "unterzeichnung", "signe", "signee",
    };

    public static readonly HashSet<string> Force = new(StringComparer.Ordinal) { "force", "vigueur", "kraft" };

    /// <summary>Words that alone say "still running".</summary>
    public static readonly HashSet<string> Ongoing = new(StringComparer.Ordinal)
    {
        "ongoing", "permanent", "permanently", "continuous", "continuously", "continuing", "indefinite", "indefinitely",
        "unlimited", "underway", "laufend", "fortlaufend", "andauernd", "unbefristet", "dauerhaft", "permanente",
        "present", "today", "heute", "openended", "ouvert",
    };

    public static readonly HashSet<string> Recurring = new(StringComparer.Ordinal)
    {
        "regular", "regularly", "regelmassig", "regelmassige", "regulierement", "reguliere", "regulier", "annually", "annual",
        "yearly", "jahrlich", "annuel", "annuelle", "annuellement", "periodic", "periodical", "periodically", "periodique",
        "periodiquement", "monthly", "weekly", "quarterly", "biannual", "biannually", "biennial", "recurring", "recurrent",
        "repeatedly", "every", "each", "chaque", "jedes", "jeden", "jede", "routinely", "standing",
    };

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
                return next is { IsWord: true } w && (w.Norm is "running" or "ongoing" or "active" or "underway" or "implemented" or "valid" or "in" or "being" or "operational" or "on" or "laufend");
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
                if (w is "every" or "each" or "chaque" or "jedes" or "jeden" or "jede" or "standing")
                {
                    // "every year", "each month"; "standing" only in "standing committee/meeting"
                    if (k + 1 < t.Count && t[k + 1].IsWord && (Units.Contains(t[k + 1].Norm) || t[k + 1].Norm is "annee" or "quarter" or "semester" or "meeting" or "meetings" or "committee"))
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
