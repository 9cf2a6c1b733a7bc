namespace Thb.Normalising.Funding;

/// <summary>An amount of money in a currency (ISO 4217 code, e.g. "EUR", "USD", "SEK"; or one a reader could not name, <see cref="CurrencyCode.Unnamed"/>).</summary>
public readonly record struct Money(decimal Amount, CurrencyCode Currency)
{
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Amount} {Currency}");
}
