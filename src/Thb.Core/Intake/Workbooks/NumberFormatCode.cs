using System.Globalization;
using System.Text;
using Thb.Normalising.Durations;

namespace Thb.Intake.Workbooks;

/// <summary>What a number format's currency says: none, or an ISO code (Known false: a symbol the platform cannot pin to one code).</summary>
public readonly record struct FormatCurrency(string Code, bool Known, string Written);

/// <summary>
/// Reads what an Excel number format code says beyond the digits: the currency it shows (a quoted literal such as
/// "SEK" or "kr", a symbol such as € $ £, or a locale tag [$kr-41D] whose LCID names the country), whether it is a
/// percentage, and how much of a date it shows. Currencies come from .NET's own culture data (RegionInfo), not from a
/// table of ours. Any code, however odd, gives an answer: nothing here throws.
/// </summary>
public static class NumberFormatCode
{
    /// <summary>The first section (positive numbers) with its quoted literals, escaped characters and bracket tags apart.</summary>
    private static (string Tokens, List<string> Literals, List<string> Tags) Split(string code)
    {
        var tokens = new StringBuilder();
        var literals = new List<string>();
        var tags = new List<string>();
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            switch (c)
            {
                case ';':
                    return (tokens.ToString(), literals, tags);
                case '"':
                    var close = code.IndexOf('"', i + 1);
                    if (close < 0) close = code.Length;
                    literals.Add(code[(i + 1)..close]);
                    i = close;
                    break;
                case '\\' when i + 1 < code.Length:
                    literals.Add(code[++i].ToString());
                    break;
                case '[':
                    var end = code.IndexOf(']', i + 1);
                    if (end < 0) end = code.Length;
                    tags.Add(code[(i + 1)..end]);
                    i = end;
                    break;
                case '_' or '*' when i + 1 < code.Length:
                    i++; // padding and repeat characters: not shown as such
                    break;
                default:
                    tokens.Append(c);
                    break;
            }
        }
        return (tokens.ToString(), literals, tags);
    }

    public static bool IsPercent(string? code) => code is not null && Split(code).Tokens.Contains('%');

    /// <summary>The currency a format shows; null when it shows none.</summary>
    public static FormatCurrency? Currency(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var (tokens, literals, tags) = Split(code);
        foreach (var tag in tags.Where(t => t.StartsWith('$')))
        {
            var dash = tag.IndexOf('-');
            var symbol = (dash < 0 ? tag[1..] : tag[1..dash]).Trim();
            var locale = dash < 0 ? "" : tag[(dash + 1)..];
            if (symbol.Length == 0) continue; // [$-409]: a locale for dates and names, no currency
            if (FromLcid(locale, symbol) is { } byLocale) return byLocale;
            return FromSymbol(symbol);
        }
        foreach (var literal in literals.Select(l => l.Trim()).Where(l => l.Length > 0))
            if (FromSymbol(literal, literalOnly: true) is { } currency) return currency;
        foreach (var symbol in new[] { "€", "$", "£", "¥" })
            if (tokens.Contains(symbol, StringComparison.Ordinal)) return FromSymbol(symbol);
        return null;
    }

    private static FormatCurrency? FromLcid(string locale, string symbol)
    {
        if (!int.TryParse(locale, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var lcid) || lcid <= 0) return null;
        try
        {
            var culture = CultureInfo.GetCultureInfo(lcid & 0xFFFF);
            if (culture.IsNeutralCulture || culture.Name.Length == 0) return null;
            var region = new RegionInfo(culture.Name);
            // The tag's symbol decides where it names a currency of its own ("[$€-407]" is euro, "[$USD-407]" dollars).
            if (IsoCodes.Contains(symbol.ToUpperInvariant()) && !string.Equals(symbol, region.ISOCurrencySymbol, StringComparison.OrdinalIgnoreCase))
                return new FormatCurrency(symbol.ToUpperInvariant(), true, symbol);
            if (symbol == "€") return new FormatCurrency("EUR", true, symbol);
            return new FormatCurrency(region.ISOCurrencySymbol, true, symbol);
        }
        catch (Exception e) when (e is CultureNotFoundException or ArgumentException)
        {
            return null;
        }
    }

    /// <param name="literalOnly">A quoted literal names a currency only when it is a code or a currency symbol, not any word.</param>
    private static FormatCurrency? FromSymbol(string symbol, bool literalOnly = false)
    {
        var upper = symbol.ToUpperInvariant();
        if (upper is "EUR" or "€" or "EURO" or "EUROS") return new FormatCurrency("EUR", true, symbol);
        if (upper.Length == 3 && IsoCodes.Contains(upper)) return new FormatCurrency(upper, true, symbol);
        if (Symbols.TryGetValue(symbol, out var codes))
            return codes.Count == 1 ? new FormatCurrency(codes.First(), true, symbol) : new FormatCurrency(PreferredFor(symbol), false, symbol);
        return literalOnly ? null : new FormatCurrency(symbol, false, symbol);
    }

    /// <summary>
    /// A symbol several currencies share ("$", "kr", "£"): the code of the culture .NET itself calls the symbol's home
    /// (the currency most cultures use it for); the reading stays marked as not known for sure.
    /// </summary>
    private static string PreferredFor(string symbol) =>
        SymbolUse[symbol].OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;

    private static readonly Lazy<(HashSet<string> Codes, Dictionary<string, HashSet<string>> Symbols, Dictionary<string, Dictionary<string, int>> Use)> Platform = new(() =>
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var symbols = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var use = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try
            {
                region = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                continue;
            }
            var iso = region.ISOCurrencySymbol;
            if (iso.Length != 3) continue;
            codes.Add(iso);
            var symbol = culture.NumberFormat.CurrencySymbol.Trim().TrimEnd('.');
            if (symbol.Length == 0) continue;
            if (!symbols.TryGetValue(symbol, out var set)) symbols[symbol] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(iso);
            if (!use.TryGetValue(symbol, out var counts)) use[symbol] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
            counts[iso] = counts.GetValueOrDefault(iso) + 1;
        }
        return (codes, symbols, use);
    });

    private static HashSet<string> IsoCodes => Platform.Value.Codes;
    private static Dictionary<string, HashSet<string>> Symbols => Platform.Value.Symbols;
    private static Dictionary<string, Dictionary<string, int>> SymbolUse => Platform.Value.Use;

    /// <summary>How much of a date a date format shows: a day (d, or a weekday), else a month, else a year.</summary>
    public static DatePrecision DatePrecisionOf(string? code)
    {
        if (string.IsNullOrEmpty(code)) return DatePrecision.Day;
        var tokens = Split(code).Tokens.ToLowerInvariant();
        if (tokens.Contains('d')) return DatePrecision.Day;
        // "m" is a month unless it is the minutes of a time (after h, or before s).
        var month = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i] != 'm') continue;
            var run = i;
            while (run < tokens.Length && tokens[run] == 'm') run++;
            var before = tokens[..i].TrimEnd(' ', ':', '.', '/', '-');
            var after = tokens[run..].TrimStart(' ', ':', '.', '/', '-');
            var minutes = before.EndsWith('h') || after.StartsWith('s');
            if (!minutes) month = true;
            i = run - 1;
        }
        if (month) return DatePrecision.Month;
        return tokens.Contains('y') || tokens.Contains('e') ? DatePrecision.Year : DatePrecision.Day;
    }
}
