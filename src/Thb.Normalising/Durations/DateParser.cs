namespace Thb.Normalising.Durations;

/// <summary>Finds the dates of a duration cell, left to right, with the rules of <see cref="DateGrammar"/> (linear time).</summary>
internal sealed class DateParser
{
    private readonly List<DateToken> t;
    private readonly DateScanner scanner;
    private readonly bool[] consumed;

    public DateParser(List<DateToken> tokens)
    {
        t = tokens;
        scanner = new DateScanner(tokens);
        consumed = new bool[tokens.Count];
    }

    public IReadOnlyList<DateToken> Tokens => t;

    /// <summary>Every date, completed where it borrows year/month from the next date ("14-19 October 2010").</summary>
    public List<DateItem> Parse()
    {
        var items = new List<DateItem>();
        var found = new List<DateItem>(2);
        int i = 0;
        while (i < t.Count)
        {
            found.Clear();
            int next = scanner.TryAt(i, found);
            if (next > i)
            {
                items.AddRange(found);
                Array.Fill(consumed, true, i, next - i);
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

            if (x.IsWord && (DurationWords.Range.Contains(x.Norm) || DurationWords.Qualifiers.Contains(x.Norm)))
            {
                continue;
            }

            // "Q3", "2nd half": a small number that only qualifies the next date
            if (x.IsNum && x.Len <= 2 && ((k > 0 && t[k - 1].IsWord && t[k - 1].Norm == "q" && !x.SpaceBefore)
                || (k + 1 < t.Count && t[k + 1].IsWord && (DurationWords.OrdinalSuffixes.Contains(t[k + 1].Norm) || DurationWords.Qualifiers.Contains(t[k + 1].Norm)))))
            {
                continue;
            }

            if (x.IsWord && DurationWords.And.Contains(x.Norm))
            {
                and = true;
                continue;
            }

            return GapKind.Words;
        }

        return and ? GapKind.And : GapKind.Range;
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
            var end = b.End;
            if (a.D is not null && !DateScanner.ValidDay(y, m.Value, a.D.Value))
            {
                continue;
            }

            var start = new PartialDate(y, m, a.D);
            if (start.FirstDay > end.LastDay)
            {
                y--;
                if (a.D is not null && !DateScanner.ValidDay(y, m.Value, a.D.Value))
                {
                    continue;
                }
            }

            a.Y = y;
            a.M = m;
        }
    }
}
