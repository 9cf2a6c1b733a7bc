namespace Thb.Normalising.Durations;

/// <summary>The date rules that start at a number (see <see cref="DateGrammar"/>).</summary>
internal static class NumericDateRules
{
    /// <summary>"2010-03-01", "2010-03", "2010.03.01" (no spaces).</summary>
    public static int Iso(DateScanner s, int i, List<DateItem> found)
    {
        if (!s.Year4(i) || s.MidChain(i, '-'))
        {
            return -1;
        }

        foreach (char sep in "-.")
        {
            if (!s.Sep(i + 1, sep, false) || !s.Num(i + 2, 1, 2) || s[i + 2].Value is < 1 or > 12)
            {
                continue;
            }

            int y = s[i].Value;
            int m = s[i + 2].Value;
            if (s.Sep(i + 3, sep, false) && s.Num(i + 4, 1, 2))
            {
                if (!DateScanner.ValidDay(y, m, s[i + 4].Value) || (s.Sep(i + 5, sep, false) && s.Num(i + 6, 1, 9)))
                {
                    return -1;
                }

                found.Add(DateItem.Date(i, i + 5, y, m, s[i + 4].Value));
                return i + 5;
            }

            if (sep == '.' || (s.Sep(i + 3, sep, false) && s.At(i + 4) is { IsNum: true }))
            {
                continue;
            }

            found.Add(DateItem.Date(i, i + 3, y, m));
            return i + 3;
        }

        return -1;
    }

    /// <summary>"201012" (year and month), "20101231".</summary>
    public static int Compact(DateScanner s, int i, List<DateItem> found)
    {
        DateToken x = s[i];
        if (x.Len == 6)
        {
            int y = x.Value / 100;
            int m = x.Value % 100;
            if (y is >= 1900 and <= 2099 && m is >= 1 and <= 12)
            {
                found.Add(DateItem.Date(i, i + 1, y, m));
                return i + 1;
            }
        }
        else if (x.Len == 8)
        {
            int y = x.Value / 10000;
            int m = x.Value / 100 % 100;
            int d = x.Value % 100;
            if (y is >= 1900 and <= 2099 && DateScanner.ValidDay(y, m, d))
            {
                found.Add(DateItem.Date(i, i + 1, y, m, d));
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>"2009/10", "2009-14": years written with a two-digit end year ("2010-03" is ISO, read before).</summary>
    public static int FiscalYear(DateScanner s, int i, List<DateItem> found)
    {
        if (!s.Year4(i) || !(s.Sep(i + 1, '/', false) || s.Sep(i + 1, '-', false)) || !s.Num(i + 2, 2, 2)
            || (s.At(i + 3) is { } more && (more.IsPunct('/') || more.IsPunct('-') || more.IsPunct('.')) && !more.SpaceBefore && s.At(i + 4) is { IsNum: true }))
        {
            return -1;
        }

        int y = s[i].Value;
        int end = (y / 100 * 100) + s[i + 2].Value;
        if (end <= y || end - y > 20)
        {
            return -1;
        }

        found.Add(DateItem.Date(i, i + 1, y));
        found.Add(DateItem.Date(i + 2, i + 3, end));
        return i + 3;
    }

    /// <summary>Two dates glued by a PDF: "22.1125.11.2010" is 22.11 and 25.11.2010.</summary>
    public static int Glued(DateScanner s, int i, List<DateItem> found)
    {
        foreach (char sep in "./")
        {
            if (!s.Num(i, 1, 2) || !s.Sep(i + 1, sep, false) || !s.Num(i + 2, 4, 4) || !s.Sep(i + 3, sep, false) || !s.Num(i + 4, 1, 2)
                || !s.Sep(i + 5, sep, false) || !(s.Num(i + 6, 2, 2) || s.Year4(i + 6)))
            {
                continue;
            }

            int d1 = s[i].Value;
            int m1 = s[i + 2].Value / 100;
            int d2 = s[i + 2].Value % 100;
            int m2 = s[i + 4].Value;
            int y = s[i + 6].Len == 2 ? DateScanner.TwoDigitYear(s[i + 6].Value) : s[i + 6].Value;
            if (m1 is < 1 or > 12 || d1 < 1 || d1 > 31 || !DateScanner.ValidDay(y, m2, d2))
            {
                continue;
            }

            found.Add(DateItem.Date(i, i + 2, null, m1, d1));
            found.Add(DateItem.Date(i + 2, i + 7, y, m2, d2));
            return i + 7;
        }

        return -1;
    }

    /// <summary>"15.04.2010", "15. 04. 2010", "26.5.10", "01/08/2008", "03-04-2010": day first unless impossible.</summary>
    public static int NumericFull(DateScanner s, int i, List<DateItem> found)
    {
        if (!s.Num(i, 1, 2))
        {
            return -1;
        }

        foreach (char sep in "./-")
        {
            bool spaces = sep != '-';
            if (!s.Sep(i + 1, sep, spaces) || !s.Num(i + 2, 1, 2) || !s.Sep(i + 3, sep, spaces) || !(s.Num(i + 4, 2, 2) || s.Year4(i + 4)) || s.MidChain(i, sep))
            {
                continue;
            }

            if (s.Sep(i + 5, sep, false) && s.At(i + 6) is { IsNum: true })
            {
                return -1; // "1.2.3.4": not a date
            }

            int y = s[i + 4].Len == 2 ? DateScanner.TwoDigitYear(s[i + 4].Value) : s[i + 4].Value;
            if (!DateScanner.DayMonth(y, s[i].Value, s[i + 2].Value, out int d, out int m))
            {
                return -1;
            }

            found.Add(DateItem.Date(i, i + 5, y, m, d));
            return i + 5;
        }

        return -1;
    }

    /// <summary>"03/2010", "10.2010": month and year.</summary>
    public static int NumericMonthYear(DateScanner s, int i, List<DateItem> found)
    {
        if (!s.Num(i, 1, 2) || s[i].Value is < 1 or > 12)
        {
            return -1;
        }

        foreach (char sep in "/.-")
        {
            bool spaces = sep != '-';
            if (!s.Sep(i + 1, sep, spaces) || !s.Year4(i + 2) || s.MidChain(i, sep) || (s.Sep(i + 3, sep, false) && s.At(i + 4) is { IsNum: true }))
            {
                continue;
            }

            found.Add(DateItem.Date(i, i + 3, s[i + 2].Value, s[i].Value));
            return i + 3;
        }

        return -1;
    }

    /// <summary>"05.12" before a connector, as in "05.12-07.12.2010": day and month, year taken from the end date.</summary>
    public static int NumericDayMonth(DateScanner s, int i, List<DateItem> found)
    {
        if (!s.Num(i, 1, 2))
        {
            return -1;
        }

        foreach (char sep in "./")
        {
            if (!s.Sep(i + 1, sep, false) || !s.Num(i + 2, 1, 2) || s.MidChain(i, sep))
            {
                continue;
            }

            int j = i + 3;
            if (s.Sep(j, sep, false))
            {
                j++; // "1.3.-5.3.2010"
            }

            DateToken? c = s.At(j);
            bool connector = c is not null && (c.IsPunct('-') || (c.IsWord && DurationWords.Connectors.Contains(c.Norm) && !DurationWords.And.Contains(c.Norm)));
            if (!connector || !s.Num(j + 1, 1, 2))
            {
                continue;
            }

            int a = s[i].Value;
            int b = s[i + 2].Value;
            if (!DateScanner.DayMonth(2000, a, b, out int d, out int m))
            {
                return -1;
            }

            found.Add(DateItem.Date(i, j, null, m, d));
            return j;
        }

        return -1;
    }

    /// <summary>"15 October 2010", "9 th of July 2010", "1er mars 2010", "1. März 2010", "31 January" (year from the end date).</summary>
    public static int DayWord(DateScanner s, int i, List<DateItem> found)
    {
        if (!s.Num(i, 1, 2) || s[i].Value is < 1 or > 31)
        {
            return -1;
        }

        int j = s.SkipOrdinal(i + 1);
        if (s.At(j) is { IsWord: true } of && DurationWords.Of.Contains(of.Norm) && s.At(j + 1) is { Month: > 0 })
        {
            j++;
        }

        if (s.At(j) is not { Month: > 0 } month)
        {
            return -1;
        }

        int k = s.SkipYearIntro(j + 1);
        if (s.Year4(k))
        {
            if (!DateScanner.ValidDay(s[k].Value, month.Month, s[i].Value))
            {
                return -1;
            }

            found.Add(DateItem.Date(i, k + 1, s[k].Value, month.Month, s[i].Value));
            return k + 1;
        }

        found.Add(DateItem.Date(i, j + 1, null, month.Month, s[i].Value));
        return j + 1;
    }

    /// <summary>A bare day before a connector and a dated day: "14-19 October 2010", "10 and 11 May 2010", "03-04/12/2009".</summary>
    public static int DayOnly(DateScanner s, int i, List<DateItem> found)
    {
        if (!s.Num(i, 1, 2) || s[i].Value is < 1 or > 31)
        {
            return -1;
        }

        int j = s.SkipOrdinal(i + 1);
        if (s.At(j) is { } dot && dot.IsPunct('.') && !dot.SpaceBefore)
        {
            j++;
        }

        DateToken? c = s.At(j);
        bool connector = c is not null && (c.IsPunct('-') || c.IsPunct('&') || (c.IsWord && DurationWords.Connectors.Contains(c.Norm)));
        if (!connector || !s.Num(j + 1, 1, 2))
        {
            return -1;
        }

        var rest = new List<DateItem>(2);
        int end = s.TryAt(j + 1, rest);
        if (end < 0 || rest.Count == 0 || rest[0].D is null)
        {
            return -1;
        }

        found.Add(DateItem.Date(i, j, null, null, s[i].Value));
        found.AddRange(rest);
        return end;
    }

    /// <summary>A year on its own: "2010".</summary>
    public static int Year(DateScanner s, int i, List<DateItem> found)
    {
        if (!s.Year4(i))
        {
            return -1;
        }

        if (s.At(i + 1) is { } n && (n.IsPunct('%') || (n.IsWord && DurationWords.Units.Contains(n.Norm) && n.Norm is not ("year" or "years"))))
        {
            return -1;
        }

        found.Add(DateItem.Date(i, i + 1, s[i].Value));
        return i + 1;
    }
}
