namespace Thb.Normalising.Places;

/// <summary>What a recognised place is.</summary>
public enum PlaceKind
{
    /// <summary>A country or territory with an ISO 3166-1 alpha-2 code (Kosovo = "XK").</summary>
    Country,

    /// <summary>A named region (e.g. "South East Europe", "West Africa", "EU", "Global"): never a country.</summary>
    Region,

    /// <summary>An international organisation, EU body or mission (e.g. "UNODC", "EULEX Kosovo").</summary>
    Organisation,
}

/// <summary>
/// One recognised place. <paramref name="Code"/> is the upper-case ISO 3166-1 alpha-2 code for countries
/// (Kosovo = "XK") and null otherwise. <paramref name="Name"/> is the canonical English name (countries),
/// the canonical display name (regions) or the usual acronym or name (organisations).
/// </summary>
public sealed record Place(PlaceKind Kind, string Name, string? Code)
{
    /// <summary>A country place from the catalogue.</summary>
    public static Place ForCountry(Country country) => new(PlaceKind.Country, country.Name, country.Code);

    /// <inheritdoc />
    public override string ToString() => Code is null ? $"{Kind}:{Name}" : $"{Kind}:{Name} ({Code})";
}

/// <summary>
/// The places recognised in one cell, in the order they first appear in the text, each distinct place once.
/// <paramref name="Raw"/> is the cell exactly as given (null becomes "").
/// </summary>
public sealed record PlaceList(string Raw, IReadOnlyList<Place> Places)
{
    /// <summary>True when no place at all was recognised.</summary>
    public bool IsEmpty => Places.Count == 0;

    /// <summary>The ISO codes of the places of kind <see cref="PlaceKind.Country"/>, in order.</summary>
    public IReadOnlyList<string> CountryCodes =>
        Places.Where(p => p.Kind == PlaceKind.Country && p.Code is not null).Select(p => p.Code!).ToArray();

    /// <summary>True when at least one country was recognised.</summary>
    public bool HasCountry => Places.Any(p => p.Kind == PlaceKind.Country);
}
