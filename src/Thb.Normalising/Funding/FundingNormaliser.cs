using System.Text;
using FundingValue = Thb.Normalising.Funding.Funding;

namespace Thb.Normalising.Funding;

/// <summary>
/// Reads the "Funding in EUR" column. Rules:
/// <list type="number">
/// <item>Numbers are read with their group separators ("1.300" is 1300, never 1.3; "341 972.40", "1'500'000",
/// "12,500.00", "53.368,01", "164.000,-"), PDF artefacts ("1.599.24 0", "2.000 .000", "29 226, 4") and multipliers
/// ("3 million", "1,5 Mio.", "250k", "1 bn", "MSEK"). A single comma or point followed by three digits groups thousands
/// unless a multiplier follows ("2,730 MSEK" is 2.73 million).</item>
/// <item>Never money: years (1900-2099 without currency), percentages, exchange rates ("1 EUR = 3,9 PLN"), dates,
/// ordinals, identifiers ("LOT 6", "RSF 5", "Project no 6"), counts ("3 years"), phone numbers. A bare number below 100
/// counts only when it is all the cell says or part of a range.</item>
/// <item>A bare number in this column is EUR, unless the cell names only another currency. Another currency is never
/// read as EUR: with no EUR amount the kind is other-currency and <see cref="Funding.Original"/> keeps the money.</item>
/// <item>Amounts outside parentheses win over those inside ("298.000 EUR (206.000 EUR of EU support)" is 298000);
/// inside parentheses are used only when nothing is outside ("(55.000+40.000)" is 95000). Among the amounts kept, one
/// introduced by "total"/"overall"/"sum" wins; amounts introduced by "of which"/"thereof"/"including" are dropped; a
/// range ("EUR 10,000 - 20,000", "between €1 and 1.5 million") is taken as a range; otherwise the amounts are added up,
/// because separate amounts at the same level are parts of the funding: "EUR 10,000 (2010) and EUR 15,000 (2011)" is
/// 25000 and the note keeps the text.</item>
/// <item>Without money: "XX", "TBD", "...", "?" are placeholders; "-", "n/a", "No information", "Not quantifiable…" are
/// not available; other words are non-monetary (the note keeps them).</item>
/// </list>
/// </summary>
public static class FundingNormaliser
{
    private static readonly HashSet<string> ApproxWords = new(StringComparer.Ordinal)
    {
        "approximately", "approx", "appr", "ca", "circa", "about", "around", "roughly", "some", "estimated", "environ", "env",
        "etwa", "rund", "ungefahr", "zirka", "cca", "aprox", "aproximadamente", "up", "to", "max", "maximum", "min", "minimum",
    };

    /// <summary>Words that say nothing once the amount is gone ("from", "between … and", "total").</summary>
    private static readonly HashSet<string> FillerWords = new(StringComparer.Ordinal)
    {
        "from", "to", "between", "and", "total", "sum", "amount", "of", "the", "in", "approximately", "approx", "ca", "about",
        "around", "some", "up", "max", "min", "overall", "bis", "von", "zwischen", "und", "de", "a", "entre", "et", "only",
    };

    private static readonly HashSet<string> PlaceholderWords = new(StringComparer.Ordinal)
    {
        "tbd", "tbc", "tba", "nn", "to", "be", "determined", "confirmed", "defined", "decided", "announced", "specified",
    };

    private static readonly string[] NotAvailablePhrases =
    [
        "not available", "not applicable", "no information", "no info", "no data", "not known", "unknown", "not quantifiable",
        "not quantified", "cannot be quantified", "can not be quantified", "can't be quantified", "difficult to", "not possible to",
        "impossible to", "not yet known", "not yet available", "not specified", "not determined", "not defined", "not disclosed",
        "keine angaben", "nicht verfugbar", "nicht bekannt", "unbekannt", "nicht quantifizierbar", "non disponible", "inconnu",
        "sans objet", "pas disponible", "non applicable", "non communique", "n/a", "n/0", "n.a.", "n/d",
    ];

    private static readonly HashSet<string> NotAvailableWords = new(StringComparer.Ordinal) { "na", "none", "nil", "nd", "unknown" };

    /// <summary>Reads one cell. Never throws: a fault of ours is a failure of kind
    /// <see cref="ReadFailureKind.InternalError"/>; <paramref name="raw"/> is kept exactly (null becomes "").</summary>
    public static ReadResult<FundingValue> Read(string? raw) => ReadResult<FundingValue>.Guard(raw ?? "", ReadText, Unreadable);

    /// <summary>The reading of one cell (see <see cref="Read"/>); throws <see cref="NormalisingFaultException"/> only on a fault of ours.</summary>
    public static FundingValue Normalise(string? raw) => Read(raw).GetValueOrThrow();

    private static FundingValue Unreadable(string raw) => new(raw, FundingKind.NonMonetary, null, null, null, Fold(raw));

    private static ReadResult<FundingValue> ReadText(string raw) => ReadResult<FundingValue>.Success(Interpret(raw));

    /// <summary>A numeric Excel cell, or the template's "Amount in EUR" helper column.</summary>
    public static Funding FromNumber(decimal eur, string raw) =>
        new(raw ?? "", FundingKind.Amount, Tidy(eur), null, null, null);

    private static FundingValue Interpret(string raw)
    {
        string text = TextFolding.FoldSymbols(raw);
        List<TextToken> tokens = TextTokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return new Funding(raw, FundingKind.Empty, null, null, null, null);
        }

        var scanner = new MoneyScanner(tokens);
        List<MoneyCandidate> all = scanner.Scan();

        // A small bare number is money only when it is all the cell says ("50", "approx. 80 -").
        bool onlyNumbers = tokens.TrueForAll(x => !x.IsWord || ApproxWords.Contains(x.Lower));
        var money = all.FindAll(c => c.Excluded == Exclusion.None || (c.Excluded == Exclusion.SmallBare && onlyNumbers));

        bool anyEur = money.Exists(c => c.Currency == Currencies.Eur);
        bool anyForeign = money.Exists(c => c.Currency is not null and not Currencies.Eur);
        var eur = money.FindAll(c => c.Currency == Currencies.Eur || (c.Currency is null && (anyEur || !anyForeign)));
        var foreign = money.FindAll(c => c.Currency is not null and not Currencies.Eur);

        if (eur.Count > 0)
        {
            var picked = Pick(eur);
            Money? original = foreign.Count > 0 ? OriginalOf(Pick(foreign)) : null;
            string? note = NoteOf(text, tokens, picked);
            if (picked.Count == 1 && picked[0].IsRange)
            {
                return new Funding(raw, FundingKind.Range, null, Tidy(picked[0].Value), Tidy(picked[0].Max!.Value), note, original);
            }

            // several parts added up: the note keeps the whole text, so the breakdown stays visible
            return new Funding(raw, FundingKind.Amount, Tidy(picked.Sum(c => c.Value)), null, null, picked.Count > 1 ? Fold(text) : note, original);
        }

        if (foreign.Count > 0)
        {
            var picked = Pick(foreign);
            return new Funding(raw, FundingKind.OtherCurrency, null, null, null, NoteOf(text, tokens, picked), OriginalOf(picked));
        }

        return WithoutMoney(raw, text, tokens);
    }

    /// <summary>Outside parentheses first; "total" wins; breakdowns dropped; a range alone; else the sum.</summary>
    private static List<MoneyCandidate> Pick(List<MoneyCandidate> list)
    {
        int depth = list.Min(c => c.Depth);
        var pool = list.FindAll(c => c.Depth == depth);
        MoneyCandidate? total = pool.Find(c => c.Total);
        if (total is not null)
        {
            return [total];
        }

        var parts = pool.FindAll(c => !c.Breakdown);
        if (parts.Count == 0)
        {
            parts = pool;
        }

        MoneyCandidate? range = parts.Find(c => c.IsRange);
        if (range is not null)
        {
            return [range];
        }

        string? currency = parts[0].Currency;
        return parts.FindAll(c => c.Currency == currency || c.Currency is null || currency is null);
    }

    private static Money OriginalOf(List<MoneyCandidate> picked)
    {
        string currency = picked.Find(c => c.Currency is not null)?.Currency ?? Currencies.Eur;
        decimal amount = picked.Count == 1 && picked[0].IsRange ? picked[0].Value : picked.Sum(c => c.Value);
        return new Money(Tidy(amount), currency);
    }

    private static Funding WithoutMoney(string raw, string text, List<TextToken> tokens)
    {
        string folded = Fold(text);
        string lower = TextFolding.FoldLower(folded);
        bool hasWordOrDigit = tokens.Exists(x => x.Kind != TokenKind.Symbol);
        if (!hasWordOrDigit)
        {
            // "-", "--", "//" say "nothing to report"; "...", "?" are template placeholders
            bool placeholder = tokens.TrueForAll(x => x.Is('.')) || tokens.Exists(x => x.Is('?'));
            return new Funding(raw, placeholder ? FundingKind.Placeholder : FundingKind.NotAvailable, null, null, null, null);
        }

        if (IsPlaceholder(tokens))
        {
            return new Funding(raw, FundingKind.Placeholder, null, null, null, null);
        }

        bool notAvailable = tokens.Exists(x => x.IsWord && NotAvailableWords.Contains(x.Lower));
        foreach (string phrase in NotAvailablePhrases)
        {
            notAvailable |= lower.Contains(phrase, StringComparison.Ordinal);
        }

        if (notAvailable)
        {
            bool bare = tokens.Count(x => x.IsWord) <= 3 && !lower.Contains("because", StringComparison.Ordinal);
            return new Funding(raw, FundingKind.NotAvailable, null, null, null, bare ? null : folded);
        }

        return new Funding(raw, FundingKind.NonMonetary, null, null, null, folded);
    }

    /// <summary>"XX", "xx.xxx EUR", "TBD", "EUR ?", "to be determined".</summary>
    private static bool IsPlaceholder(List<TextToken> tokens)
    {
        bool marker = false;
        foreach (TextToken x in tokens)
        {
            if (x.IsWord)
            {
                bool xs = x.Lower.Length >= 2 && x.Lower.All(ch => ch == 'x');
                if (xs || x.Lower is "tbd" or "tbc" or "tba" or "nn" or "determined" or "confirmed" or "defined" or "decided" or "announced")
                {
                    marker = true;
                    continue;
                }

                if (PlaceholderWords.Contains(x.Lower) || ApproxWords.Contains(x.Lower) || Currencies.Of(x) is not null)
                {
                    continue;
                }

                return false;
            }

            if (x.IsNumber)
            {
                return false;
            }

            marker |= x.Is('?');
        }

        return marker;
    }

    /// <summary>The text without the amounts taken and without "approximately"-like words; null when no words remain.</summary>
    private static string? NoteOf(string text, List<TextToken> tokens, List<MoneyCandidate> picked)
    {
        var drop = new bool[tokens.Count];
        foreach (MoneyCandidate c in picked)
        {
            for (int k = c.FirstTok; k <= c.LastTok; k++)
            {
                drop[k] = true;
            }
        }

        for (int k = 0; k < tokens.Count; k++)
        {
            TextToken x = tokens[k];
            if (x.IsWord && ApproxWords.Contains(x.Lower) && x.Lower is not ("to" or "up" or "some" or "estimated" or "max" or "min" or "maximum" or "minimum"))
            {
                drop[k] = true;
                if (k + 1 < tokens.Count && tokens[k + 1].Is('.') && !tokens[k + 1].SpaceBefore)
                {
                    drop[k + 1] = true;
                }
            }
            else if (x.Is('~') || x.Is('≈'))
            {
                drop[k] = true;
            }
        }

        var sb = new StringBuilder(text.Length);
        for (int k = 0; k < tokens.Count; k++)
        {
            if (drop[k])
            {
                sb.Append(' ');
                continue;
            }

            if (tokens[k].SpaceBefore)
            {
                sb.Append(' ');
            }

            sb.Append(text, tokens[k].Start, tokens[k].End - tokens[k].Start);
        }

        string note = RemoveEmptyParentheses(Fold(sb.ToString())).Trim();
        note = note.Trim(' ', '-', ':', ';', ',', '.', '/', '+', '€', '=', '*', '|');
        while (note.Length >= 2 && note[0] == '(' && note[^1] == ')' && note.IndexOf(')', StringComparison.Ordinal) == note.Length - 1)
        {
            note = note[1..^1].Trim();
        }

        note = note.Trim(' ', '-', ':', ';', ',', '/');
        if (note.StartsWith('(') && !note.Contains(')', StringComparison.Ordinal))
        {
            note = note[1..].Trim();
        }

        if (note.EndsWith(')') && !note.Contains('(', StringComparison.Ordinal))
        {
            note = note[..^1].Trim();
        }

        bool meaningful = false;
        foreach (TextToken w in TextTokenizer.Tokenize(note))
        {
            meaningful |= w.IsWord && !FillerWords.Contains(w.Lower) && Currencies.Of(w) is null;
        }

        return meaningful ? note : null;
    }

    /// <summary>"( + )", "( )": parentheses left with neither letters nor digits once the amounts are gone.</summary>
    private static string RemoveEmptyParentheses(string s)
    {
        var sb = new StringBuilder(s);
        bool changed = true;
        while (changed)
        {
            changed = false;
            int open = -1;
            for (int k = 0; k < sb.Length; k++)
            {
                if (sb[k] == '(')
                {
                    open = k;
                }
                else if (sb[k] == ')' && open >= 0)
                {
                    bool empty = true;
                    for (int q = open + 1; q < k; q++)
                    {
                        empty &= !char.IsLetterOrDigit(sb[q]);
                    }

                    if (empty)
                    {
                        sb.Remove(open, k - open + 1);
                        changed = true;
                        break;
                    }

                    open = -1;
                }
            }
        }

        return Fold(sb.ToString());
    }

    /// <summary>White space folded to single spaces, trimmed.</summary>
    private static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Rounded to the cent, without trailing zeros.</summary>
    private static decimal Tidy(decimal value)
    {
        decimal rounded = decimal.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded / 1.000000000000000000000000000000000m;
    }
}
