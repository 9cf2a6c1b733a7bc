namespace Thb.Normalising.Places;

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
