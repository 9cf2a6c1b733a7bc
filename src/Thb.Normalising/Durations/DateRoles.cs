namespace Thb.Normalising.Durations;

/// <summary>What the words around the dates of a cell make of them: a start ("from", "seit", "à partir de"), an end
/// ("until", "bis", "jusqu'au"), a signature, an entry into force, an update.</summary>
internal static class DateRoles
{
    /// <summary>Marks each date by the words just before it (within four tokens, not crossing the previous date; the words
    /// right before it that only make it vaguer do not count: "until the end of the Q3 2012", "jusqu'à la fin du 2e semestre")
    /// and an "updated" just after it.</summary>
    public static void Assign(List<DateToken> t, List<DateItem> items)
    {
        for (int n = 0; n < items.Count; n++)
        {
            DateItem item = items[n];
            int lower = LowerBound(t, item.From, n > 0 ? items[n - 1].To : 0);
            ItemRole role = ItemRole.None;
            for (int k = item.From - 1; k >= lower; k--)
            {
                if (!t[k].IsWord)
                {
                    continue;
                }

                string w = t[k].Norm;
                bool modifier = k + 1 < t.Count && t[k + 1].IsWord && t[k + 1].Norm is "of" or "de"; // "end of June": late June
                string before = k > 0 && t[k - 1].IsWord ? t[k - 1].Norm : "";
                bool inForce = DurationWords.Force.Contains(w) && before is "into" or "in" or "en";
                ItemRole r = DurationWords.Update.Contains(w) ? ItemRole.Update
                    : inForce ? ItemRole.Force
                    : DurationWords.Force.Contains(w) ? ItemRole.None
                    : DurationWords.Signed.Contains(w) ? ItemRole.Signed
                    : DurationWords.OpenStart.Contains(w) ? ItemRole.OpenStart
                    : DurationWords.Until.Contains(w) && !modifier ? ItemRole.Until
                    : ItemRole.None;
                if (r > role)
                {
                    role = r;
                }
            }

            if (role != ItemRole.OpenStart)
            {
                int upper = Math.Min(n + 1 < items.Count ? items[n + 1].From : t.Count, item.To + 3);
                for (int k = item.To; k < upper; k++)
                {
                    if (t[k].IsWord && DurationWords.Update.Contains(t[k].Norm))
                    {
                        role = ItemRole.Update;
                    }
                }
            }

            item.Role = role;
        }
    }

    /// <summary>The first of the four tokens before <paramref name="from"/> that may name the date's role, not counting
    /// the words right before the date that only make it vaguer ("the end of the", "la fin du"); never before
    /// <paramref name="floor"/>.</summary>
    private static int LowerBound(List<DateToken> t, int from, int floor)
    {
        int k = from;
        while (k > floor && t[k - 1].IsWord && (DurationWords.Qualifiers.Contains(t[k - 1].Norm) || PeriodWords.IsFiller(t[k - 1].Norm)))
        {
            k--;
        }

        return Math.Max(floor, k - 4);
    }

    /// <summary>After the date: "ongoing"/"current", or a dash that leads to no date ("November 2009 -").</summary>
    public static bool OpenAfter(DateParser parser, List<DateItem> items, int index)
    {
        IReadOnlyList<DateToken> t = parser.Tokens;
        int from = items[index].To;
        int to = index + 1 < items.Count ? items[index + 1].From : t.Count;
        if (DurationWords.AnyOngoing(t, from, to))
        {
            return true;
        }

        for (int k = from; k < to; k++)
        {
            DateToken x = t[k];
            if (x.IsPunct('.') || x.IsPunct(',') || x.IsPunct(')'))
            {
                continue;
            }

            bool connector = x.IsPunct('-') || (x.IsWord && x.Norm is "to" or "till" or "until" or "bis" or "au");
            if (!connector)
            {
                return false;
            }

            // a connector that is not followed by a date of this group
            return index + 1 >= items.Count || parser.Gap(from, to) != GapKind.Range;
        }

        return false;
    }
}
