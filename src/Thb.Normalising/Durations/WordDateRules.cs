namespace Thb.Normalising.Durations;

/// <summary>The date rules that start at a month name (see <see cref="DateGrammar"/>).</summary>
internal static class WordDateRules
{
    /// <summary>"October 2010", "June, 2009", "Nov.2009", "November 10, 2010", "October 26-27, 2010", "May '10", "March".</summary>
    public static int MonthLed(DateScanner s, int i, List<DateItem> found)
    {
        int m = s[i].Month;
        int j = i + 1;
        if (s.At(j) is { } dot && dot.IsPunct('.') && !dot.SpaceBefore)
        {
            j++;
        }

        if (s.Num(j, 1, 2) && s[j].Value is >= 1 and <= 31 && !(s.At(j + 1) is { } n1 && (n1.IsPunct('.') || n1.IsPunct('/')) && !n1.SpaceBefore && s.At(j + 2) is { IsNum: true }))
        {
            return MonthDay(s, i, j, m, found);
        }

        int y = s.SkipYearIntro(j);
        if (s.Year4(y))
        {
            found.Add(DateItem.Date(i, y + 1, s[y].Value, m));
            return y + 1;
        }

        if (s.At(y) is { } apostrophe && apostrophe.IsPunct('\'') && s.Num(y + 1, 2, 2))
        {
            found.Add(DateItem.Date(i, y + 2, DateScanner.TwoDigitYear(s[y + 1].Value), m));
            return y + 2;
        }

        found.Add(DateItem.Date(i, j, null, m));
        return j;
    }

    /// <summary>A month, then its day at token <paramref name="j"/>: "November 10, 2010", "October 26-27, 2010",
    /// "March 5" (the year from the next date).</summary>
    private static int MonthDay(DateScanner s, int i, int j, int m, List<DateItem> found)
    {
        int d1 = s[j].Value;
        int k = s.SkipOrdinal(j + 1);
        if (s.At(k) is { } dash && dash.IsPunct('-') && s.Num(k + 1, 1, 2) && s[k + 1].Value is >= 1 and <= 31)
        {
            int d2 = s[k + 1].Value;
            int k2 = s.SkipOrdinal(k + 2);
            if (s.At(k2) is { } comma && comma.IsPunct(','))
            {
                k2++;
            }

            if (s.Year4(k2) && DateScanner.ValidDay(s[k2].Value, m, d1) && DateScanner.ValidDay(s[k2].Value, m, d2))
            {
                found.Add(DateItem.Date(i, k, s[k2].Value, m, d1));
                found.Add(DateItem.Date(k + 1, k2 + 1, s[k2].Value, m, d2));
                return k2 + 1;
            }
        }

        if (s.At(k) is { } c && c.IsPunct(','))
        {
            k++;
        }

        if (s.Year4(k))
        {
            if (!DateScanner.ValidDay(s[k].Value, m, d1))
            {
                return -1;
            }

            found.Add(DateItem.Date(i, k + 1, s[k].Value, m, d1));
            return k + 1;
        }

        found.Add(DateItem.Date(i, j + 1, null, m, d1));
        return j + 1;
    }
}
