using System.Xml.Linq;
using SkiaSharp;
using Thb.Normalising.Places;
using Thb.Publication;
using Thb.Publication.Map;
using Thb.Publication.Priorities;

namespace Thb.Tests.Publication;

public class ActionMapTests
{
    private static readonly PublicationInput Input = PublicationSamples.Input;
    private static readonly ActionMap Map = ActionMap.From(Input, PriorityAnalysis.Compute(Input));
    private static readonly MapScene Scene = MapLayout.Build(Map);

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Every_country_code_in_the_rows_has_a_shape_and_no_region_or_organisation_has_one()
    {
        var places = PublicationSamples.Rows.SelectMany(x => x.Row.CountryRegion.Places).ToList();
        var codes = places.Where(p => p.Kind == PlaceKind.Country).Select(p => p.Code!).Distinct().ToList();
        Assert.NotEmpty(codes);
        var shapes = Scene.Shapes.Select(s => s.Code).ToHashSet();
        Assert.All(codes, code => Assert.Contains(code, shapes));
        // Regions and organisations have no territory: no shape, listed beside the map instead.
        var named = places.Where(p => p.Kind != PlaceKind.Country).Select(p => p.Name).ToHashSet();
        Assert.DoesNotContain(Scene.Shapes, s => named.Contains(s.Code) || named.Contains(s.Label.Split(':')[0]));
        // Listed under the catalogue's name of the area ("West Africa" is M49's Western Africa).
        var catalogue = Thb.Publication.Regions.RegionCatalogue.Default;
        var listed = named.Where(n => n is not "EU" and not "EU Member States").Select(n => catalogue.ForPlaceName(n)?.Name ?? n).Order();
        Assert.Equal(listed, Map.WithoutTerritory.Select(i => i.Name).Order());
        // Every shape is a country of the catalogue, each once.
        Assert.All(Scene.Shapes, s => Assert.True(Countries.TryGet(s.Code, out _), s.Code));
        Assert.Equal(Scene.Shapes.Count, shapes.Count);
    }

    [Fact]
    public void Countries_are_coloured_by_their_actions()
    {
        var serbia = Scene.Shapes.Single(s => s.Code == "RS");
        Assert.Equal(MapColours.For(Map.ActionsByCountry["RS"]), serbia.Fill);
        Assert.Equal($"Serbia: {Map.ActionsByCountry["RS"]} actions", serbia.Label);
        Assert.Equal(MapColours.NoActions, Scene.Shapes.Single(s => s.Code == "BR").Fill);
        Assert.Equal(MapColours.EuMemberState, Scene.Shapes.Single(s => s.Code == "AT").Fill);
        Assert.NotEqual(MapColours.For(1), MapColours.For(11));
        Assert.Equal(["1", "2–3", "4–6", "7–10", "11 or more"], Enumerable.Range(0, MapColours.Classes.Count).Select(MapColours.ClassLabel));
    }

    [Fact]
    public void The_svg_parses_and_names_every_country_with_a_title_and_description()
    {
        var svg = XDocument.Parse(MapSvg.Write(Scene));
        var root = svg.Root!;
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal(Map.Title, root.Element(Svg + "title")!.Value);
        Assert.Contains("Serbia", root.Element(Svg + "desc")!.Value);
        Assert.Contains(KosovoDesignation.Footnote, root.Element(Svg + "desc")!.Value);
        var paths = root.Descendants(Svg + "path").Where(p => p.Attribute("data-code") is not null).ToList();
        Assert.Equal(Scene.Shapes.Count, paths.Count);
        // The enlarged inset repeats Europe's countries, hidden from screen readers.
        var inset = root.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "inset");
        Assert.Equal("true", (string?)inset.Attribute("aria-hidden"));
        Assert.Contains(inset.Descendants(Svg + "path"), p => (string?)p.Attribute("data-inset-code") == "RS");
        Assert.All(paths, p => Assert.Equal((string?)p.Attribute("aria-label"), p.Element(Svg + "title")!.Value));
        var kosovo = paths.Single(p => (string?)p.Attribute("data-code") == "XK");
        Assert.StartsWith("Kosovo*", kosovo.Element(Svg + "title")!.Value);
        var texts = root.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains(KosovoDesignation.Label, texts);
        Assert.Contains(KosovoDesignation.Footnote, texts);
        Assert.Contains(texts, t => t.StartsWith("South East Europe (region): ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_png_decodes_at_the_size_asked_with_the_countries_coloured()
    {
        var png = MapPng.Render(Scene, scale: 1);
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal((Scene.Width, Scene.Height), (bitmap.Width, bitmap.Height));
        // Inside Serbia the pixel has Serbia's colour (its outline's centre lies in it at this scale).
        var ring = Scene.Shapes.Single(s => s.Code == "BR").Rings.OrderByDescending(r => r.Count).First();
        var (x, y) = (ring.Average(p => p.X), ring.Average(p => p.Y));
        Assert.Equal(SKColor.Parse(MapColours.NoActions), bitmap.GetPixel((int)x, (int)y));
        var colours = Enumerable.Range(0, bitmap.Width / 4).SelectMany(i => Enumerable.Range(0, bitmap.Height / 4).Select(j => bitmap.GetPixel(i * 4, j * 4))).ToHashSet();
        Assert.Contains(SKColor.Parse(MapColours.For(Map.ActionsByCountry["RS"])), colours);
        if (Environment.GetEnvironmentVariable("THB_PUBLICATION_OUT") is { Length: > 0 } folder)
        {
            File.WriteAllBytes(Path.Combine(folder, "map.png"), MapPng.Render(Scene));
            File.WriteAllText(Path.Combine(folder, "map.svg"), MapSvg.Write(Scene));
        }
    }
}
