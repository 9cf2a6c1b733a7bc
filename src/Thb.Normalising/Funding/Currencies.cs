namespace Thb.Normalising.Funding;

/// <summary>Currency markers next to a number: signs, ISO 4217 codes and names, from <c>currencies.json</c>.</summary>
internal static class Currencies
{
    public const string Eur = "EUR";

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal);

    /// <summary>Codes (and names) read in any letter case, folded lower case.</summary>
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal);

    /// <summary>Codes that are also words: only in upper case.</summary>
    private static readonly HashSet<string> UpperOnlyCodes = new(StringComparer.Ordinal);

    static Currencies()
    {
        foreach (var currency in FundingData.Currencies.Entries)
        {
            foreach (var symbol in currency.Symbols)
            {
                Symbols[symbol] = currency.Code;
            }

            foreach (var name in currency.Names)
            {
                Words[TextFolding.FoldLower(name)] = currency.Code;
            }

            if (currency.UpperOnly)
            {
                UpperOnlyCodes.Add(currency.Code);
            }
            else
            {
                Words[currency.Code.ToLowerInvariant()] = currency.Code;
            }
        }
    }

    /// <summary>The ISO code a token names, or null.</summary>
    public static string? Of(TextToken t)
    {
        if (t.Kind == TokenKind.Symbol)
        {
            return Symbols.GetValueOrDefault(t.Text);
        }

        if (!t.IsWord)
        {
            return null;
        }

        if (Words.TryGetValue(t.Lower, out string? code))
        {
            return code;
        }

        return t.Text.Length == 3 && UpperOnlyCodes.Contains(t.Text) ? t.Text : null;
    }

    /// <summary>"MSEK", "MEUR", "kEUR", "TEUR", "TSEK": a multiplier glued to a code.</summary>
    public static bool TryPrefixed(TextToken t, out decimal multiplier, out string currency)
    {
        multiplier = 1;
        currency = "";
        if (!t.IsWord || t.Text.Length != 4)
        {
            return false;
        }

        decimal m = t.Text[0] switch
        {
            'M' or 'm' => 1_000_000m,
            'k' or 'K' or 'T' => 1_000m,
            _ => 0m,
        };
        string code = t.Lower[1..];
        if (m == 0 || !Words.TryGetValue(code, out string? found) || found.ToLowerInvariant() != code)
        {
            return false;
        }

        multiplier = m;
        currency = found;
        return true;
    }
}
