namespace Thb.Normalising.Funding;

/// <summary>A line of <c>multipliers.json</c>: a factor and how it is written after an amount.</summary>
internal sealed class MultiplierRecord
{
    public required decimal Factor { get; init; }

    public string[] Words { get; set; } = [];

    public string[] Abbreviations { get; set; } = [];

    public string[] Letters { get; set; } = [];

    public string[] CurrencyLetters { get; set; } = [];
}
