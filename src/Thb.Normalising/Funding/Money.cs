namespace Thb.Normalising.Funding;

/// <summary>An amount of money in a currency (ISO 4217 code, e.g. "EUR", "USD", "SEK").</summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Amount} {Currency}");
}
