namespace Thb.Normalising.Funding;

/// <summary>
/// A number of a funding cell as written: its value, the multiplier after it ("3 million", "2 MSEK"), whether it had
/// group separators, and its tokens: <see cref="NumTok"/>..<see cref="NumEndTok"/> the digits, <see cref="LastTok"/>
/// the last token read (",-" and the multiplier included).
/// </summary>
internal sealed record NumberReading(decimal Value, decimal Multiplier, bool HasSeparators, int NumTok, int NumEndTok, int LastTok)
{
    /// <summary>A currency glued to the multiplier ("MSEK"), or null.</summary>
    public string? Currency { get; init; }
}
