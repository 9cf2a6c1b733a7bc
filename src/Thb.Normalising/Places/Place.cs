namespace Thb.Normalising.Places;

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
