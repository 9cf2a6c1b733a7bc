using System.Reflection;

namespace Thb.Publication.Regions;

/// <summary>
/// The areas countries roll up into: UN M49 continents, sub-regions and intermediate regions (m49-regions.txt, made
/// from CLDR by tools/regions/convert-cldr-m49.py), EU policy groupings (eu-groupings.txt, by hand, each with its
/// source), and which of them a region named in a return stands for (region-names.txt).
/// </summary>
public sealed class RegionCatalogue
{
    private readonly Dictionary<string, Region> _byId;
    private readonly Dictionary<string, Region> _byPlaceName;

    private RegionCatalogue(IReadOnlyList<Region> regions, IReadOnlyDictionary<string, string> placeNames)
    {
        _byId = regions.ToDictionary(r => r.Id, StringComparer.Ordinal);
        EuMemberStates = _byId.GetValueOrDefault(EuGroupingId) ?? throw new InvalidDataException($"eu-groupings.txt has no {EuGroupingId} line.");
        Regions = regions.Where(r => r != EuMemberStates).ToList();
        _byPlaceName = placeNames.ToDictionary(p => p.Key, p => _byId.TryGetValue(p.Value, out var region) ? region
            : throw new InvalidDataException($"region-names.txt: '{p.Key}' names unknown area '{p.Value}'."), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every area of third countries: M49 first (continents, sub-regions, intermediate regions), then the EU groupings.</summary>
    public IReadOnlyList<Region> Regions { get; }

    /// <summary>The EU's Member States (grouping EU27): places inside the Union, not third countries.</summary>
    public Region EuMemberStates { get; }

    public bool IsEuMemberState(string countryCode) => EuMemberStates.Contains(countryCode);

    public const string EuGroupingId = "EU27";

    public static RegionCatalogue Default { get; } = Load();

    public Region? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The area a region place of a return stands for ("West Africa" → M49 011 Western Africa), or null.</summary>
    public Region? ForPlaceName(string regionName) => _byPlaceName.GetValueOrDefault(regionName);

    /// <summary>The place names that stand for an area (the region names a return may use for it).</summary>
    public IEnumerable<string> PlaceNamesOf(Region region) => _byPlaceName.Where(p => p.Value == region).Select(p => p.Key);

    /// <summary>Every third-country area a country lies in.</summary>
    public IEnumerable<Region> RegionsOf(string countryCode) => Regions.Where(r => r.Contains(countryCode));

    private const string M49Source = "UN M49 (Standard country or area codes for statistical use), as Unicode CLDR 41 territory containment gives it";

    private static RegionCatalogue Load()
    {
        var regions = new List<Region>();
        foreach (var f in Lines("m49-regions.txt"))
        {
            var level = f[2] switch
            {
                "continent" => RegionLevel.Continent,
                "sub-region" => RegionLevel.SubRegion,
                "intermediate-region" => RegionLevel.IntermediateRegion,
                _ => throw new InvalidDataException($"m49-regions.txt: unknown level '{f[2]}'."),
            };
            regions.Add(new Region(f[0], f[1], level, f[3].Length == 0 ? null : f[3], Codes(f[4]), M49Source));
        }
        foreach (var f in Lines("eu-groupings.txt"))
            regions.Add(new Region(f[0], f[1], RegionLevel.EuPolicyGrouping, null, Codes(f[2]), f[3]));
        var names = Lines("region-names.txt").ToDictionary(f => f[0], f => f[1], StringComparer.OrdinalIgnoreCase);
        return new RegionCatalogue(regions, names);
    }

    private static HashSet<string> Codes(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    /// <summary>The data lines of an embedded table ('#' lines are comments), split at '|'.</summary>
    internal static IEnumerable<string[]> Lines(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Thb.Publication." + resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string[]>();
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') lines.Add(line.Split('|'));
        return lines;
    }
}
