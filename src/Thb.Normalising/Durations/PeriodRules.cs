namespace Thb.Normalising.Durations;

/// <summary>
/// The date rules for parts of a year (see <see cref="DateGrammar"/> and <c>periods.json</c>): an ordinal, a unit and
/// a year in any of the ways English, French and German write them. Each reads as a range of whole months and never gets
/// a day; a part without its year ("Q1" in "Q1-Q2 2012") borrows it from the next date.
/// </summary>
internal static class PeriodRules
{
    /// <summary>"3rd quarter of 2012", "2. Halbjahr 2012", "1er semestre 2012", "2e trimestre 2012", "3Q 2012".</summary>
    public static int Numbered(DateScanner s, int i, List<DateItem> found)
    {
        if (!s.Num(i, 1, 1))
        {
            return -1;
        }

        if (s.At(i + 1) is { IsWord: true, SpaceBefore: false } letter && PeriodWords.Letter(letter.Norm) is { } lettered)
        {
            return Part(s, i, i + 2, s[i].Value, lettered, found);
        }

        int j = OrdinalEnd(s, i + 1);
        return j > i + 1 && s.At(j) is { IsWord: true } word && PeriodWords.Unit(word.Norm) is { } unit
            ? Part(s, i, j + 1, s[i].Value, unit, found)
            : -1; // "3 quarters" counts quarters: an ordinal marker is needed
    }

    /// <summary>"Q3 2012", "H2 2010", "S1 2012", "T3/2012", "Q3-2012".</summary>
    public static int Lettered(DateScanner s, int i, List<DateItem> found) =>
        PeriodWords.Letter(s[i].Norm) is { } unit && s.Num(i + 1, 1, 1) && !s[i + 1].SpaceBefore
            ? Part(s, i, i + 2, s[i + 1].Value, unit, found)
            : -1;

    /// <summary>"third quarter 2012", "second half of 2010", "zweites Halbjahr 2012", "II. Quartal 2012", "last quarter of 2012".</summary>
    public static int Worded(DateScanner s, int i, List<DateItem> found)
    {
        if (PeriodWords.Ordinal(s[i].Norm) is not { } n)
        {
            return -1;
        }

        int j = s.At(i + 1) is { } dot && dot.IsPunct('.') && !dot.SpaceBefore ? i + 2 : i + 1; // "II. Quartal"
        return s.At(j) is { IsWord: true } word && PeriodWords.Unit(word.Norm) is { } unit
            ? Part(s, i, j + 1, n == PeriodWords.LastPart ? unit.Parts : n, unit, found)
            : -1;
    }

    /// <summary>"2012 Q3", "2012-H2", "2012/Q3": the year first.</summary>
    public static int YearFirst(DateScanner s, int i, List<DateItem> found)
    {
        if (!s.Year4(i))
        {
            return -1;
        }

        int j = s.At(i + 1) is { } sep && (sep.IsPunct('-') || sep.IsPunct('/')) ? i + 2 : i + 1;
        if (s.At(j) is not { IsWord: true } letter || PeriodWords.Letter(letter.Norm) is not { } unit || !s.Num(j + 1, 1, 1) || s[j + 1].SpaceBefore
            || s[j + 1].Value < 1 || s[j + 1].Value > unit.Parts)
        {
            return -1;
        }

        var (first, last) = unit.Months(s[j + 1].Value);
        found.Add(DateItem.Period(i, j + 2, s[i].Value, first, last));
        return j + 2;
    }

    /// <summary>"summer 2011", "été 2011", "Sommer 2011", "spring of 2010", "winter 2011/12" (a winter needs both years).</summary>
    public static int Season(DateScanner s, int i, List<DateItem> found)
    {
        if (PeriodWords.SeasonOf(s[i].Norm) is not { } season)
        {
            return -1;
        }

        int y = SkipFillers(s, i + 1);
        if (!s.Year4(y))
        {
            return YearLess(s, i, i + 1, season.FirstMonth, season.LastMonth, found, season.CrossesYear);
        }

        int year = s[y].Value;
        if (!season.CrossesYear)
        {
            found.Add(DateItem.Period(i, y + 1, year, season.FirstMonth, season.LastMonth));
            return y + 1;
        }

        if (NextYearAt(s, y + 1, year) is { } end)
        {
            found.Add(DateItem.Period(i, end, year, season.FirstMonth, season.LastMonth, year + 1));
            return end;
        }

        found.Add(DateItem.Date(i, y + 1, year)); // "winter 2011": 2010/11 or 2011/12, so only the year
        return y + 1;
    }

    /// <summary>Part <paramref name="n"/> of <paramref name="unit"/>, its year after the unit (<paramref name="j"/>)
    /// and fillers, or borrowed from the next date.</summary>
    private static int Part(DateScanner s, int from, int j, int n, PeriodUnit unit, List<DateItem> found)
    {
        if (n < 1 || n > unit.Parts)
        {
            return -1;
        }

        var (first, last) = unit.Months(n);
        int y = SkipFillers(s, j);
        if (!s.Year4(y))
        {
            return YearLess(s, from, j, first, last, found, false);
        }

        found.Add(DateItem.Period(from, y + 1, s[y].Value, first, last));
        return y + 1;
    }

    /// <summary>A period without its year, kept only before a range connector ("Q1-Q2 2012", "spring/summer 2011"),
    /// where it borrows the year of the next date.</summary>
    private static int YearLess(DateScanner s, int from, int to, int first, int last, List<DateItem> found, bool crossesYear)
    {
        bool connector = s.At(to) is { } c && (c.IsPunct('-') || c.IsPunct('/') || (c.IsWord && DurationWords.Connectors.Contains(c.Norm)));
        if (!connector || crossesYear)
        {
            return -1;
        }

        found.Add(DateItem.Period(from, to, null, first, last));
        return to;
    }

    /// <summary>After a part's number: a glued ordinal suffix ("3rd", "2e", "1er", "2ème") or a German full stop ("3.").</summary>
    private static int OrdinalEnd(DateScanner s, int j)
    {
        if (s.At(j) is { IsWord: true, SpaceBefore: false } suffix && DurationWords.OrdinalSuffixes.Contains(suffix.Norm))
        {
            return j + 1;
        }

        return s.At(j) is { } dot && dot.IsPunct('.') && !dot.SpaceBefore ? j + 1 : j;
    }

    /// <summary>Skips what may stand between a period and its year: "of the year", "de l'année", "des Jahres", "-", "/".</summary>
    private static int SkipFillers(DateScanner s, int j)
    {
        for (int n = 0; n < 5 && s.At(j) is { } x; n++, j++)
        {
            bool filler = x.IsWord ? PeriodWords.IsFiller(x.Norm) : x.IsPunct('-') || x.IsPunct('/') || x.IsPunct(',') || x.IsPunct('.') || x.IsPunct('\'');
            if (!filler)
            {
                break;
            }
        }

        return j;
    }

    /// <summary>"/12", "/2012", "-2012" right after a year: the next year, as a winter needs it.</summary>
    private static int? NextYearAt(DateScanner s, int j, int year)
    {
        if (s.At(j) is not { } sep || !(sep.IsPunct('/') || sep.IsPunct('-')))
        {
            return null;
        }

        bool next = (s.Year4(j + 1) && s[j + 1].Value == year + 1) || (s.Num(j + 1, 2, 2) && s[j + 1].Value == (year + 1) % 100);
        return next ? j + 2 : null;
    }
}
