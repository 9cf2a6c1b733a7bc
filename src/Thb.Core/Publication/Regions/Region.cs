namespace Thb.Publication.Regions;

/// <summary>
/// An area of third countries: an M49 continent or (intermediate) sub-region (<paramref name="Id"/> its M49 code), or an
/// EU policy grouping (its short id, e.g. "WB"), with the ISO alpha-2 codes of its countries and where that membership
/// comes from.
/// </summary>
public sealed record Region(string Id, string Name, RegionLevel Level, string? ParentId, IReadOnlySet<string> Countries, string Source)
{
    public bool Contains(string countryCode) => Countries.Contains(countryCode);
}
