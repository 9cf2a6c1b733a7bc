namespace Thb.Normalising.Funding;

/// <summary>An amount of money in a currency (ISO 4217 code, e.g. "EUR", "USD", "SEK").</summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Amount} {Currency}");
}

/// <summary>What a "Funding in EUR" cell says.</summary>
public enum FundingKind
{
    /// <summary>One amount in EUR (<see cref="Funding.AmountEur"/>).</summary>
    Amount,

    /// <summary>Between two amounts in EUR (<see cref="Funding.MinEur"/>, <see cref="Funding.MaxEur"/>).</summary>
    Range,

    /// <summary>Words without money ("financed through the general budgets of the ministries").</summary>
    NonMonetary,

    /// <summary>"n/a", "-", "Not available.", "No information", "Not quantifiable because ongoing".</summary>
    NotAvailable,

    /// <summary>A template placeholder: "XX", "TBD", "...", "?".</summary>
    Placeholder,

    /// <summary>Nothing written.</summary>
    Empty,

    /// <summary>Money in another currency only (<see cref="Funding.Original"/>); no EUR amount is invented.</summary>
    OtherCurrency,
}

/// <summary>
/// A normalised funding cell. <see cref="Raw"/> is the text exactly as read (null becomes ""). AmountEur for
/// <see cref="FundingKind.Amount"/>; MinEur/MaxEur for <see cref="FundingKind.Range"/>; Original is the money as
/// written when it is not in EUR; Note keeps the remaining words worth keeping, else null.
/// </summary>
public sealed record Funding(string Raw, FundingKind Kind, decimal? AmountEur, decimal? MinEur, decimal? MaxEur, string? Note, Money? Original = null);

/// <summary>JSON names of <see cref="FundingKind"/>: amount | range | non-monetary | not-available | placeholder | empty | other-currency.</summary>
public static class FundingKinds
{
    public static string ToJson(FundingKind kind) => kind switch
    {
        FundingKind.Amount => "amount",
        FundingKind.Range => "range",
        FundingKind.NonMonetary => "non-monetary",
        FundingKind.NotAvailable => "not-available",
        FundingKind.Placeholder => "placeholder",
        FundingKind.Empty => "empty",
        FundingKind.OtherCurrency => "other-currency",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown funding kind."),
    };

    public static bool TryFromJson(string? json, out FundingKind kind)
    {
        switch (json?.Trim().ToLowerInvariant())
        {
            case "amount": kind = FundingKind.Amount; return true;
            case "range": kind = FundingKind.Range; return true;
            case "non-monetary": kind = FundingKind.NonMonetary; return true;
            case "not-available": kind = FundingKind.NotAvailable; return true;
            case "placeholder": kind = FundingKind.Placeholder; return true;
            case "empty": kind = FundingKind.Empty; return true;
            case "other-currency": kind = FundingKind.OtherCurrency; return true;
            default: kind = default; return false;
        }
    }

    public static FundingKind FromJson(string json) =>
        TryFromJson(json, out FundingKind kind) ? kind : throw new ArgumentException($"Unknown funding kind '{json}'.", nameof(json));
}
