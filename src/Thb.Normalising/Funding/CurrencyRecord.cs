namespace Thb.Normalising.Funding;

/// <summary>A line of <c>currencies.json</c>: an ISO 4217 code, its signs and names, and whether the code is read only in capitals.</summary>
internal sealed class CurrencyRecord
{
    public required string Code { get; init; }

    public string[] Symbols { get; set; } = [];

    public string[] Names { get; set; } = [];

    public bool UpperOnly { get; init; }
}
