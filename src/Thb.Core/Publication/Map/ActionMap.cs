using Thb.Normalising.Places;
using Thb.Publication.Priorities;
using Thb.Publication.Regions;

namespace Thb.Publication.Map;

/// <summary>
/// What the world map shows: actions per third country (coloured), the EU's Member States (drawn apart, not
/// coloured: the annex is about action outside the EU), and the regions and organisations named in the rows, listed
/// beside the map since they have no territory. Regions are listed with the rows naming them directly; their countries'
/// rows are on the map already.
/// </summary>
public sealed record ActionMap(
    string Title,
    IReadOnlyDictionary<string, int> ActionsByCountry,
    IReadOnlySet<string> EuMemberStates,
    IReadOnlySet<string> EuMemberStatesNamed,
    IReadOnlyList<MapListItem> WithoutTerritory)
{
    public int MaxActions => ActionsByCountry.Count == 0 ? 0 : ActionsByCountry.Values.Max();

    public static ActionMap From(PublicationInput input, PriorityView view, RegionCatalogue? catalogue = null)
    {
        catalogue ??= RegionCatalogue.Default;
        var named = input.WithReturn.SelectMany(s => s.Rows).SelectMany(r => r.Places)
            .Where(p => p.Kind == PlaceKind.Country && p.Code is { } code && catalogue.IsEuMemberState(code)).Select(p => p.Code!).ToHashSet(StringComparer.Ordinal);
        var list = view.Regions.Where(r => r.Named.Actions > 0).Select(r => new MapListItem("Region", r.Name, r.Named.Actions))
            .OrderByDescending(i => i.Actions).ThenBy(i => i.Name, StringComparer.Ordinal)
            .Concat(view.Organisations.Select(o => new MapListItem("Organisation", o.Name, o.Figures.Actions)))
            .ToList();
        return new ActionMap(
            $"Actions by third country, cycle {input.CycleId}",
            view.Countries.ToDictionary(c => c.Code!, c => c.Figures.Actions, StringComparer.Ordinal),
            catalogue.EuMemberStates.Countries,
            named,
            list);
    }
}
