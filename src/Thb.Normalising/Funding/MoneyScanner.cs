using System.Globalization;

namespace Thb.Normalising.Funding;

internal enum Exclusion
{
    None,

    /// <summary>A bare number below 100: a count or an identifier unless it is all the cell says, or part of a range.</summary>
    SmallBare,

    /// <summary>Never money: years, percentages, exchange rates, dates, ordinals, identifiers, phone numbers, counts.</summary>
    NotMoney,
}

/// <summary>A number found in a funding cell, with its currency and multiplier.</summary>
internal sealed class MoneyCandidate
{
    public decimal Value { get; set; }

    public decimal RawValue { get; init; }

    public decimal Multiplier { get; init; } = 1;

    public bool HasMultiplier => Multiplier != 1;

    public bool HasSeparators { get; init; }

    /// <summary>ISO code, or null for a bare number.</summary>
    public string? Currency { get; set; }

    /// <summary>First and last token (inclusive), currency and multiplier included.</summary>
    public int FirstTok { get; init; }

    public int LastTok { get; set; }

    public int NumTok { get; init; }

    public int NumEndTok { get; init; }

    public int Depth { get; init; }

    public Exclusion Excluded { get; set; }

    public bool Total { get; set; }

    public bool Breakdown { get; set; }

    public decimal? Max { get; set; }

    public bool IsRange => Max is not null;
}

/// <summary>Finds the numbers of a funding cell, reading group separators ("1.300", "341 972.40", "1'500'000"),
/// decimal commas, PDF artefacts ("1.599.24 0", "2.000 .000", "51 295. 80"), multipliers and currencies.</summary>
internal sealed class MoneyScanner
{
    private static readonly HashSet<string> IdentifierWords = new(StringComparer.Ordinal)
    {
        "lot", "lots", "phase", "phases", "no", "nr", "nro", "number", "num", "article", "art", "annex", "step", "component",
        "module", "chapter", "section", "page", "p", "pp", "point", "item", "priority", "measure", "objective", "call", "group",
        "level", "round", "tranche", "version", "tel", "phone", "telephone", "fax", "mobile", "room", "code", "ref", "reference",
        "paragraph", "para", "line", "table", "box", "activity", "action", "output", "outcome", "result", "ziffer", "punkt",
        "nummer", "numero", "rsf", "decision", "regulation", "directive", "resolution", "contract", "grant",
    };

    private static readonly HashSet<string> UnitWords = new(StringComparer.Ordinal)
    {
        "year", "years", "month", "months", "day", "days", "week", "weeks", "hour", "hours", "person", "persons", "people",
        "participant", "participants", "victim", "victims", "expert", "experts", "officer", "officers", "trainee", "trainees",
        "country", "countries", "phase", "phases", "project", "projects", "session", "sessions", "time", "times", "page", "pages",
        "staff", "member", "members", "child", "children", "women", "men", "girls", "boys", "case", "cases", "jahre", "jahren",
        "monate", "monaten", "tage", "ans", "mois", "jours", "partners", "ngos", "organisations", "organizations", "meetings",
        "workshops", "trainings", "copies", "leaflets", "brochures", "posters", "police", "judges", "prosecutors", "institutions",
        "seminars", "conferences", "visits", "modules", "courses", "students", "persons)", "beneficiaries", "families", "km",
        "percent", "prozent", "pourcent", "pc", "pct",
    };

    private static readonly HashSet<string> TotalWords = new(StringComparer.Ordinal)
    {
        "total", "totals", "overall", "insgesamt", "gesamt", "gesamtbetrag", "gesamtsumme", "gesamtkosten", "gesamtbudget",
        "sum", "summe", "somme", "totale", "totaal", "altogether",
    };

    private static readonly HashSet<string> BreakdownWords = new(StringComparer.Ordinal)
    {
        "thereof", "davon", "dont", "including", "incl", "inkl", "whereof", "hiervon", "inclusive",
    };

    private readonly List<TextToken> t;

    public MoneyScanner(List<TextToken> tokens) => t = tokens;

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

            int next = ReadNumber(i, lastUsed, out MoneyCandidate? c);
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

    /// <summary>Reads the number starting at token i; returns the token index after it.</summary>
    private int ReadNumber(int i, int lastUsed, out MoneyCandidate? candidate)
    {
        candidate = null;

        // steps: separator (' ' for white space only), digits, whether the separator stood between spaces, token index
        var steps = new List<(char Sep, string Digits, bool Tight, int Tok)>();
        int j = i + 1;
        while (steps.Count < 12)
        {
            TextToken? a = At(j);
            TextToken? b = At(j + 1);
            if (a is not null && a.Symbol is '.' or ',' or '\'' && b is { IsNumber: true })
            {
                // "67, 7 500 EUR": a comma or point followed by a space and a number with its own groups is list punctuation
                if (b.SpaceBefore && At(j + 2) is { IsNumber: true, SpaceBefore: true })
                {
                    break;
                }

                steps.Add((a.Symbol, b.Text, !a.SpaceBefore && !b.SpaceBefore, j + 1));
                j += 2;
            }
            else if (a is { IsNumber: true } && a.SpaceBefore)
            {
                steps.Add((' ', a.Text, false, j));
                j += 1;
            }
            else
            {
                break;
            }
        }

        // Longest valid reading; a reading may stop only where white space separates ("2010 280 000" → no).
        decimal value = 0;
        int used = -1;
        bool separators = false;
        for (int k = steps.Count; k >= 0; k--)
        {
            if (k < steps.Count && steps[k].Tight && steps[k].Sep != ' ')
            {
                continue;
            }

            if (TryInterpret(t[i].Text, steps, k, Multiplied(k == 0 ? i + 1 : steps[k - 1].Tok + 1), out value))
            {
                used = k;
                separators = k > 0;
                break;
            }
        }

        if (used < 0)
        {
            // "18.05.01", "30.04.2011": glued numbers that are no amount; skip them entirely.
            int end = i + 1;
            foreach ((char sep, _, bool tight, int tok) in steps)
            {
                if (sep == ' ' || !tight)
                {
                    break;
                }

                end = tok + 1;
            }

            return end;
        }

        int numEnd = used == 0 ? i : steps[used - 1].Tok; // last digit token
        int last = numEnd;
        int p = numEnd + 1;

        // ",-" / ".-" / ",--": no cents
        if (At(p) is { } comma && (comma.Is(',') || comma.Is('.')) && !comma.SpaceBefore && At(p + 1) is { } dash && dash.Is('-') && !dash.SpaceBefore
            && !(At(p + 2) is { IsNumber: true } && !t[p + 2].SpaceBefore))
        {
            p += 2;
            while (At(p) is { } more && more.Is('-') && !more.SpaceBefore)
            {
                p++;
            }

            last = p - 1;
        }

        decimal multiplier = 1;
        string? currency = null;
        if (ReadMultiplier(p, out decimal m, out int afterMult, out string? glued))
        {
            multiplier = m;
            currency = glued;
            last = afterMult - 1;
            p = afterMult;
        }

        if (currency is null && At(p) is { IsWord: true, Lower: "us" } && At(p + 1) is { } usd && Currencies.Of(usd) == "USD")
        {
            currency = "USD"; // "US dollars", "US $"
            last = p + 1;
            p += 2;
        }
        else if (currency is null && At(p) is { } cur && Currencies.Of(cur) is { } code)
        {
            currency = code;
            last = p;
            p++;
        }

        int first = i;
        if (i - 1 > lastUsed && At(i - 1) is { } before && Currencies.Of(before) is { } pre)
        {
            currency ??= pre;
            first = i - 1;
            if (pre == "USD" && At(i - 2) is { IsWord: true, Lower: "us" })
            {
                first = i - 2;
            }
        }
        else if (i - 2 > lastUsed && At(i - 1) is { } tilde && (tilde.Is('~') || tilde.Is('≈')) && At(i - 2) is { } pre2 && Currencies.Of(pre2) is { } code2)
        {
            currency ??= code2;
            first = i - 2;
        }

        candidate = new MoneyCandidate
        {
            Value = value * multiplier,
            RawValue = value,
            Multiplier = multiplier,
            HasSeparators = separators,
            Currency = currency,
            FirstTok = first,
            LastTok = last,
            NumTok = i,
            NumEndTok = numEnd,
            Depth = t[i].Depth,
        };
        candidate.Excluded = Exclude(candidate);
        return last + 1;
    }

    /// <summary>Whether a multiplier word follows (then a decimal comma/point is read as decimal: "1,5 million").</summary>
    private bool Multiplied(int p)
    {
        if (At(p) is { } comma && (comma.Is(',') || comma.Is('.')) && At(p + 1) is { } dash && dash.Is('-'))
        {
            return false;
        }

        return ReadMultiplier(p, out _, out _, out _);
    }

    private bool ReadMultiplier(int p, out decimal multiplier, out int after, out string? currency)
    {
        multiplier = 1;
        after = p;
        currency = null;
        TextToken? w = At(p);
        if (w is null || !w.IsWord)
        {
            return false;
        }

        if (Currencies.TryPrefixed(w, out decimal pm, out string pc))
        {
            multiplier = pm;
            currency = pc;
            after = p + 1;
            return true;
        }

        decimal m = w.Lower switch
        {
            "million" or "millions" or "mio" or "mill" or "mln" or "mn" or "millionen" or "millones" or "milioni" => 1_000_000m,
            "billion" or "billions" or "bn" or "mrd" or "milliard" or "milliards" or "milliarde" or "milliarden" => 1_000_000_000m,
            "thousand" or "thousands" or "tsd" or "tausend" => 1_000m,
            "k" when !w.SpaceBefore || StandsAlone(p) => 1_000m,
            "m" when !w.SpaceBefore || StandsAlone(p) => 1_000_000m,
            _ => 0m,
        };
        if (m == 0)
        {
            return false;
        }

        // "k"/"m" glued inside a word ("5km") are no multipliers: the token must end there.
        multiplier = m;
        after = p + 1;
        if (At(after) is { } dot && dot.Is('.') && !dot.SpaceBefore && w.Lower is "mio" or "mill" or "mln" or "mrd" or "tsd" or "mn" or "bn")
        {
            after++;
        }

        return true;
    }

    /// <summary>A spaced "k"/"m" is a multiplier only before a currency, punctuation or the end ("EUR 3.5 k").</summary>
    private bool StandsAlone(int p) => At(p + 1) is not { } next || next.Kind == TokenKind.Symbol || Currencies.Of(next) is not null;

    /// <summary>
    /// Reads digits and separators. A space groups thousands (groups of three); a PDF-split group after a point or
    /// comma is joined back ("1.599.24 0"); a last separator that differs from the others, or a lone point/comma
    /// followed by one or two digits (or by any digits before a multiplier), is the decimal mark; a lone point/comma
    /// followed by three digits groups thousands ("1.300", "840,000"); anything else is no number.
    /// </summary>
    private static bool TryInterpret(string firstDigits, List<(char Sep, string Digits, bool Tight, int Tok)> steps, int count, bool multiplied, out decimal value)
    {
        value = 0;
        var groups = new List<string> { firstDigits };
        var seps = new List<char>();
        for (int k = 0; k < count; k++)
        {
            (char sep, string digits, _, _) = steps[k];
            string lastGroup = groups[^1];

            // PDF artefact: "1.599.24 0", "490.0 00": a group after a point or comma completed to three digits.
            if (sep == ' ' && seps.Count > 0 && seps[^1] is '.' or ',' && lastGroup.Length < 3 && lastGroup.Length + digits.Length == 3)
            {
                groups[^1] = lastGroup + digits;
                continue;
            }

            groups.Add(digits);
            seps.Add(sep);
        }

        if (seps.Count == 0)
        {
            return groups[0].Length <= 18 && decimal.TryParse(groups[0], NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        int decimalAt = -1;
        char last = seps[^1];
        string lastDigits = groups[^1];
        bool othersDiffer = seps.Count > 1 && seps.Take(seps.Count - 1).All(s => s != last);
        if (last is '.' or ',')
        {
            if (seps.Count == 1)
            {
                if (multiplied || lastDigits.Length is 1 or 2)
                {
                    decimalAt = 0;
                }
                else if (lastDigits.Length != 3)
                {
                    return false;
                }
            }
            else if (othersDiffer && (lastDigits.Length is 1 or 2 || multiplied))
            {
                decimalAt = seps.Count - 1;
            }
        }

        int groupCount = decimalAt >= 0 ? seps.Count - 1 : seps.Count;
        if (groupCount > 0)
        {
            if (groups[0].Length > 3)
            {
                return false;
            }

            char groupSep = seps[0];
            for (int k = 0; k < groupCount; k++)
            {
                if (seps[k] != groupSep || groups[k + 1].Length != 3)
                {
                    return false;
                }
            }
        }

        string integer = string.Concat(groups.Take(groupCount + 1));
        string fraction = decimalAt >= 0 ? groups[^1] : "";
        string text = fraction.Length > 0 ? integer + "." + fraction : integer;
        return integer.Length <= 18 && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private Exclusion Exclude(MoneyCandidate c)
    {
        TextToken? before = At(c.FirstTok - 1);
        TextToken? after = At(c.LastTok + 1);
        TextToken? afterNum = At(c.NumEndTok + 1);

        // exchange rates "1 EUR = 3,9 PLN", percentages, ordinals, fractions and dates, phone numbers
        if ((before is not null && before.Is('=')) || (after is not null && after.Is('=')))
        {
            return Exclusion.NotMoney;
        }

        if (afterNum is not null && (afterNum.Is('%') || (afterNum.IsWord && afterNum.Lower is "percent" or "prozent" or "pourcent" or "pct")))
        {
            return Exclusion.NotMoney;
        }

        if (afterNum is { IsWord: true } ord && !ord.SpaceBefore && ord.Lower is "st" or "nd" or "rd" or "th" or "er" or "eme")
        {
            return Exclusion.NotMoney;
        }

        if (afterNum is not null && afterNum.Is('/') && !afterNum.SpaceBefore && At(c.NumEndTok + 2) is { IsNumber: true })
        {
            return Exclusion.NotMoney;
        }

        if (At(c.NumTok - 1) is { } slash && slash.Is('/') && !t[c.NumTok].SpaceBefore && At(c.NumTok - 2) is { IsNumber: true })
        {
            return Exclusion.NotMoney;
        }

        if (At(c.NumTok - 1) is { } plus && plus.Is('+') && !t[c.NumTok].SpaceBefore && At(c.NumTok - 2) is not { IsNumber: true })
        {
            return Exclusion.NotMoney;
        }

        if (PrecedingWord(c.FirstTok, 3) is { } rate && rate.Lower is "rate" or "kurs" or "taux" or "wechselkurs")
        {
            return Exclusion.NotMoney;
        }

        if (c.Currency is not null)
        {
            return Exclusion.None;
        }

        // A bare number: glued to a word ("RSF5"), a year, an identifier ("LOT 6"), a count ("3 years").
        if (At(c.NumTok - 1) is { IsWord: true } glued && !t[c.NumTok].SpaceBefore)
        {
            return Exclusion.NotMoney;
        }

        if (afterNum is { IsWord: true } gluedAfter && !gluedAfter.SpaceBefore && !c.HasMultiplier)
        {
            return Exclusion.NotMoney;
        }

        if (!c.HasSeparators && !c.HasMultiplier && t[c.NumTok].Text.Length == 4 && c.RawValue is >= 1900 and <= 2099)
        {
            return Exclusion.NotMoney;
        }

        if (PrecedingWord(c.FirstTok, 1) is { } id && (IdentifierWords.Contains(id.Lower) || IsAcronym(id)))
        {
            return Exclusion.NotMoney;
        }

        if (At(c.LastTok + 1) is { IsWord: true } unit && UnitWords.Contains(unit.Lower))
        {
            return Exclusion.NotMoney;
        }

        if (!c.HasMultiplier && !c.HasSeparators && c.RawValue < 100)
        {
            return Exclusion.SmallBare;
        }

        return Exclusion.None;
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
                || PrecedingWord(c.FirstTok, 1) is { Lower: "tel" or "phone" or "telephone" or "fax" or "mobile" or "gsm" or "telefon" });
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

            for (int k = c.LastTok + 1; k < t.Count && k <= c.LastTok + 2; k++)
            {
                if (t[k].IsWord && t[k].Lower is "total" or "insgesamt" or "overall" or "altogether")
                {
                    c.Total = true;
                }
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
            bool between = PrecedingWord(a.FirstTok, 1) is { Lower: "between" or "zwischen" or "entre" };
            bool connector = c.Is('-') || (c.IsWord && c.Lower is "to" or "bis" or "a" or "au")
                || (between && c.IsWord && c.Lower is "and" or "und" or "et");
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
