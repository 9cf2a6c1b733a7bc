namespace Thb.Normalising.Durations;

internal enum ItemRole
{
    None,
    OpenStart,
    Until,
    Signed,
    Force,
    Update,
}

internal enum GapKind
{
    Range,
    And,
    Words,
}

/// <summary>A date found in the text, possibly incomplete ("14" in "14-19 October 2010") until completed from its
/// right-hand neighbour. <see cref="From"/>..<see cref="To"/> are token indices (end exclusive).</summary>
internal sealed class DateItem
{
    public int? Y { get; set; }

    public int? M { get; set; }

    public int? D { get; set; }

    public int From { get; set; }

    public int To { get; set; }

    public ItemRole Role { get; set; }

    public PartialDate ToDate() => new(Y!.Value, M, D);
}

/// <summary>Finds the dates of a duration cell, left to right, with a hand-written scanner (linear time).</summary>
internal sealed class DateParser
{
    private static readonly HashSet<string> Ordinals = new(StringComparer.Ordinal) { "st", "nd", "rd", "th", "er", "e", "eme", "re", "ter", "te", "ten" };
    private static readonly HashSet<string> SpacedOrdinals = new(StringComparer.Ordinal) { "st", "nd", "rd", "th", "er" };
    private static readonly HashSet<string> OfWords = new(StringComparer.Ordinal) { "of", "de", "du" };
    private static readonly HashSet<string> ConnectorWords = new(StringComparer.Ordinal)
    {
        "to", "till", "til", "until", "bis", "au", "a", "through", "thru", "jusqu", "end", "ending", "and", "et", "und",
    };

    private static readonly HashSet<string> RangeWords = new(StringComparer.Ordinal)
    {
        "to", "till", "til", "until", "bis", "au", "a", "through", "thru", "jusqu", "end", "ending", "ends", "up",
    };

    /// <summary>Words that only make the next date vaguer ("end of 2012", "Q3 2011", "spring 2010"): never a month or day.</summary>
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        "q", "quarter", "half", "early", "late", "mid", "middle", "beginning", "start", "of", "the", "in", "spring", "summer",
        "autumn", "fall", "winter", "printemps", "ete", "automne", "hiver", "fruhling", "fruhjahr", "sommer", "herbst", "anfang",
        "ende", "mitte", "debut", "fin", "courant", "st", "nd", "rd", "th", "semester", "trimester", "year", "date",
    };

    private static readonly HashSet<string> AndWords = new(StringComparer.Ordinal) { "and", "et", "und" };

    private readonly List<DateToken> t;
    private readonly bool[] consumed;

    public DateParser(List<DateToken> tokens)
    {
        t = tokens;
        consumed = new bool[tokens.Count];
    }

    public IReadOnlyList<DateToken> Tokens => t;

    /// <summary>Every date, completed where it borrows year/month from the next date ("14-19 October 2010").</summary>
    public List<DateItem> Parse()
    {
        var items = new List<DateItem>();
        int i = 0;
        while (i < t.Count)
        {
            var found = new List<DateItem>(2);
            int next = TryAt(i, found);
            if (next > i)
            {
                items.AddRange(found);
                for (int k = i; k < next; k++)
                {
                    consumed[k] = true;
                }

                i = next;
            }
            else
            {
                i++;
            }
        }

        Complete(items);
        items.RemoveAll(x => x.Y is null);
        return items;
    }

    /// <summary>Numbers glued by '.' or '/' that were not read as one date ("29.91.10", "50.11"): text we cannot read.</summary>
    public bool HasUnreadNumericChain()
    {
        int i = 0;
        while (i < t.Count)
        {
            if (!t[i].IsNum)
            {
                i++;
                continue;
            }

            int start = i;
            int count = 1;
            int j = i;
            while (j + 2 < t.Count && (t[j + 1].IsPunct('.') || t[j + 1].IsPunct('/')) && !t[j + 1].SpaceBefore && t[j + 2].IsNum && !t[j + 2].SpaceBefore)
            {
                j += 2;
                count++;
            }

            if (count >= 2)
            {
                int read = 0;
                for (int k = start; k <= j; k += 2)
                {
                    if (consumed[k])
                    {
                        read++;
                    }
                }

                bool shortParts = true;
                for (int k = start; k <= j; k += 2)
                {
                    shortParts &= t[k].Len <= 2;
                }

                bool unitFollows = j + 1 < t.Count && t[j + 1].IsWord && DurationWords.Units.Contains(t[j + 1].Norm);
                if ((read > 0 && read < count) || (read == 0 && (count >= 3 || (shortParts && !unitFollows))))
                {
                    return true;
                }
            }

            i = j + 1;
        }

        return false;
    }

    /// <summary>How two dates are joined: a range connector ("-", "to", "/", nothing), "and", or other words.</summary>
    public GapKind Gap(int from, int to)
    {
        bool and = false;
        for (int k = from; k < to; k++)
        {
            DateToken x = t[k];
            if (x.Kind == TokenKind.Symbol)
            {
                char c = x.Text[0];
                if (c is '-' or '/' or '~')
                {
                    continue;
                }

                if (c is '&' or ';')
                {
                    and = true;
                    continue;
                }

                if (c is ',' or '.' or '(' or ')' or ':' or '?' or '[' or ']' or '"' or '\'')
                {
                    continue;
                }

                return GapKind.Words;
            }

            if (x.IsWord && (RangeWords.Contains(x.Norm) || Qualifiers.Contains(x.Norm)))
            {
                continue;
            }

            // "Q3", "2nd half": a small number that only qualifies the next date
            if (x.IsNum && x.Len <= 2 && ((k > 0 && t[k - 1].IsWord && t[k - 1].Norm == "q" && !x.SpaceBefore)
                || (k + 1 < t.Count && t[k + 1].IsWord && (Ordinals.Contains(t[k + 1].Norm) || Qualifiers.Contains(t[k + 1].Norm)))))
            {
                continue;
            }

            if (x.IsWord && AndWords.Contains(x.Norm))
            {
                and = true;
                continue;
            }

            return GapKind.Words;
        }

        return and ? GapKind.And : GapKind.Range;
    }

    private DateToken? At(int i) => i >= 0 && i < t.Count ? t[i] : null;

    private bool Num(int i, int minLen, int maxLen) => At(i) is { IsNum: true } x && x.Len >= minLen && x.Len <= maxLen;

    private bool Year4(int i) => At(i) is { IsNum: true, Len: 4 } x && x.Value is >= 1900 and <= 2099;

    private bool Sep(int i, char c, bool allowSpace)
    {
        DateToken? x = At(i);
        if (x is null || !x.IsPunct(c))
        {
            return false;
        }

        return allowSpace || (!x.SpaceBefore && !(At(i + 1)?.SpaceBefore ?? false));
    }

    private static int TwoDigitYear(int v) => v < 50 ? 2000 + v : 1900 + v;

    private static bool ValidDay(int y, int m, int d) => m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    /// <summary>Tries every date pattern at token i; returns the index after the match, or -1.</summary>
    private int TryAt(int i, List<DateItem> found)
    {
        DateToken x = t[i];
        if (x.IsNum)
        {
            int r;
            if ((r = TryIso(i, found)) > 0 || (r = TryCompact(i, found)) > 0 || (r = TryFiscalYear(i, found)) > 0
                || (r = TryGlued(i, found)) > 0 || (r = TryNumericFull(i, found)) > 0 || (r = TryNumericMonthYear(i, found)) > 0
                || (r = TryNumericDayMonth(i, found)) > 0 || (r = TryDayWord(i, found)) > 0 || (r = TryDayOnly(i, found)) > 0
                || (r = TryYear(i, found)) > 0)
            {
                return r;
            }

            return -1;
        }

        if (x.IsWord && x.Month != 0)
        {
            return TryMonthLed(i, found);
        }

        return -1;
    }

    private static DateItem Item(int from, int to, int? y, int? m = null, int? d = null) => new() { Y = y, M = m, D = d, From = from, To = to };

    /// <summary>Inside a chain like "1.2.3" at its second number: not the start of a date.</summary>
    private bool MidChain(int i, char sep) => At(i - 1) is { } p && p.IsPunct(sep) && !p.SpaceBefore && !t[i].SpaceBefore && At(i - 2) is { IsNum: true };

    /// <summary>"2010-03-01", "2010-03", "2010.03.01" (no spaces).</summary>
    private int TryIso(int i, List<DateItem> found)
    {
        if (!Year4(i) || MidChain(i, '-'))
        {
            return -1;
        }

        foreach (char s in "-.")
        {
            if (!Sep(i + 1, s, false) || !Num(i + 2, 1, 2) || t[i + 2].Value is < 1 or > 12)
            {
                continue;
            }

            int y = t[i].Value;
            int m = t[i + 2].Value;
            if (Sep(i + 3, s, false) && Num(i + 4, 1, 2))
            {
                if (!ValidDay(y, m, t[i + 4].Value) || (Sep(i + 5, s, false) && Num(i + 6, 1, 9)))
                {
                    return -1;
                }

                found.Add(Item(i, i + 5, y, m, t[i + 4].Value));
                return i + 5;
            }

            if (s == '.' || (Sep(i + 3, s, false) && At(i + 4) is { IsNum: true }))
            {
                continue;
            }

            found.Add(Item(i, i + 3, y, m));
            return i + 3;
        }

        return -1;
    }

    /// <summary>"201012" (year and month), "20101231".</summary>
    private int TryCompact(int i, List<DateItem> found)
    {
        DateToken x = t[i];
        if (x.Len == 6)
        {
            int y = x.Value / 100;
            int m = x.Value % 100;
            if (y is >= 1900 and <= 2099 && m is >= 1 and <= 12)
            {
                found.Add(Item(i, i + 1, y, m));
                return i + 1;
            }
        }
        else if (x.Len == 8)
        {
            int y = x.Value / 10000;
            int m = x.Value / 100 % 100;
            int d = x.Value % 100;
            if (y is >= 1900 and <= 2099 && ValidDay(y, m, d))
            {
                found.Add(Item(i, i + 1, y, m, d));
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>"2009/10", "2009-14": years written with a two-digit end year ("2010-03" is ISO, read before).</summary>
    private int TryFiscalYear(int i, List<DateItem> found)
    {
        if (!Year4(i) || !(Sep(i + 1, '/', false) || Sep(i + 1, '-', false)) || !Num(i + 2, 2, 2)
            || (At(i + 3) is { } more && (more.IsPunct('/') || more.IsPunct('-') || more.IsPunct('.')) && !more.SpaceBefore && At(i + 4) is { IsNum: true }))
        {
            return -1;
        }

        int y = t[i].Value;
        int end = (y / 100 * 100) + t[i + 2].Value;
        if (end <= y || end - y > 20)
        {
            return -1;
        }

        found.Add(Item(i, i + 1, y));
        found.Add(Item(i + 2, i + 3, end));
        return i + 3;
    }

    /// <summary>Two dates glued by a PDF: "22.1125.11.2010" is 22.11 and 25.11.2010.</summary>
    private int TryGlued(int i, List<DateItem> found)
    {
        foreach (char s in "./")
        {
            if (!Num(i, 1, 2) || !Sep(i + 1, s, false) || !Num(i + 2, 4, 4) || !Sep(i + 3, s, false) || !Num(i + 4, 1, 2)
                || !Sep(i + 5, s, false) || !(Num(i + 6, 2, 2) || Year4(i + 6)))
            {
                continue;
            }

            int d1 = t[i].Value;
            int m1 = t[i + 2].Value / 100;
            int d2 = t[i + 2].Value % 100;
            int m2 = t[i + 4].Value;
            int y = t[i + 6].Len == 2 ? TwoDigitYear(t[i + 6].Value) : t[i + 6].Value;
            if (m1 is < 1 or > 12 || d1 < 1 || d1 > 31 || !ValidDay(y, m2, d2))
            {
                continue;
            }

            found.Add(Item(i, i + 2, null, m1, d1));
            found.Add(Item(i + 2, i + 7, y, m2, d2));
            return i + 7;
        }

        return -1;
    }

    /// <summary>"15.04.2010", "15. 04. 2010", "26.5.10", "01/08/2008", "03-04-2010": day first unless impossible.</summary>
    private int TryNumericFull(int i, List<DateItem> found)
    {
        if (!Num(i, 1, 2))
        {
            return -1;
        }

        foreach (char s in "./-")
        {
            bool spaces = s != '-';
            if (!Sep(i + 1, s, spaces) || !Num(i + 2, 1, 2) || !Sep(i + 3, s, spaces) || !(Num(i + 4, 2, 2) || Year4(i + 4)) || MidChain(i, s))
            {
                continue;
            }

            if (Sep(i + 5, s, false) && At(i + 6) is { IsNum: true })
            {
                return -1; // "1.2.3.4": not a date
            }

            int y = t[i + 4].Len == 2 ? TwoDigitYear(t[i + 4].Value) : t[i + 4].Value;
            if (!DayMonth(y, t[i].Value, t[i + 2].Value, out int d, out int m))
            {
                return -1;
            }

            found.Add(Item(i, i + 5, y, m, d));
            return i + 5;
        }

        return -1;
    }

    /// <summary>Day first; month first only when day first is impossible (second &gt; 12, first ≤ 12).</summary>
    private static bool DayMonth(int y, int a, int b, out int d, out int m)
    {
        if (b is >= 1 and <= 12 && ValidDay(y, b, a))
        {
            (d, m) = (a, b);
            return true;
        }

        if (a is >= 1 and <= 12 && b > 12 && ValidDay(y, a, b))
        {
            (d, m) = (b, a);
            return true;
        }

        (d, m) = (0, 0);
        return false;
    }

    /// <summary>"03/2010", "10.2010": month and year.</summary>
    private int TryNumericMonthYear(int i, List<DateItem> found)
    {
        if (!Num(i, 1, 2) || t[i].Value is < 1 or > 12)
        {
            return -1;
        }

        foreach (char s in "/.-")
        {
            bool spaces = s != '-';
            if (!Sep(i + 1, s, spaces) || !Year4(i + 2) || MidChain(i, s) || (Sep(i + 3, s, false) && At(i + 4) is { IsNum: true }))
            {
                continue;
            }

            found.Add(Item(i, i + 3, t[i + 2].Value, t[i].Value));
            return i + 3;
        }

        return -1;
    }

    /// <summary>"05.12" before a connector, as in "05.12-07.12.2010": day and month, year taken from the end date.</summary>
    private int TryNumericDayMonth(int i, List<DateItem> found)
    {
        if (!Num(i, 1, 2))
        {
            return -1;
        }

        foreach (char s in "./")
        {
            if (!Sep(i + 1, s, false) || !Num(i + 2, 1, 2) || MidChain(i, s))
            {
                continue;
            }

            int j = i + 3;
            if (Sep(j, s, false))
            {
                j++; // "1.3.-5.3.2010"
            }

            DateToken? c = At(j);
            bool connector = c is not null && (c.IsPunct('-') || (c.IsWord && ConnectorWords.Contains(c.Norm) && !AndWords.Contains(c.Norm)));
            if (!connector || !Num(j + 1, 1, 2))
            {
                continue;
            }

            int a = t[i].Value;
            int b = t[i + 2].Value;
            if (!DayMonth(2000, a, b, out int d, out int m))
            {
                return -1;
            }

            found.Add(Item(i, j, null, m, d));
            return j;
        }

        return -1;
    }

    /// <summary>Skips an ordinal suffix after a day number: "9th", "9 th", "1er", German "1.".</summary>
    private int SkipOrdinal(int j)
    {
        DateToken? x = At(j);
        if (x is null)
        {
            return j;
        }

        if (x.IsWord && !x.SpaceBefore && Ordinals.Contains(x.Norm))
        {
            return j + 1;
        }

        if (x.IsWord && x.SpaceBefore && SpacedOrdinals.Contains(x.Norm))
        {
            return j + 1;
        }

        if (x.IsPunct('.') && !x.SpaceBefore && At(j + 1) is { } n && (n.Month != 0 || n.IsPunct('-')))
        {
            return j + 1;
        }

        return j;
    }

    private int SkipYearIntro(int j)
    {
        if (At(j) is { } p && (p.IsPunct('.') || p.IsPunct(',')) && !p.SpaceBefore)
        {
            j++;
        }

        if (At(j) is { } c && c.IsPunct(','))
        {
            j++;
        }

        return j;
    }

    /// <summary>"15 October 2010", "9 th of July 2010", "1er mars 2010", "1. März 2010", "31 January" (year from the end date).</summary>
    private int TryDayWord(int i, List<DateItem> found)
    {
        if (!Num(i, 1, 2) || t[i].Value is < 1 or > 31)
        {
            return -1;
        }

        int j = SkipOrdinal(i + 1);
        if (At(j) is { IsWord: true } of && OfWords.Contains(of.Norm) && At(j + 1) is { Month: > 0 })
        {
            j++;
        }

        if (At(j) is not { Month: > 0 } month)
        {
            return -1;
        }

        int k = SkipYearIntro(j + 1);
        if (Year4(k))
        {
            if (!ValidDay(t[k].Value, month.Month, t[i].Value))
            {
                return -1;
            }

            found.Add(Item(i, k + 1, t[k].Value, month.Month, t[i].Value));
            return k + 1;
        }

        found.Add(Item(i, j + 1, null, month.Month, t[i].Value));
        return j + 1;
    }

    /// <summary>A bare day before a connector and a dated day: "14-19 October 2010", "10 and 11 May 2010", "03-04/12/2009".</summary>
    private int TryDayOnly(int i, List<DateItem> found)
    {
        if (!Num(i, 1, 2) || t[i].Value is < 1 or > 31)
        {
            return -1;
        }

        int j = SkipOrdinal(i + 1);
        if (At(j) is { } dot && dot.IsPunct('.') && !dot.SpaceBefore)
        {
            j++;
        }

        DateToken? c = At(j);
        bool connector = c is not null && (c.IsPunct('-') || c.IsPunct('&') || (c.IsWord && ConnectorWords.Contains(c.Norm)));
        if (!connector || !Num(j + 1, 1, 2))
        {
            return -1;
        }

        var rest = new List<DateItem>(2);
        int end = TryAt(j + 1, rest);
        if (end < 0 || rest.Count == 0 || rest[0].D is null)
        {
            return -1;
        }

        found.Add(Item(i, j, null, null, t[i].Value));
        found.AddRange(rest);
        return end;
    }

    /// <summary>A year on its own: "2010".</summary>
    private int TryYear(int i, List<DateItem> found)
    {
        if (!Year4(i))
        {
            return -1;
        }

        if (At(i + 1) is { } n && (n.IsPunct('%') || (n.IsWord && DurationWords.Units.Contains(n.Norm) && n.Norm is not ("year" or "years"))))
        {
            return -1;
        }

        found.Add(Item(i, i + 1, t[i].Value));
        return i + 1;
    }

    /// <summary>"October 2010", "June, 2009", "Nov.2009", "November 10, 2010", "October 26-27, 2010", "May '10", "March".</summary>
    private int TryMonthLed(int i, List<DateItem> found)
    {
        int m = t[i].Month;
        int j = i + 1;
        if (At(j) is { } dot && dot.IsPunct('.') && !dot.SpaceBefore)
        {
            j++;
        }

        if (Num(j, 1, 2) && t[j].Value is >= 1 and <= 31 && !(At(j + 1) is { } n1 && (n1.IsPunct('.') || n1.IsPunct('/')) && !n1.SpaceBefore && At(j + 2) is { IsNum: true }))
        {
            int d1 = t[j].Value;
            int k = SkipOrdinal(j + 1);
            if (At(k) is { } dash && dash.IsPunct('-') && Num(k + 1, 1, 2) && t[k + 1].Value is >= 1 and <= 31)
            {
                int d2 = t[k + 1].Value;
                int k2 = SkipOrdinal(k + 2);
                if (At(k2) is { } comma && comma.IsPunct(','))
                {
                    k2++;
                }

                if (Year4(k2) && ValidDay(t[k2].Value, m, d1) && ValidDay(t[k2].Value, m, d2))
                {
                    found.Add(Item(i, k, t[k2].Value, m, d1));
                    found.Add(Item(k + 1, k2 + 1, t[k2].Value, m, d2));
                    return k2 + 1;
                }
            }

            if (At(k) is { } c && c.IsPunct(','))
            {
                k++;
            }

            if (Year4(k))
            {
                if (!ValidDay(t[k].Value, m, d1))
                {
                    return -1;
                }

                found.Add(Item(i, k + 1, t[k].Value, m, d1));
                return k + 1;
            }

            found.Add(Item(i, j + 1, null, m, d1));
            return j + 1;
        }

        int y = SkipYearIntro(j);
        if (Year4(y))
        {
            found.Add(Item(i, y + 1, t[y].Value, m));
            return y + 1;
        }

        if (At(y) is { } apostrophe && apostrophe.IsPunct('\'') && Num(y + 1, 2, 2))
        {
            found.Add(Item(i, y + 2, TwoDigitYear(t[y + 1].Value), m));
            return y + 2;
        }

        found.Add(Item(i, j, null, m));
        return j;
    }

    /// <summary>Completes dates without a year (and a day without a month) from the next date, across a connector.</summary>
    private void Complete(List<DateItem> items)
    {
        for (int k = items.Count - 2; k >= 0; k--)
        {
            DateItem a = items[k];
            DateItem b = items[k + 1];
            if (a.Y is not null || b.Y is null || Gap(a.To, b.From) == GapKind.Words)
            {
                continue;
            }

            int? m = a.M ?? b.M;
            if (m is null || (a.D is not null && a.M is null && b.D is null))
            {
                continue;
            }

            int y = b.Y.Value;
            var end = b.ToDate();
            if (a.D is not null && !ValidDay(y, m.Value, a.D.Value))
            {
                continue;
            }

            var start = new PartialDate(y, m, a.D);
            if (start.FirstDay > end.LastDay)
            {
                y--;
                if (a.D is not null && !ValidDay(y, m.Value, a.D.Value))
                {
                    continue;
                }
            }

            a.Y = y;
            a.M = m;
        }
    }
}
