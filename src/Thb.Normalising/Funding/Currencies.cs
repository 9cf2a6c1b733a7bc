namespace Thb.Normalising.Funding;

/// <summary>Currency markers next to a number: symbols, ISO 4217 codes and names.</summary>
internal static class Currencies
{
    public const string Eur = "EUR";

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["€"] = "EUR", ["$"] = "USD", ["£"] = "GBP", ["¥"] = "JPY", ["₽"] = "RUB", ["₴"] = "UAH", ["₺"] = "TRY", ["₹"] = "INR", ["₾"] = "GEL",
    };

    /// <summary>Codes read in any letter case (none of them is an English, French or German word).</summary>
    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "usd", "gbp", "chf", "sek", "nok", "dkk", "pln", "czk", "huf", "bgn", "ron", "lvl", "ltl", "eek", "hrk", "rsd", "mkd",
        "uah", "rub", "jpy", "cny", "aud", "cad", "isk", "mdl", "gel", "azn", "kzt", "byn", "byr", "bam", "inr", "ngn", "zar",
        "xof", "xaf", "egp", "skk", "sit", "cyp", "mtl", "nzd", "brl", "mxn", "kgs", "tjs", "uzs", "afn", "pkr", "bdt", "lkr",
        "npr", "php", "idr", "vnd", "khr", "kes", "ugx", "tzs", "etb", "ghs", "ils", "jod", "lbp", "syp", "iqd", "irr",
    };

    /// <summary>Codes that are also words: only in upper case.</summary>
    private static readonly HashSet<string> UpperOnlyCodes = new(StringComparer.Ordinal) { "TRY", "ALL", "MAD", "AMD", "TND", "DZD", "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "LYD", "SDG", "MZN", "AOA", "CUP", "DOP", "COP", "ARS", "CLP", "PEN", "BOB" };

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["eur"] = "EUR", ["euro"] = "EUR", ["euros"] = "EUR", ["eure"] = "EUR", ["evro"] = "EUR", ["eu"] = "",
        ["dollar"] = "USD", ["dollars"] = "USD", ["pound"] = "GBP", ["pounds"] = "GBP", ["francs"] = "CHF", ["franken"] = "CHF",
        ["kronor"] = "SEK", ["zloty"] = "PLN", ["zlotys"] = "PLN", ["zlotych"] = "PLN", ["zl"] = "PLN", ["kc"] = "CZK",
        ["forint"] = "HUF", ["ft"] = "HUF", ["leva"] = "BGN", ["lev"] = "BGN", ["lei"] = "RON", ["litas"] = "LTL", ["lats"] = "LVL",
    };

    /// <summary>The ISO code a token names, or null. "eu" alone is not a currency.</summary>
    public static string? Of(TextToken t)
    {
        if (t.Kind == TokenKind.Symbol)
        {
            return Symbols.TryGetValue(t.Text, out string? s) ? s : null;
        }

        if (!t.IsWord)
        {
            return null;
        }

        if (Names.TryGetValue(t.Lower, out string? n))
        {
            return n.Length == 0 ? null : n;
        }

        if (t.Lower.Length == 3 && Codes.Contains(t.Lower))
        {
            return t.Lower.ToUpperInvariant();
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

        char p = t.Text[0];
        decimal m = p switch
        {
            'M' or 'm' => 1_000_000m,
            'k' or 'K' or 'T' => 1_000m,
            _ => 0m,
        };
        if (m == 0)
        {
            return false;
        }

        string code = t.Lower[1..];
        if (code == "eur" || Codes.Contains(code))
        {
            multiplier = m;
            currency = code.ToUpperInvariant();
            return true;
        }

        return false;
    }
}
