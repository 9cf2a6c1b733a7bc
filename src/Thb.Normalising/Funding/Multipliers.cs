namespace Thb.Normalising.Funding;

/// <summary>The words, abbreviations and letters for thousands, millions and billions, from <c>multipliers.json</c>.</summary>
internal static class Multipliers
{
    private static readonly Dictionary<string, decimal> Words = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, decimal> Abbreviations = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, decimal> Letters = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, decimal> CurrencyLetters = new(StringComparer.Ordinal);

    static Multipliers()
    {
        foreach (var record in FundingData.Multipliers.Entries)
        {
            Add(Words, record.Words, record.Factor);
            Add(Abbreviations, record.Abbreviations, record.Factor);
            Add(Letters, record.Letters, record.Factor);
            Add(CurrencyLetters, record.CurrencyLetters, record.Factor);
        }
    }

    /// <summary>The factor of a multiplier word or abbreviation ("million", "Mio"), or 0.</summary>
    public static decimal OfWord(string folded) =>
        Words.TryGetValue(folded, out var f) || Abbreviations.TryGetValue(folded, out f) ? f : 0m;

    /// <summary>Whether an abbreviation ("Mio", "Tsd") may carry a full stop.</summary>
    public static bool IsAbbreviation(string folded) => Abbreviations.ContainsKey(folded);

    /// <summary>The factor of a letter ("k", "m"), or 0.</summary>
    public static decimal OfLetter(string folded) => Letters.GetValueOrDefault(folded);

    /// <summary>The factor of a letter read only right before a currency ("T€"), or 0.</summary>
    public static decimal OfCurrencyLetter(string folded) => CurrencyLetters.GetValueOrDefault(folded);

    private static void Add(Dictionary<string, decimal> map, IEnumerable<string> words, decimal factor)
    {
        foreach (var word in words)
        {
            map[TextFolding.FoldLower(word)] = factor;
        }
    }
}
