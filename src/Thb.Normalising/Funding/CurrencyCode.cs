using System.Diagnostics.CodeAnalysis;

namespace Thb.Normalising.Funding;

/// <summary>
/// A currency: an ISO 4217 code, three upper-case letters ("EUR", "USD", "SEK"), made only by <see cref="Parse"/> or
/// <see cref="TryParse(string?, out CurrencyCode, out string?)"/> (with the reason when a text is none). A reader may
/// find a currency it cannot name — a number format showing a symbol no code is known for ("₿", "Fr.") — and that
/// currency stays what it was before codes were typed: <see cref="Unnamed"/> keeps the text as shown, with
/// <see cref="IsIso"/> false, so nothing of what the return said is lost and its JSON is the same text. Implicitly its
/// text where a string is wanted (a message, a CSV cell), never implicitly made from one; in JSON it is its text
/// (written at the edge, by the funding's converter).
/// </summary>
public readonly record struct CurrencyCode
{
    private readonly string? value;

    private CurrencyCode(string value, bool isIso)
    {
        this.value = value;
        IsIso = isIso;
    }

    /// <summary>The euro, the currency every amount is reported in.</summary>
    public static CurrencyCode Eur { get; } = new("EUR", true);

    /// <summary>The code ("EUR"), or the text as shown of a currency no code is known for ("" for the default value).</summary>
    public string Value => value ?? "";

    /// <summary>Whether this is an ISO 4217 code; false for an <see cref="Unnamed"/> currency (and the default value).</summary>
    public bool IsIso { get; }

    /// <summary>The code <paramref name="text"/> spells; a <see cref="FormatException"/> saying why when it spells none.</summary>
    public static CurrencyCode Parse(string? text) => TryParse(text, out var code, out var reason) ? code : throw new FormatException(reason);

    public static bool TryParse([NotNullWhen(true)] string? text, out CurrencyCode code) => TryParse(text, out code, out _);

    /// <summary>Whether <paramref name="text"/> is an ISO 4217 code (three letters A–Z, upper case); when not, <paramref name="reason"/> says why.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CurrencyCode code, [NotNullWhen(false)] out string? reason)
    {
        reason = Problem(text);
        code = reason is null ? new CurrencyCode(text!, true) : default;
        return reason is null;
    }

    /// <summary>A currency a reader found but cannot name with a code: kept as the text shows it (not ISO).</summary>
    public static CurrencyCode Unnamed(string shown)
    {
        ArgumentException.ThrowIfNullOrEmpty(shown);
        return new CurrencyCode(shown, false);
    }

    /// <summary>
    /// What a reader's currency text is: the ISO code where it is one, else <see cref="Unnamed"/> (a symbol, or a
    /// stored text from before). Used where a text is read back (stored rows' JSON, a number format's symbol).
    /// </summary>
    public static CurrencyCode FromReading(string text) => TryParse(text, out var code) ? code : Unnamed(text);

    public override string ToString() => Value;

    public static implicit operator string(CurrencyCode code) => code.Value;

    public static explicit operator CurrencyCode(string text) => Parse(text);

    private static string? Problem(string? text)
    {
        if (text is null || text.Length != 3)
            return $"'{text}' is not a currency code: an ISO 4217 code has three letters (e.g. EUR, USD, SEK), this has {text?.Length ?? 0}.";
        foreach (var c in text)
        {
            if (c is >= 'A' and <= 'Z') continue;
            return c is >= 'a' and <= 'z'
                ? $"'{text}' is not a currency code: ISO 4217 codes are upper case ('{text.ToUpperInvariant()}')."
                : $"'{text}' is not a currency code: ISO 4217 codes are letters A to Z only, not '{c}'.";
        }
        return null;
    }
}
