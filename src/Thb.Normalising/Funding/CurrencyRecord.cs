namespace Thb.Normalising.Funding;

/// <summary>A line of <c>currencies.json</c>: an ISO 4217 code, its signs and names, and whether the code is read only in capitals.</summary>
internal sealed class CurrencyRecord
{
    public required string Code { get; init; }

    public string[] Symbols { get; init; } = [];

    public string[] Names { get; init; } = [];

    public bool UpperOnly { get; init; }

    public static CurrencyRecord From(System.Text.Json.JsonElement e) => new()
    {
        Code = e.Text("code"),
        Symbols = e.Texts("symbols"),
        Names = e.Texts("names"),
        UpperOnly = e.TryGetProperty("upperOnly", out var upper) && upper.GetBoolean(),
    };
}
