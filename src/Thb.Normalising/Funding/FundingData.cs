namespace Thb.Normalising.Funding;

/// <summary>The funding reader's data files (<c>Funding/Data/*.json</c>), read once.</summary>
internal sealed class FundingData
{
    private static readonly Lazy<FundingData> LazyInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static FundingData Instance => LazyInstance.Value;

    public required DataFile<CurrencyRecord> Currencies { get; init; }

    public required DataFile<MultiplierRecord> Multipliers { get; init; }

    /// <summary>The word sets of <c>money-words.json</c> (approximately, identifiers, units, totals, ...).</summary>
    public required WordSets Words { get; init; }

    /// <summary>The phrases and words of <c>not-stated.json</c>.</summary>
    public required WordSets NotStated { get; init; }

    private static FundingData Load() => new()
    {
        Currencies = EmbeddedData.Load("Funding/Data/currencies.json", CurrencyRecord.From),
        Multipliers = EmbeddedData.Load("Funding/Data/multipliers.json", MultiplierRecord.From),
        Words = EmbeddedData.LoadWordSets("Funding/Data/money-words.json"),
        NotStated = EmbeddedData.LoadWordSets("Funding/Data/not-stated.json"),
    };
}
