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
/// inside parentheses are used only when nothing is outside ("Office budget (55.000+40.000)" is 95000). Among the amounts kept, one
/// introduced by "total"/"overall"/"sum" wins; amounts introduced by "of which"/"thereof"/"including" are dropped; a
/// range ("EUR 10,000 - 20,000", "between €1 and 1.5 million") is taken as a range; otherwise the amounts are added up,
/// because separate amounts at the same level are parts of the funding: "EUR 10,000 (2010) and EUR 15,000 (2011)" is
/// 25000 and the note keeps the text.</item>
/// <item>Never an amount, and the reading says why: a cell that is only a calculation ("-2+3", "+1+1", "=1+1", "2*3")
/// and a share ("25 %", "25 Prozent", "25 pour cent"); both are non-monetary with their text in the note.</item>
/// <item>Without money: "XX", "TBD", "...", "?" are placeholders; "-", "n/a", "No information", "Not quantifiable…",
/// "k. A.", "entfällt", "non communiqué", "n.c.", "néant" are not available (not-stated.json); other words are
/// non-monetary (the note keeps them).</item>
/// </list>
/// </summary>
public static class FundingNormaliser
{
    private static readonly HashSet<string> ApproxWords = FundingData.Words.Set("approximately");

    /// <summary>Reads one cell. Never throws: a fault of ours is a failure of kind
    /// <see cref="ReadFailureKind.InternalError"/>; <paramref name="raw"/> is kept exactly (null becomes "").</summary>
    public static ReadResult<FundingValue> Read(string? raw) => ReadResult<FundingValue>.Guard(raw ?? "", Remembered, Unreadable);

    /// <summary>The reading of each text seen before: returns repeat their amounts and "-", "n/a", "tbd" row after row.
    /// A reading is immutable and depends on its text alone.</summary>
    private static readonly BoundedMemo<string, ReadResult<FundingValue>> Seen = new(4096);

    /// <summary>The remembered reading, holding this cell's own text as its raw (an equal text of another cell is not it).</summary>
    private static ReadResult<FundingValue> Remembered(string text)
    {
        var read = Seen.GetOrRead(text, Interpret);
        return ReferenceEquals(read.Value.Raw, text) || read.Value.Raw != text ? read : read.WithValue(read.Value with { Raw = text });
    }

    /// <summary>The reading of one cell (see <see cref="Read"/>); throws <see cref="NormalisingFaultException"/> only on a fault of ours.</summary>
    public static FundingValue Normalise(string? raw) => Read(raw).GetValueOrThrow();

    /// <summary>A numeric Excel cell, or the template's "Amount in EUR" helper column.</summary>
    public static FundingValue FromNumber(decimal eur, string raw) =>
        new(raw ?? "", FundingKind.Amount, Tidy(eur), null, null, null);

    private static FundingValue Unreadable(string raw) => new(raw, FundingKind.NonMonetary, null, null, null, FundingNote.FoldSpaces(raw));

    private static ReadResult<FundingValue> Interpret(string raw)
    {
        string text = TextFolding.FoldSymbols(raw);
        List<TextToken> tokens = TextTokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return ReadResult<FundingValue>.Success(new FundingValue(raw, FundingKind.Empty, null, null, null, null));
        }

        if (Calculation.Is(tokens))
        {
            return ReadResult<FundingValue>.Failed(
                new FundingValue(raw, FundingKind.NonMonetary, null, null, null, FundingNote.FoldSpaces(text)),
                ReadFailure.NotUnderstood("it is a calculation, not an amount"));
        }

        List<MoneyCandidate> all = new MoneyScanner(tokens).Scan();

        // A small bare number is money only when it is all the cell says ("50", "approx. 80 -").
        bool onlyNumbers = tokens.TrueForAll(x => !x.IsWord || ApproxWords.Contains(x.Lower));
        var money = all.FindAll(c => c.Excluded == Exclusion.None || (c.Excluded == Exclusion.SmallBare && onlyNumbers));
        return money.Count > 0
            ? ReadResult<FundingValue>.Success(WithMoney(raw, text, tokens, money))
            : FundingWithoutMoney.Read(raw, text, tokens, all.Exists(c => c.Share));
    }

    /// <summary>EUR amounts (a bare number is EUR unless the cell names only another currency); else another currency,
    /// never read as EUR.</summary>
    private static FundingValue WithMoney(string raw, string text, List<TextToken> tokens, List<MoneyCandidate> money)
    {
        bool anyEur = money.Exists(c => c.Currency == Currencies.Eur);
        bool anyForeign = money.Exists(c => c.Currency is not null and not Currencies.Eur);
        var eur = money.FindAll(c => c.Currency == Currencies.Eur || (c.Currency is null && (anyEur || !anyForeign)));
        var foreign = money.FindAll(c => c.Currency is not null and not Currencies.Eur);
        if (eur.Count == 0)
        {
            var pickedForeign = Pick(foreign);
            return new FundingValue(raw, FundingKind.OtherCurrency, null, null, null, FundingNote.Of(text, tokens, pickedForeign), OriginalOf(pickedForeign));
        }

        var picked = Pick(eur);
        Money? original = foreign.Count > 0 ? OriginalOf(Pick(foreign)) : null;
        string? note = FundingNote.Of(text, tokens, picked);
        if (picked.Count == 1 && picked[0].IsRange)
        {
            return new FundingValue(raw, FundingKind.Range, null, Tidy(picked[0].Value), Tidy(picked[0].Max!.Value), note, original);
        }

        // several parts added up: the note keeps the whole text, so the breakdown stays visible
        return new FundingValue(raw, FundingKind.Amount, Tidy(picked.Sum(c => c.Value)), null, null, picked.Count > 1 ? FundingNote.FoldSpaces(text) : note, original);
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
        // No candidate names a currency: the amount is read as euro, as every unmarked amount is.
        string currency = picked.Find(c => c.Currency is not null)?.Currency ?? Currencies.Eur;
        decimal amount = picked.Count == 1 && picked[0].IsRange ? picked[0].Value : picked.Sum(c => c.Value);
        return new Money(Tidy(amount), CurrencyCode.FromReading(currency));
    }

    /// <summary>Rounded to the cent, without trailing zeros.</summary>
    internal static decimal Tidy(decimal value)
    {
        decimal rounded = decimal.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded / 1.000000000000000000000000000000000m;
    }
}
