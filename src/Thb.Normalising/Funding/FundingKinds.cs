namespace Thb.Normalising.Funding;

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
