using System.Globalization;
using Thb.Normalising.Places;

namespace Thb.Publication.Map;

/// <summary>
/// Lays the action map out in pixels: the world in the Equal Earth projection on the left, the legend and the list
/// of regions and organisations on the right, the Kosovo footnote and the source under the map.
/// </summary>
public static class MapLayout
{
    public const int Width = 1500;
    private const float MapLeft = 10, MapTop = 60, MapWidth = 1060, PanelLeft = 1095, LineHeight = 19;

    public const string SourceNote = "Country shapes: Natural Earth 1:50m (public domain), via npm world-atlas 2.0.2. Regions and organisations have no territory: they are listed beside the map.";

    public static MapScene Build(ActionMap map)
    {
        var shapes = WorldShapes.All.Values.OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
        var projected = shapes.Select(s => (Shape: s, Rings: s.Rings.Select(r => r.Select(p => EqualEarth.Project(p.Lon, p.Lat)).ToList()).ToList())).ToList();
        var all = projected.SelectMany(p => p.Rings).SelectMany(r => r).ToList();
        double minX = all.Min(p => p.X), maxX = all.Max(p => p.X), minY = all.Min(p => p.Y), maxY = all.Max(p => p.Y);
        var scale = MapWidth / (maxX - minX);
        (float X, float Y) Pixel((double X, double Y) p) => ((float)(MapLeft + (p.X - minX) * scale), (float)(MapTop + (maxY - p.Y) * scale));
        var mapBottom = (float)(MapTop + (maxY - minY) * scale);

        var sceneShapes = projected.Select(p => new SceneShape(p.Shape.Code, Label(map, p.Shape), Fill(map, p.Shape.Code),
            p.Rings.Select(r => (IReadOnlyList<(float, float)>)r.Select(Pixel).ToList()).ToList())).ToList();
        var boxes = new List<SceneBox>();
        var lines = new List<SceneLine>();
        var texts = new List<SceneText> { new(MapLeft + 10, 38, map.Title, 24, MapColours.Text, Bold: true) };

        var inset = Inset(map, projected, mapBottom);
        texts.Add(new SceneText(inset.Frame.X + 5, inset.Frame.Y + 14, inset.Title, 11, MapColours.Muted, Italic: true));
        KosovoLabel(inset.Shapes.Single(s => s.Code == KosovoDesignation.Code), boxes, lines, texts);
        var panelBottom = Panel(map, boxes, texts);
        var footY = mapBottom + 28;
        texts.Add(new SceneText(MapLeft + 10, footY, KosovoDesignation.Footnote, 13, MapColours.Text));
        texts.Add(new SceneText(MapLeft + 10, footY + 20, SourceNote, 12, MapColours.Muted, Italic: true));
        var height = Math.Max(footY + 36, panelBottom + 16);
        return new MapScene(Width, (int)Math.Ceiling(height), map.Title, Description(map), sceneShapes, inset, boxes, lines, texts);
    }

    /// <summary>Europe and its neighbourhood enlarged, in the empty South Pacific corner of the map.</summary>
    private static SceneInset Inset(ActionMap map, IReadOnlyList<(CountryShape Shape, List<List<(double X, double Y)>> Rings)> projected, float mapBottom)
    {
        const float width = 285, height = 230, left = MapLeft + 2;
        var top = mapBottom - height - 4;
        // Projected bounds of longitude -12..46, latitude 33..62.
        var corners = new[] { (-12.0, 33.0), (46.0, 33.0), (-12.0, 62.0), (46.0, 62.0), (17.0, 33.0), (17.0, 62.0) }.Select(c => EqualEarth.Project(c.Item1, c.Item2)).ToList();
        double minX = corners.Min(c => c.X), maxX = corners.Max(c => c.X), minY = corners.Min(c => c.Y), maxY = corners.Max(c => c.Y);
        var scale = Math.Min(width / (maxX - minX), height / (maxY - minY));
        (float X, float Y) Pixel((double X, double Y) p) => ((float)(left + (p.X - minX) * scale), (float)(top + (maxY - p.Y) * scale));
        var shapes = new List<SceneShape>();
        foreach (var (shape, rings) in projected)
        {
            var clipped = rings.Select(r => RingClipper.Clip(r, minX, minY, maxX, maxY)).Where(r => r.Count >= 3)
                .Select(r => (IReadOnlyList<(float, float)>)r.Select(Pixel).ToList()).ToList();
            if (clipped.Count > 0) shapes.Add(new SceneShape(shape.Code, Label(map, shape), Fill(map, shape.Code), clipped));
        }
        var frame = new SceneBox(left, top, (float)((maxX - minX) * scale), (float)((maxY - minY) * scale), "#f7fbff", MapColours.Muted);
        return new SceneInset(frame, "Europe and neighbourhood, enlarged", shapes);
    }

    private static string NameOf(CountryShape shape) =>
        shape.Code == KosovoDesignation.Code ? KosovoDesignation.Label : Countries.Find(shape.Code)?.Name ?? shape.Name;

    private static string Actions(int n) => n == 1 ? "1 action" : $"{n.ToString(CultureInfo.InvariantCulture)} actions";

    private static string Label(ActionMap map, CountryShape shape) =>
        map.ActionsByCountry.TryGetValue(shape.Code, out var n) ? $"{NameOf(shape)}: {Actions(n)}"
        : map.EuMemberStates.Contains(shape.Code) ? $"{NameOf(shape)}: EU Member State"
        : $"{NameOf(shape)}: no action reported";

    private static string Fill(ActionMap map, string code) =>
        map.ActionsByCountry.TryGetValue(code, out var n) ? MapColours.For(n) : map.EuMemberStates.Contains(code) ? MapColours.EuMemberState : MapColours.NoActions;

    /// <summary>"Kosovo*" beside the territory, on a white ground, with a leader line (the Council's designation).</summary>
    private static void KosovoLabel(SceneShape kosovo, List<SceneBox> boxes, List<SceneLine> lines, List<SceneText> texts)
    {
        var points = kosovo.Rings.SelectMany(r => r).ToList();
        float cx = points.Average(p => p.X), cy = points.Average(p => p.Y);
        float lx = cx + 22, ly = cy + 30;
        lines.Add(new SceneLine(cx, cy, lx, ly - 11, MapColours.Text));
        boxes.Add(new SceneBox(lx - 3, ly - 13, 58, 17, "#ffffff", MapColours.Text));
        texts.Add(new SceneText(lx, ly, KosovoDesignation.Label, 12, MapColours.Text, Bold: true));
    }

    /// <summary>The legend, then the regions and organisations; returns where the panel ends.</summary>
    private static float Panel(ActionMap map, List<SceneBox> boxes, List<SceneText> texts)
    {
        var y = MapTop + 20;
        texts.Add(new SceneText(PanelLeft, y, "Actions reported (third countries)", 16, MapColours.Text, Bold: true));
        void Swatch(string fill, string label)
        {
            y += 24;
            boxes.Add(new SceneBox(PanelLeft, y - 13, 22, 16, fill, "#999999"));
            texts.Add(new SceneText(PanelLeft + 32, y, label, 14, MapColours.Text));
        }
        for (var i = 0; i < MapColours.Classes.Count; i++) Swatch(MapColours.Classes[i].Colour, MapColours.ClassLabel(i));
        Swatch(MapColours.EuMemberState, "EU Member State (not coloured)");
        Swatch(MapColours.NoActions, "No action reported");

        y += 40;
        texts.Add(new SceneText(PanelLeft, y, "Regions and organisations", 16, MapColours.Text, Bold: true));
        y += 18;
        texts.Add(new SceneText(PanelLeft, y, "(no territory; actions naming them)", 13, MapColours.Muted, Italic: true));
        const int maxLines = 22;
        var shown = map.WithoutTerritory.Take(map.WithoutTerritory.Count > maxLines ? maxLines - 1 : maxLines).ToList();
        foreach (var item in shown)
        {
            y += LineHeight;
            texts.Add(new SceneText(PanelLeft, y, $"{Shorten(item.Name)} ({item.Kind.ToLowerInvariant()}): {item.Actions.ToString(CultureInfo.InvariantCulture)}", 13, MapColours.Text));
        }
        if (shown.Count < map.WithoutTerritory.Count)
        {
            y += LineHeight;
            texts.Add(new SceneText(PanelLeft, y, $"… and {(map.WithoutTerritory.Count - shown.Count).ToString(CultureInfo.InvariantCulture)} more: see the priority tables", 13, MapColours.Muted, Italic: true));
        }
        if (map.WithoutTerritory.Count == 0)
        {
            y += LineHeight;
            texts.Add(new SceneText(PanelLeft, y, "none named", 13, MapColours.Muted, Italic: true));
        }
        return y;
    }

    private static string Shorten(string name) => name.Length <= 34 ? name : name[..33].TrimEnd() + "…";

    private static string Description(ActionMap map)
    {
        var countries = map.ActionsByCountry.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => $"{(c.Key == KosovoDesignation.Code ? KosovoDesignation.Label : Countries.Find(c.Key)?.Name ?? c.Key)} {c.Value.ToString(CultureInfo.InvariantCulture)}");
        var others = map.WithoutTerritory.Select(i => $"{i.Name} {i.Actions.ToString(CultureInfo.InvariantCulture)}");
        return $"World map of the actions reported, by third country; a darker blue is more actions. " +
               $"Third countries: {(map.ActionsByCountry.Count == 0 ? "none" : string.Join(", ", countries))}. " +
               $"Named without territory (regions, organisations): {(map.WithoutTerritory.Count == 0 ? "none" : string.Join(", ", others))}. " +
               KosovoDesignation.Footnote;
    }
}
