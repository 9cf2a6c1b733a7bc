using System.Globalization;

namespace Thb.Publication.Map;

/// <summary>
/// The country outlines of world-countries.txt (Natural Earth 1:50m via npm world-atlas 2.0.2, public domain; converted
/// by tools/map/convert-world-atlas.mjs): one shape per ISO 3166-1 alpha-2 code, Kosovo as XK.
/// </summary>
public static class WorldShapes
{
    private static readonly Lazy<IReadOnlyDictionary<string, CountryShape>> Shapes = new(Load);

    public static IReadOnlyDictionary<string, CountryShape> All => Shapes.Value;

    public static CountryShape? Find(string code) => All.GetValueOrDefault(code);

    private static IReadOnlyDictionary<string, CountryShape> Load()
    {
        var shapes = new Dictionary<string, CountryShape>(StringComparer.Ordinal);
        foreach (var f in Regions.RegionCatalogue.Lines("world-countries.txt"))
        {
            var rings = f[2].Split(';').Select(ring => (IReadOnlyList<(double, double)>)ring.Split(' ').Select(Point).ToList()).ToList();
            shapes[f[0]] = new CountryShape(f[0], f[1], rings);
        }
        return shapes;
    }

    private static (double Lon, double Lat) Point(string text)
    {
        var comma = text.IndexOf(',');
        return (int.Parse(text.AsSpan(0, comma), CultureInfo.InvariantCulture) / 10.0, int.Parse(text.AsSpan(comma + 1), CultureInfo.InvariantCulture) / 10.0);
    }
}
