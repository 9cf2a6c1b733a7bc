namespace Thb.Normalising.Durations;

/// <summary>Month names in English, French and German (folded: lower case, no diacritics), with abbreviations and
/// typos, from <c>month-names.json</c>.</summary>
internal static class MonthNames
{
    private static readonly Dictionary<string, int> Full = new(StringComparer.Ordinal);

    private static readonly Dictionary<string, int> Abbreviations = new(StringComparer.Ordinal);

    /// <summary>What <see cref="Lookup"/> found for words seen before: words repeat from cell to cell.</summary>
    private static readonly BoundedMemo<string, int> Seen = new(8192);

    static MonthNames()
    {
        foreach (var record in DurationData.Months.Entries)
        {
            foreach (var name in record.Names)
            {
                Full[TextFolding.FoldLower(name)] = record.Month;
            }

            foreach (var abbreviation in record.Abbreviations)
            {
                Abbreviations[TextFolding.FoldLower(abbreviation)] = record.Month;
            }
        }
    }

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

        return Seen.GetOrAdd(folded, Approximate);
    }

    /// <summary>A truncated name or a one-letter typo of exactly one month (see <see cref="Lookup"/>).</summary>
    private static int Approximate(string folded)
    {
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
            if (kv.Key.Length >= 6 && Math.Abs(kv.Key.Length - folded.Length) <= 1 && StringDistance.AtMost(folded, kv.Key, 1))
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
}
