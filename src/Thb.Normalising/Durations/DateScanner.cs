namespace Thb.Normalising.Durations;

/// <summary>The tokens of a duration cell and the small tests the date rules are written with.</summary>
internal sealed class DateScanner(List<DateToken> tokens)
{
    public List<DateToken> Tokens { get; } = tokens;

    public int Count => Tokens.Count;

    public DateToken this[int i] => Tokens[i];

    public DateToken? At(int i) => i >= 0 && i < Tokens.Count ? Tokens[i] : null;

    /// <summary>A number of <paramref name="minLen"/> to <paramref name="maxLen"/> digits at token i.</summary>
    public bool Num(int i, int minLen, int maxLen) => At(i) is { IsNum: true } x && x.Len >= minLen && x.Len <= maxLen;

    /// <summary>A year of four digits from 1900 to 2099 at token i.</summary>
    public bool Year4(int i) => At(i) is { IsNum: true, Len: 4 } x && x.Value is >= 1900 and <= 2099;

    /// <summary>The separator <paramref name="c"/> at token i; without spaces around it unless <paramref name="allowSpace"/>.</summary>
    public bool Sep(int i, char c, bool allowSpace)
    {
        DateToken? x = At(i);
        if (x is null || !x.IsPunct(c))
        {
            return false;
        }

        return allowSpace || (!x.SpaceBefore && !(At(i + 1)?.SpaceBefore ?? false));
    }

    /// <summary>Inside a chain like "1.2.3" at its second number: not the start of a date.</summary>
    public bool MidChain(int i, char sep) => At(i - 1) is { } p && p.IsPunct(sep) && !p.SpaceBefore && !Tokens[i].SpaceBefore && At(i - 2) is { IsNum: true };

    /// <summary>Skips an ordinal suffix after a number: "9th", "9 th", "1er", "2e", German "1." before a month or a dash.</summary>
    public int SkipOrdinal(int j)
    {
        DateToken? x = At(j);
        if (x is null)
        {
            return j;
        }

        if (x.IsWord && !x.SpaceBefore && DurationWords.OrdinalSuffixes.Contains(x.Norm))
        {
            return j + 1;
        }

        if (x.IsWord && x.SpaceBefore && DurationWords.SpacedOrdinalSuffixes.Contains(x.Norm))
        {
            return j + 1;
        }

        if (x.IsPunct('.') && !x.SpaceBefore && At(j + 1) is { } n && (n.Month != 0 || n.IsPunct('-')))
        {
            return j + 1;
        }

        return j;
    }

    /// <summary>Skips the punctuation between a month and its year: "June, 2009", "Nov.2009".</summary>
    public int SkipYearIntro(int j)
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

    /// <summary>Two-digit years below 50 are 20xx, the others 19xx.</summary>
    public static int TwoDigitYear(int v) => v < 50 ? 2000 + v : 1900 + v;

    public static bool ValidDay(int y, int m, int d) => m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    /// <summary>Day first; month first only when day first is impossible (second &gt; 12, first ≤ 12).</summary>
    public static bool DayMonth(int y, int a, int b, out int d, out int m)
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

    /// <summary>Tries the grammar's rules at token i, in order; returns the index after the first match, or -1.</summary>
    public int TryAt(int i, List<DateItem> found)
    {
        DateToken x = Tokens[i];
        var rules = x.IsNum ? DateGrammar.NumberRules : x.IsWord && x.Month != 0 ? DateGrammar.MonthRules : x.IsWord ? DateGrammar.WordRules : [];
        foreach (var rule in rules)
        {
            int next = rule.Match(this, i, found);
            if (next > 0)
            {
                return next;
            }
        }

        return -1;
    }
}
