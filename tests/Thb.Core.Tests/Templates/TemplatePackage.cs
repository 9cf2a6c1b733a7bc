using System.IO.Compression;
using System.Xml.Linq;
using Thb.Cycles;
using Thb.Templates;

namespace Thb.Tests.Templates;

/// <summary>The parts of a made template as XML, to assert on what Excel and LibreOffice will read, not on ClosedXML's model.</summary>
public sealed class TemplatePackage
{
    public static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly Dictionary<string, XDocument> _parts = new(StringComparer.Ordinal);

    public TemplatePackage(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            _parts[entry.FullName.TrimStart('/')] = XDocument.Load(stream);
        }
    }

    public XDocument Workbook => _parts["xl/workbook.xml"];
    public XDocument Styles => _parts["xl/styles.xml"];

    public XElement SheetEntry(string name) =>
        Workbook.Descendants(Main + "sheet").Single(s => (string?)s.Attribute("name") == name);

    /// <summary>The worksheet part of the sheet named <paramref name="name"/>.</summary>
    public XDocument Sheet(string name)
    {
        var id = (string)SheetEntry(name).Attribute(Relationships + "id")!;
        var target = (string)_parts["xl/_rels/workbook.xml.rels"].Descendants(PackageRelationships + "Relationship")
            .Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!;
        var path = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
        return _parts[path];
    }

    /// <summary>Whether cells with style <paramref name="styleIndex"/> are locked (locked is the default when not said).</summary>
    public bool IsLocked(int styleIndex)
    {
        var xf = Styles.Descendants(Main + "cellXfs").Single().Elements(Main + "xf").ElementAt(styleIndex);
        var locked = (string?)xf.Element(Main + "protection")?.Attribute("locked");
        return locked is null or "1" or "true";
    }

    public XElement? Cell(string sheet, string reference) =>
        Sheet(sheet).Descendants(Main + "c").SingleOrDefault(c => (string?)c.Attribute("r") == reference);

    /// <summary>The &lt;col&gt; element covering column <paramref name="column"/> (1-based).</summary>
    public XElement ColumnDefinition(string sheet, int column) =>
        Sheet(sheet).Descendants(Main + "col").Single(c => (int)c.Attribute("min")! <= column && column <= (int)c.Attribute("max")!);
}

/// <summary>A cycle and contributor as the tests use them.</summary>
public static class TemplateSamples
{
    public static Cycle Cycle(DateOnly? periodStart = null, DateOnly? periodEnd = null, string? owner = "presidency@example.eu") =>
        new(CycleId.Parse("2012-1"), "Second report on the Action-Oriented Paper", new DateOnly(2012, 6, 29), CycleState.Open, [14, 7, 2],
            periodStart ?? new DateOnly(2011, 5, 1), periodEnd ?? new DateOnly(2012, 4, 30), owner,
            new DateTimeOffset(2012, 5, 2, 8, 0, 0, TimeSpan.Zero));

    public static readonly Contributor Austria = new(ContributorId.Parse("austria"), "Austria", ContributorKind.MemberState, 1, ["a@example.org"]);

    public static byte[] Build(IReadOnlyList<CarriedRow>? rows = null, Cycle? cycle = null, Contributor? contributor = null, string? uploadLink = null) =>
        TemplateWorkbook.Build(new TemplateRequest(cycle ?? Cycle(), contributor ?? Austria, rows ?? [], rows is { Count: > 0 } ? "2011-1" : null, uploadLink));
}
