namespace Thb.Normalising.Funding;

/// <summary>A line of <c>multipliers.json</c>: a factor and how it is written after an amount.</summary>
internal sealed class MultiplierRecord
{
    public required decimal Factor { get; init; }

    public string[] Words { get; init; } = [];

    public string[] Abbreviations { get; init; } = [];

    public string[] Letters { get; init; } = [];

    public string[] CurrencyLetters { get; init; } = [];

    public static MultiplierRecord From(System.Text.Json.JsonElement e) => new()
    {
        Factor = e.GetProperty("factor").GetDecimal(),
        Words = e.Texts("words"),
        Abbreviations = e.Texts("abbreviations"),
        Letters = e.Texts("letters"),
        CurrencyLetters = e.Texts("currencyLetters"),
    };
}
