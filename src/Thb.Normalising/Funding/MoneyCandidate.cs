using System.Globalization;

namespace Thb.Normalising.Funding;

/// <summary>A number found in a funding cell, with its currency and multiplier.</summary>
internal sealed class MoneyCandidate
{
    public decimal Value { get; set; }

    public decimal RawValue { get; init; }

    public decimal Multiplier { get; init; } = 1;

    public bool HasMultiplier => Multiplier != 1;

    public bool HasSeparators { get; init; }

    /// <summary>ISO code, or null for a bare number.</summary>
    public string? Currency { get; set; }

    /// <summary>First and last token (inclusive), currency and multiplier included.</summary>
    public int FirstTok { get; init; }

    public int LastTok { get; set; }

    public int NumTok { get; init; }

    public int NumEndTok { get; init; }

    public int Depth { get; init; }

    public Exclusion Excluded { get; set; }

    public bool Total { get; set; }

    public bool Breakdown { get; set; }

    /// <summary>A share ("25 %", "25 Prozent"): never money, and what the cell says instead of an amount.</summary>
    public bool Share { get; set; }

    public decimal? Max { get; set; }

    public bool IsRange => Max is not null;
}
