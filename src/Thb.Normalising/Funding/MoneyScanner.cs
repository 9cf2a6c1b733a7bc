namespace Thb.Normalising.Funding;

/// <summary>
/// Decides which numbers of a funding cell are money (the numbers themselves are read by <see cref="NumberReader"/>):
/// attaches the currency before or after each, leaves out what is never money (years, shares, exchange rates, dates,
/// ordinals, identifiers, counts, phone numbers), and marks totals, breakdowns and ranges.
/// </summary>
internal sealed class MoneyScanner
{
    private static readonly HashSet<string> IdentifierWords = FundingData.Words.Set("identifiers");
    private static readonly HashSet<string> UnitWords = FundingData.Words.Set("units");
    private static readonly HashSet<string> TotalWords = FundingData.Words.Set("totals");
    private static readonly HashSet<string> TotalAfterWords = FundingData.Words.Set("totals-after");
    private static readonly HashSet<string> BreakdownWords = FundingData.Words.Set("breakdowns");
    private static readonly HashSet<string> RateWords = FundingData.Words.Set("rates");
    private static readonly HashSet<string> PhoneWords = FundingData.Words.Set("phones");
    private static readonly HashSet<string> OrdinalSuffixes = FundingData.Words.Set("ordinals");
    private static readonly HashSet<string> BetweenWords = FundingData.Words.Set("between");
    private static readonly HashSet<string> RangeWords = FundingData.Words.Set("range-connectors");
    private static readonly HashSet<string> AndWords = FundingData.Words.Set("and");
    private static readonly HashSet<string> CurrencyLinks = FundingData.Words.Set("currency-links");
    private static readonly TokenPhrases Shares = new(FundingData.Words.List("shares"));

    private readonly List<TextToken> t;
    private readonly NumberReader numbers;

    public MoneyScanner(List<TextToken> tokens)
    {
        t = tokens;
        numbers = new NumberReader(tokens);
    }

    private TextToken? At(int i) => i >= 0 && i < t.Count ? t[i] : null;

    public List<MoneyCandidate> Scan()
    {
        var found = new List<MoneyCandidate>();
        int lastUsed = -1; // a currency after one amount is not also the currency before the next ("5.000 EUR 2010")
        int i = 0;
        while (i < t.Count)
        {
            if (!t[i].IsNumber || (i > 0 && t[i - 1].IsNumber && !t[i].SpaceBefore))
            {
                i++;
                continue;
            }

            int next = ReadCandidate(i, lastUsed, out MoneyCandidate? c);
            if (c is not null)
            {
                found.Add(c);
                lastUsed = c.LastTok;
            }

            i = Math.Max(next, i + 1);
        }

        ExcludePhoneRuns(found);
        MarkTotals(found);
        PairRanges(found);
        return found;
    }

    /// <summary>The number at token i with its currency, and whether it is money; returns the token index after it.</summary>
    private int ReadCandidate(int i, int lastUsed, out MoneyCandidate? candidate)
    {
        candidate = null;
        if (numbers.Read(i, out int resume) is not { } number)
        {
            return resume;
        }

        var (currency, last) = CurrencyAfter(number);
        var (before, first) = CurrencyBefore(i, lastUsed);
        candidate = new MoneyCandidate
        {
            Value = number.Value * number.Multiplier,
            RawValue = number.Value,
            Multiplier = number.Multiplier,
            HasSeparators = number.HasSeparators,
            Currency = currency ?? before,
            FirstTok = before is null ? i : first,
            LastTok = last,
            NumTok = i,
            NumEndTok = number.NumEndTok,
            Depth = t[i].Depth,
        };
        candidate.Excluded = Exclude(candidate);
        return candidate.LastTok + 1;
    }

    /// <summary>The currency after a number: glued to its multiplier ("MSEK"), "US dollars", a code or sign, or after a
    /// multiplier and "de"/"d'"/"of" ("3 millions d'euros"); and the last token of the amount.</summary>
    private (string? Currency, int Last) CurrencyAfter(NumberReading number)
    {
        int p = number.LastTok + 1;
        if (number.Currency is not null)
        {
            return (number.Currency, number.LastTok);
        }

        if (At(p) is { IsWord: true, Lower: "us" } && At(p + 1) is { } usd && Currencies.Of(usd) == "USD")
        {
            return ("USD", p + 1); // "US dollars", "US $"
        }

        if (At(p) is { } cur && Currencies.Of(cur) is { } code)
        {
            return (code, p);
        }

        if (number.Multiplier != 1 && At(p) is { IsWord: true } link && CurrencyLinks.Contains(link.Lower))
        {
            int q = At(p + 1) is { } apostrophe && apostrophe.Is('\'') ? p + 2 : p + 1;
            if (At(q) is { } linked && Currencies.Of(linked) is { } linkedCode)
            {
                return (linkedCode, q);
            }
        }

        return (null, number.LastTok);
    }

    /// <summary>The currency right before the number at token i ("EUR 5.000", "US$ 50,000", "€ ~ 2.000"), unless it
    /// already belongs to the amount before; and the first token of the amount.</summary>
    private (string? Currency, int First) CurrencyBefore(int i, int lastUsed)
    {
        if (i - 1 > lastUsed && At(i - 1) is { } before && Currencies.Of(before) is { } pre)
        {
            return (pre, pre == "USD" && At(i - 2) is { IsWord: true, Lower: "us" } ? i - 2 : i - 1);
        }

        if (i - 2 > lastUsed && At(i - 1) is { } tilde && (tilde.Is('~') || tilde.Is('≈')) && At(i - 2) is { } pre2 && Currencies.Of(pre2) is { } code2)
        {
            return (code2, i - 2);
        }

        return (null, i);
    }

    /// <summary>Whether a number is money: never an exchange rate, a share, an ordinal, a fraction or date, a phone
    /// number; a bare number (no currency) also never a year, an identifier or a count.</summary>
    private Exclusion Exclude(MoneyCandidate c)
    {
        if (NeverMoney(c))
        {
            return Exclusion.NotMoney;
        }

        return c.Currency is not null ? Exclusion.None : ExcludeBare(c);
    }

    private bool NeverMoney(MoneyCandidate c)
    {
        TextToken? before = At(c.FirstTok - 1);
        TextToken? after = At(c.LastTok + 1);
        TextToken? afterNum = At(c.NumEndTok + 1);
        if ((before is not null && before.Is('=')) || (after is not null && after.Is('=')))
        {
            return true; // "1 EUR = 3,9 PLN"
        }

        if (afterNum is not null && (afterNum.Is('%') || afterNum.Is('‰') || Shares.StartsAt(t, c.NumEndTok + 1, out _)))
        {
            c.Share = true;
            return true;
        }

        if (afterNum is { IsWord: true } ord && !ord.SpaceBefore && OrdinalSuffixes.Contains(ord.Lower))
        {
            return true;
        }

        bool fraction = afterNum is not null && afterNum.Is('/') && !afterNum.SpaceBefore && At(c.NumEndTok + 2) is { IsNumber: true };
        bool denominator = At(c.NumTok - 1) is { } slash && slash.Is('/') && !t[c.NumTok].SpaceBefore && At(c.NumTok - 2) is { IsNumber: true };
        bool signed = At(c.NumTok - 1) is { } plus && plus.Is('+') && !t[c.NumTok].SpaceBefore && At(c.NumTok - 2) is not { IsNumber: true };
        return fraction || denominator || signed || (PrecedingWord(c.FirstTok, 3) is { } rate && RateWords.Contains(rate.Lower));
    }

    /// <summary>A bare number: glued to a word ("RSF5"), a year, an identifier ("LOT 6"), a count ("3 years"), or small.</summary>
    private Exclusion ExcludeBare(MoneyCandidate c)
    {
        TextToken? afterNum = At(c.NumEndTok + 1);
        bool glued = (At(c.NumTok - 1) is { IsWord: true } && !t[c.NumTok].SpaceBefore)
            || (afterNum is { IsWord: true } gluedAfter && !gluedAfter.SpaceBefore && !c.HasMultiplier);
        bool year = !c.HasSeparators && !c.HasMultiplier && t[c.NumTok].Text.Length == 4 && c.RawValue is >= 1900 and <= 2099;
        bool identifier = PrecedingWord(c.FirstTok, 1) is { } id && (IdentifierWords.Contains(id.Lower) || IsAcronym(id));
        bool count = At(c.LastTok + 1) is { IsWord: true } unit && UnitWords.Contains(unit.Lower);
        if (glued || year || identifier || count)
        {
            return Exclusion.NotMoney;
        }

        return !c.HasMultiplier && !c.HasSeparators && c.RawValue < 100 ? Exclusion.SmallBare : Exclusion.None;
    }

    private static bool IsAcronym(TextToken w)
    {
        if (w.Text.Length < 2 || Currencies.Of(w) is not null)
        {
            return false;
        }

        foreach (char ch in w.Text)
        {
            if (!char.IsUpper(ch))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The nearest word before token <paramref name="from"/>, skipping '.', ':', '#' and '°', within <paramref name="reach"/> tokens.</summary>
    private TextToken? PrecedingWord(int from, int reach)
    {
        for (int k = from - 1; k >= 0 && k >= from - reach - 2; k--)
        {
            TextToken x = t[k];
            if (x.IsWord)
            {
                return x;
            }

            if (!(x.Is('.') || x.Is(':') || x.Is('#') || x.Is('°') || x.Is('º')))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"+359 2 982 5555", "Tel. 01 234 567": every number of a phone number is no money.</summary>
    private void ExcludePhoneRuns(List<MoneyCandidate> found)
    {
        for (int n = 0; n < found.Count; n++)
        {
            MoneyCandidate c = found[n];
            bool phone = c.Currency is null && ((At(c.NumTok - 1) is { } plus && plus.Is('+') && At(c.NumTok - 2) is not { IsNumber: true })
                || PrecedingWord(c.FirstTok, 1) is { } w && PhoneWords.Contains(w.Lower));
            if (!phone)
            {
                continue;
            }

            c.Excluded = Exclusion.NotMoney;
            for (int m = n + 1; m < found.Count && found[m].Currency is null; m++)
            {
                bool joined = true;
                for (int k = found[m - 1].LastTok + 1; k < found[m].FirstTok; k++)
                {
                    joined &= t[k].Is('-') || t[k].Is('/') || t[k].Is('(') || t[k].Is(')') || t[k].Is('.');
                }

                if (!joined)
                {
                    break;
                }

                found[m].Excluded = Exclusion.NotMoney;
                n = m;
            }
        }
    }

    /// <summary>"Total (Sum): X", "X in total"; breakdowns "of which X", "thereof X".</summary>
    private void MarkTotals(List<MoneyCandidate> found)
    {
        for (int n = 0; n < found.Count; n++)
        {
            MoneyCandidate c = found[n];
            if (c.Excluded == Exclusion.NotMoney)
            {
                continue;
            }

            int stop = -1;
            for (int m = n - 1; m >= 0; m--)
            {
                if (found[m].Excluded != Exclusion.NotMoney)
                {
                    stop = found[m].LastTok;
                    break;
                }
            }

            MarkFromWordsBefore(c, stop);
            for (int k = c.LastTok + 1; k < t.Count && k <= c.LastTok + 2; k++)
            {
                if (t[k].IsWord && TotalAfterWords.Contains(t[k].Lower))
                {
                    c.Total = true;
                }
            }
        }
    }

    /// <summary>Within ten words before an amount (not crossing the previous amount, a ';' or a sentence's end):
    /// "total" makes it the total; "of which", "thereof", "davon" within four make it a breakdown.</summary>
    private void MarkFromWordsBefore(MoneyCandidate c, int stop)
    {
        int words = 0;
        for (int k = c.FirstTok - 1; k > stop && words < 10; k--)
        {
            TextToken x = t[k];
            if (x.Depth > c.Depth)
            {
                continue; // skip a parenthesis in between: "The total project (for the period 2009-2011) amounts to"
            }

            if (x.Depth < c.Depth || x.Is(';') || (x.Is('.') && At(k + 1) is { SpaceBefore: true, IsNumber: false }))
            {
                break;
            }

            if (!x.IsWord)
            {
                continue;
            }

            words++;
            if (TotalWords.Contains(x.Lower))
            {
                c.Total = true;
                break;
            }

            if (words <= 4 && (BreakdownWords.Contains(x.Lower) || (x.Lower == "which" && At(k - 1) is { IsWord: true, Lower: "of" or "among" })))
            {
                c.Breakdown = true;
                break;
            }
        }
    }

    /// <summary>"EUR 10,000 - 20,000", "from 5.000 to 8.000 EUR", "between €1 and 1.5 million".</summary>
    private void PairRanges(List<MoneyCandidate> found)
    {
        for (int n = 0; n + 1 < found.Count; n++)
        {
            MoneyCandidate a = found[n];
            MoneyCandidate b = found[n + 1];
            if (a.Excluded == Exclusion.NotMoney || b.Excluded == Exclusion.NotMoney || a.IsRange || a.Depth != b.Depth)
            {
                continue;
            }

            if (a.Currency is not null && b.Currency is not null && a.Currency != b.Currency)
            {
                continue;
            }

            int gapFrom = a.LastTok + 1;
            int gapTo = b.FirstTok;
            if (gapTo - gapFrom != 1)
            {
                continue;
            }

            TextToken c = t[gapFrom];
            bool between = PrecedingWord(a.FirstTok, 1) is { } b0 && BetweenWords.Contains(b0.Lower);
            bool connector = c.Is('-') || (c.IsWord && RangeWords.Contains(c.Lower))
                || (between && c.IsWord && AndWords.Contains(c.Lower));
            if (!connector)
            {
                continue;
            }

            decimal low = a.Value;
            if (!a.HasMultiplier && b.HasMultiplier && a.RawValue <= b.RawValue)
            {
                low = a.RawValue * b.Multiplier;
            }

            if (low >= b.Value)
            {
                continue;
            }

            a.Value = low;
            a.Max = b.Value;
            a.Currency ??= b.Currency;
            a.LastTok = b.LastTok;
            a.Excluded = Exclusion.None;
            a.Total |= b.Total;
            found.RemoveAt(n + 1);
        }
    }
}
