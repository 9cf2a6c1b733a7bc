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
