namespace Thb.Normalising.Funding;

/// <summary>The funding reader's data files (<c>Funding/Data/*.json</c>), read once, when first used.</summary>
internal static class FundingData
{
    public static readonly DataFile<CurrencyRecord> Currencies = EmbeddedData.Load("Funding/Data/currencies.json", CurrencyRecord.From);

    public static readonly DataFile<MultiplierRecord> Multipliers = EmbeddedData.Load("Funding/Data/multipliers.json", MultiplierRecord.From);

    /// <summary>The word sets of <c>money-words.json</c> (approximately, identifiers, units, totals, ...).</summary>
    public static readonly WordSets Words = EmbeddedData.LoadWordSets("Funding/Data/money-words.json");

    /// <summary>The phrases and words of <c>not-stated.json</c>.</summary>
    public static readonly WordSets NotStated = EmbeddedData.LoadWordSets("Funding/Data/not-stated.json");
}
