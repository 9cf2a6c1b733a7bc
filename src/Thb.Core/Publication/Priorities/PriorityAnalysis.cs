using Thb.Normalising.Places;
using Thb.Publication.Regions;

namespace Thb.Publication.Priorities;

/// <summary>
/// Ranks the third countries, regions and organisations of the current rows. A row counts once for every place it
/// names. A region counts the rows naming it, and rolled up also the rows naming one of its countries or an area
/// inside it (West Africa, the Sahel inside Sub-Saharan Africa), each row once. Places inside the EU are counted apart.
/// Ranked by actions, then contributors, then known EUR amounts, then name.
/// </summary>
public static class PriorityAnalysis
{
    private sealed record Item(PublicationContributor Contributor, PublicationRow Row);

    public static PriorityView Compute(PublicationInput input, RegionCatalogue? catalogue = null)
    {
        catalogue ??= RegionCatalogue.Default;
        var items = new PlaceIndex(input.WithReturn.SelectMany(s => s.Rows.Select(r => new Item(s.Contributor, r))).ToList());
        var previous = input.Previous;
        var places = items.Places;

        var countries = places.Where(p => p.Kind == PlaceKind.Country && p.Code is not null && !catalogue.IsEuMemberState(p.Code))
            .Select(p => p.Code!).Distinct(StringComparer.Ordinal)
            .Select(code => (Code: (string?)code, Name: Countries.Find(code)?.Name ?? code, Figures: Figures(items, previous, p => IsCountry(p, code))))
            .ToList();

        var regionNames = places.Where(p => p.Kind == PlaceKind.Region).Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList();
        var regions = new List<(Region? Area, string Name, PriorityFigures Named, PriorityFigures RolledUp)>();
        foreach (var area in catalogue.Regions)
        {
            var rolledUp = Figures(items, previous, p => IsInside(p, area, catalogue));
            if (rolledUp.Actions == 0) continue;
            regions.Add((area, area.Name, Figures(items, previous, p => NamesArea(p, area, catalogue)), rolledUp));
        }
        foreach (var name in regionNames.Where(n => catalogue.ForPlaceName(n) is null))
        {
            var named = Figures(items, previous, p => p.Kind == PlaceKind.Region && p.Name == name);
            regions.Add((null, name, named, named));
        }

        var organisations = places.Where(p => p.Kind == PlaceKind.Organisation).Select(p => p.Name).Distinct(StringComparer.Ordinal)
            .Select(name => (Code: (string?)null, Name: name, Figures: Figures(items, previous, p => p.Kind == PlaceKind.Organisation && p.Name == name)))
            .ToList();

        return new PriorityView(
            Rank(countries),
            regions.OrderByDescending(r => r.RolledUp.Actions).ThenByDescending(r => r.Named.Actions).ThenByDescending(r => r.RolledUp.Contributors)
                .ThenBy(r => r.Name, StringComparer.Ordinal)
                .Select((r, i) => new RegionPriority(i + 1, r.Area, r.Name, r.Named, r.RolledUp, ActiveCountries(r.Area, countries)))
                .ToList(),
            Rank(organisations),
            items.All.Count,
            items.Naming(p => IsInsideEu(p, catalogue)).Count,
            items.All.Count(i => i.Row.Places.Count == 0),
            previous?.CycleId);
    }

    private static bool IsCountry(Place place, string code) => place.Kind == PlaceKind.Country && place.Code == code;

    private static bool IsInsideEu(Place place, RegionCatalogue catalogue) =>
        place.Kind == PlaceKind.Country && place.Code is { } code && catalogue.IsEuMemberState(code)
        || place.Kind == PlaceKind.Region && catalogue.ForPlaceName(place.Name) == catalogue.EuMemberStates;

    /// <summary>A region place standing for exactly this area.</summary>
    private static bool NamesArea(Place place, Region area, RegionCatalogue catalogue) =>
        place.Kind == PlaceKind.Region && catalogue.ForPlaceName(place.Name) == area;

    /// <summary>A place in the area: one of its third countries, the area itself, or an area whose countries all lie in it.</summary>
    private static bool IsInside(Place place, Region area, RegionCatalogue catalogue) => place.Kind switch
    {
        PlaceKind.Country => place.Code is { } code && area.Contains(code) && !catalogue.IsEuMemberState(code),
        PlaceKind.Region => catalogue.ForPlaceName(place.Name) is { } named && named != catalogue.EuMemberStates
            && (named == area || named.Countries.Count > 0 && named.Countries.IsSubsetOf(area.Countries)),
        _ => false,
    };

    /// <summary>
    /// The rows by the distinct places they name, so that a figure tests each distinct place once rather than every
    /// row's places (a region's figure used to scan every row: regions × rows).
    /// </summary>
    private sealed class PlaceIndex
    {
        private readonly Dictionary<Place, List<int>> _rowsByPlace = [];

        public PlaceIndex(IReadOnlyList<Item> items)
        {
            All = items;
            for (var i = 0; i < items.Count; i++)
            {
                foreach (var place in items[i].Row.Places)
                {
                    if (!_rowsByPlace.TryGetValue(place, out var rows)) _rowsByPlace[place] = rows = [];
                    if (rows.Count == 0 || rows[^1] != i) rows.Add(i);
                }
            }
            Places = _rowsByPlace.Keys.ToList();
        }

        public IReadOnlyList<Item> All { get; }

        /// <summary>Every distinct place named, in order of first appearance.</summary>
        public IReadOnlyList<Place> Places { get; }

        /// <summary>The rows naming at least one place that matches, in row order, each once.</summary>
        public IReadOnlyList<Item> Naming(Func<Place, bool> matches)
        {
            var indexes = new SortedSet<int>();
            foreach (var (place, rows) in _rowsByPlace)
                if (matches(place)) indexes.UnionWith(rows);
            return indexes.Select(i => All[i]).ToList();
        }
    }

    private static PriorityFigures Figures(PlaceIndex items, PreviousCycleChanges? previous, Func<Place, bool> matches)
    {
        bool Here(IReadOnlyList<Place> places) => places.Any(matches);
        var rows = items.Naming(matches);
        var contributors = rows.Select(i => i.Contributor).DistinctBy(c => c.Id).OrderBy(c => c.Order).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        return new PriorityFigures(
            rows.Count,
            contributors.Where(c => c.IsMemberState).Select(c => c.Name).ToList(),
            contributors.Where(c => !c.IsMemberState).Select(c => c.Name).ToList(),
            rows.GroupBy(i => i.Row.Form).Select(g => new FormCount(g.Key, g.Count()))
                .OrderByDescending(f => f.Actions).ThenBy(f => f.Form is null).ThenBy(f => f.Label, StringComparer.Ordinal).ToList(),
            FundingSummary.Of(rows.Select(i => i.Row.Funding)),
            YearSpan.Of(rows.Select(i => i.Row.Duration)),
            previous is null ? null : new ChangeSummary(
                previous.CycleId,
                rows.Count(i => i.Row.Change == RowChange.New),
                rows.Count(i => i.Row.Change == RowChange.Continued),
                rows.Count(i => i.Row.Change is null),
                previous.NoLongerReported.Count(r => Here(r.Places))));
    }

    private static IReadOnlyList<PriorityEntry> Rank(IEnumerable<(string? Code, string Name, PriorityFigures Figures)> entries) =>
        entries.OrderByDescending(e => e.Figures.Actions).ThenByDescending(e => e.Figures.Contributors).ThenByDescending(e => e.Figures.Funding.EurAmounts)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .Select((e, i) => new PriorityEntry(i + 1, e.Code, e.Name, e.Figures))
            .ToList();

    private static IReadOnlyList<string> ActiveCountries(Region? area, IEnumerable<(string? Code, string Name, PriorityFigures Figures)> countries) =>
        area is null ? [] : countries.Where(c => area.Contains(c.Code!)).OrderByDescending(c => c.Figures.Actions).ThenBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => c.Code!).ToList();
}
