using System.Diagnostics.CodeAnalysis;

namespace Thb.Normalising.Places;

/// <summary>
/// The country catalogue: every ISO 3166-1 alpha-2 code plus "XK" for Kosovo, each with a short common English name
/// ("Tanzania", "North Macedonia", "Kosovo", "Russia", "Türkiye", "DR Congo", ...). Sorted by code.
/// </summary>
public static class Countries
{
    /// <summary>All countries, sorted by code.</summary>
    public static IReadOnlyList<Country> All => Gazetteer.Instance.Countries;

    /// <summary>Looks a country up by its alpha-2 code, case-insensitively ("de", "DE", "xk").</summary>
    public static bool TryGet(string code, [MaybeNullWhen(false)] out Country country)
    {
        if (!string.IsNullOrWhiteSpace(code) && Gazetteer.Instance.CountriesByCode.TryGetValue(code.Trim(), out var found))
        {
            country = found;
            return true;
        }

        country = null;
        return false;
    }

    /// <summary>The country with this code, or null.</summary>
    public static Country? Find(string? code) =>
        code is not null && TryGet(code, out var country) ? country : null;
}
