using Thb.Intake.Returns;
using Thb.Normalising;
using Thb.Normalising.Places;

namespace Thb.Changes;

/// <summary>A row as the matching compares it, worked out once per row: its words, its places, its period.</summary>
public sealed record RowFeatures(
    ReturnRow Row,
    IReadOnlyList<string> Description,
    IReadOnlyList<string> Partner,
    HashSet<string> Places,
    DateOnly? Start,
    DateOnly? End)
{
    public static RowFeatures Of(ReturnRow row) => new(
        row,
        ActionWords.Of(row.Description.Raw),
        ActionWords.Of(row.Partner.Raw),
        row.CountryRegion.Places.Select(Key).ToHashSet(StringComparer.Ordinal),
        row.Duration.Start?.FirstDay,
        row.Duration.Ongoing ? DateOnly.MaxValue : row.Duration.End?.LastDay);

    /// <summary>A place as one key: a country by its code, a region or organisation by its folded name.</summary>
    public static string Key(Place place) => place.Code ?? $"{place.Kind}:{TextFolding.FoldLower(place.Name)}";
}
