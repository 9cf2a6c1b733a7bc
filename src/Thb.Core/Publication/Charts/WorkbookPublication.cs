using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using Thb.Publication.Map;
using Thb.Publication.Priorities;

namespace Thb.Publication.Charts;

/// <summary>
/// Adds the Charts sheet (data tables, three native bar charts, the world map picture) to an annex workbook that is
/// already written, at package level: new parts through the Open XML SDK, their XML written as Excel writes it, and
/// one &lt;sheet&gt; appended to workbook.xml in whatever namespace prefix that part already uses. Nothing else changes.
/// Sheets others write (<see cref="AddedSheet"/>) are added in the same pass, before Charts.
/// </summary>
public static class WorkbookPublication
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = ChartXml.RelationshipNs;


    /// <summary>A default row (15 points) in centimetres.</summary>
    private const double RowHeightCm = 15 / 72.0 * 2.54;

    public static byte[] AddTo(byte[] xlsx, PublicationInput input, PriorityView view, MapPicture map, IReadOnlyList<AddedSheet>? before = null)
    {
        using var memory = new MemoryStream();
        memory.Write(xlsx);
        AddTo(memory, input, view, map, before);
        return memory.ToArray();
    }

    /// <summary>
    /// Adds the sheets to the package in <paramref name="xlsx"/> in place (a readable, writable, seekable stream, e.g.
    /// a temporary file; left open): only the new parts and workbook.xml are written, the others are copied compressed.
    /// </summary>
    public static void AddTo(Stream xlsx, PublicationInput input, PriorityView view, MapPicture map, IReadOnlyList<AddedSheet>? before = null)
    {
        var sheet = new ChartsSheet(input, view);
        xlsx.Position = 0;
        using (var document = SpreadsheetDocument.Open(xlsx, isEditable: true))
        {
            var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("The workbook has no workbook part.");
            foreach (var added in before ?? []) Add(workbookPart, added);
            var sheetName = SheetName(workbookPart);
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var drawingsPart = worksheetPart.AddNewPart<DrawingsPart>();
            var anchors = new List<DrawingXml.Anchor>();
            var row = sheet.FirstFreeRow;
            foreach (var chart in sheet.Charts)
            {
                var chartPart = drawingsPart.AddNewPart<ChartPart>();
                using (var stream = chartPart.GetStream(FileMode.Create)) ChartXml.Write(stream, chart, sheetName);
                // Horizontal bars get half a centimetre each, so that every category is labelled.
                var height = chart.Horizontal ? Math.Max(8.0, 3 + 0.5 * chart.Series.Categories.Count) : 9.0;
                anchors.Add(new DrawingXml.Anchor(row, 17 * DrawingXml.Cm, (long)(height * DrawingXml.Cm), chart.Title,
                    $"Bar chart: {chart.Title}, from the table above.", drawingsPart.GetIdOfPart(chartPart), IsPicture: false));
                row += (int)Math.Ceiling(height / RowHeightCm) + 2;
            }
            var imagePart = drawingsPart.AddImagePart(ImagePartType.Png);
            using (var stream = new MemoryStream(map.Png)) imagePart.FeedData(stream);
            var mapWidth = 25 * DrawingXml.Cm;
            anchors.Add(new DrawingXml.Anchor(row, mapWidth, mapWidth * map.Height / map.Width, "World map of actions", map.Description,
                drawingsPart.GetIdOfPart(imagePart), IsPicture: true));

            using (var stream = drawingsPart.GetStream(FileMode.Create)) DrawingXml.Write(stream, anchors);
            using (var stream = worksheetPart.GetStream(FileMode.Create)) sheet.Write(stream, worksheetPart.GetIdOfPart(drawingsPart));
            AppendSheet(workbookPart, sheetName, workbookPart.GetIdOfPart(worksheetPart));
        }
    }

    private static void Add(WorkbookPart workbookPart, AddedSheet added)
    {
        if (Sheets(Load(workbookPart)).Any(s => string.Equals((string?)s.Attribute("name"), added.Name, StringComparison.OrdinalIgnoreCase)))
            throw new InvalidOperationException($"The workbook has a sheet '{added.Name}' already.");
        var part = workbookPart.AddNewPart<WorksheetPart>();
        using (var stream = part.GetStream(FileMode.Create)) added.Write(stream);
        AppendSheet(workbookPart, added.Name, workbookPart.GetIdOfPart(part));
    }

    /// <summary>"Charts", or "Charts (2)" … when the workbook has a sheet of that name already.</summary>
    private static string SheetName(WorkbookPart workbookPart)
    {
        var names = Sheets(Load(workbookPart)).Select(s => (string?)s.Attribute("name")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var name = ChartsSheet.DefaultName;
        for (var i = 2; names.Contains(name); i++) name = $"{ChartsSheet.DefaultName} ({i})";
        return name;
    }

    private static XDocument Load(WorkbookPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        return XDocument.Load(stream);
    }

    private static IEnumerable<XElement> Sheets(XDocument workbook) => workbook.Root!.Element(Main + "sheets")?.Elements(Main + "sheet") ?? [];

    private static void AppendSheet(WorkbookPart part, string name, string relationshipId)
    {
        var workbook = Load(part);
        var sheets = workbook.Root!.Element(Main + "sheets") ?? throw new InvalidDataException("workbook.xml has no <sheets>.");
        if (workbook.Root.GetPrefixOfNamespace(Relationships) is null)
            workbook.Root.SetAttributeValue(XNamespace.Xmlns + "r", Relationships.NamespaceName);
        var id = Sheets(workbook).Select(s => (uint?)s.Attribute("sheetId") ?? 0).DefaultIfEmpty(0u).Max() + 1;
        sheets.Add(new XElement(Main + "sheet", new XAttribute("name", name), new XAttribute("sheetId", id), new XAttribute(Relationships + "id", relationshipId)));
        using var stream = part.GetStream(FileMode.Create);
        workbook.Save(stream, SaveOptions.DisableFormatting);
    }
}
