namespace Thb.Normalising.Durations;

/// <summary>Month names in English, French and German (folded: lower case, no diacritics), with abbreviations and typos.</summary>
internal static class MonthNames
{
    private static readonly Dictionary<string, int> Full = new(StringComparer.Ordinal)
    {
        ["january"] = 1, ["januar"] = 1, ["janvier"] = 1, ["janner"] = 1, ["jaenner"] = 1,
        ["february"] = 2, ["februar"] = 2, ["fevrier"] = 2, ["feber"] = 2,
        ["march"] = 3, ["marz"] = 3, ["maerz"] = 3, ["mars"] = 3,
        ["april"] = 4, ["avril"] = 4,
        ["may"] = 5, ["mai"] = 5,
        ["june"] = 6, ["juni"] = 6, ["juin"] = 6,
        ["july"] = 7, ["juli"] = 7, ["juillet"] = 7,
        ["august"] = 8, ["aout"] = 8,
        ["september"] = 9, ["septembre"] = 9,
        ["october"] = 10, ["oktober"] = 10, ["octobre"] = 10,
        ["november"] = 11, ["novembre"] = 11,
        ["december"] = 12, ["dezember"] = 12, ["decembre"] = 12,
    };

    private static readonly Dictionary<string, int> Abbreviations = new(StringComparer.Ordinal)
    {
        ["jan"] = 1, ["janv"] = 1, ["jaen"] = 1,
        ["feb"] = 2, ["febr"] = 2, ["fev"] = 2, ["fevr"] = 2,
        ["mar"] = 3, ["mrz"] = 3,
        ["apr"] = 4, ["avr"] = 4,
        ["jun"] = 6,
        ["jul"] = 7, ["juil"] = 7,
        ["aug"] = 8,
        ["sep"] = 9, ["sept"] = 9,
        ["oct"] = 10, ["okt"] = 10,
        ["nov"] = 11,
        ["dec"] = 12, ["dez"] = 12,
    };

    /// <summary>Month of a full month name, exactly; 0 otherwise.</summary>
    public static int LookupFull(string folded) => Full.TryGetValue(folded, out int m) ? m : 0;

    /// <summary>Month of a folded word: full name, abbreviation, truncated name ("Decemb") or a one-letter typo
    /// of a long name ("Janaury", "Devember"); 0 otherwise.</summary>
    public static int Lookup(string folded)
    {
        if (folded.Length < 3 || folded.Length > 12)
        {
            return 0;
        }

        if (Full.TryGetValue(folded, out int m) || Abbreviations.TryGetValue(folded, out m))
        {
            return m;
        }

        // A truncated name ("Decemb", "Septem"): a prefix of exactly one month's names.
        int found = 0;
        foreach (KeyValuePair<string, int> kv in Full)
        {
            if (kv.Key.Length > folded.Length && kv.Key.StartsWith(folded, StringComparison.Ordinal) && folded.Length >= 4)
            {
                if (found != 0 && found != kv.Value)
                {
                    return 0;
                }

                found = kv.Value;
            }
        }

        if (found != 0)
        {
            return found;
        }

        if (folded.Length < 6)
        {
            return 0;
        }

        foreach (KeyValuePair<string, int> kv in Full)
        {
            if (kv.Key.Length >= 6 && Math.Abs(kv.Key.Length - folded.Length) <= 1 && OsaDistanceAtMostOne(folded, kv.Key))
            {
                if (found != 0 && found != kv.Value)
                {
                    return 0;
                }

                found = kv.Value;
            }
        }

        return found;
    }

    /// <summary>Optimal string alignment distance ≤ 1 (one insertion, deletion, substitution or transposition).</summary>
    private static bool OsaDistanceAtMostOne(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            // substitution or adjacent transposition
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)))
            {
                return true;
            }

            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }

        string longer = a.Length > b.Length ? a : b;
        string shorter = a.Length > b.Length ? b : a;
        return longer.AsSpan(i + 1).SequenceEqual(shorter.AsSpan(i));
    }
}
