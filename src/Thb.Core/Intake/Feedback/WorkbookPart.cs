using System.Globalization;
using System.Xml;
using Thb.Intake.Workbooks;
using Thb.Workbooks;

namespace Thb.Intake.Feedback;

/// <summary>
/// The workbook part of an upload, as the feedback copy needs it: the sheets and their parts, which tab is active,
/// and how to write it back with the Findings sheet first (defined names and the view shifted to match).
/// </summary>
internal sealed class WorkbookPart
{
    private WorkbookPart(string path, List<PackageRelationship> relationships, List<WorkbookSheet> sheets, int maxSheetId, int activeTab)
    {
        Path = path;
        Relationships = relationships;
        Sheets = sheets;
        MaxSheetId = maxSheetId;
        ActiveTab = activeTab;
    }

    public string Path { get; }
    public List<PackageRelationship> Relationships { get; }
    public IReadOnlyList<WorkbookSheet> Sheets { get; }
    public int MaxSheetId { get; }
    public int ActiveTab { get; }

    public string RelsPath => PackageRelationships.RelsPathFor(Path);

    public string? StylesPath => Relationships.FirstOrDefault(r => r.Type.EndsWith("/styles", StringComparison.Ordinal) && !r.External)?.TargetPart;

    public static WorkbookPart Read(WorkbookPackage package)
    {
        var path = package.WorkbookPartPath;
        var rels = PackageRelationships.RelsPathFor(path);
        var relationships = package.Contains(rels) ? PackageRelationships.Read(package.Open(rels), path) : [];
        var sheets = new List<WorkbookSheet>();
        int maxSheetId = 0, activeTab = 0;
        using var reader = SafeXml.Open(package.Open(path), long.MaxValue);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.LocalName == "workbookView" && int.TryParse(reader.GetAttribute("activeTab"), CultureInfo.InvariantCulture, out var tab)) activeTab = tab;
            if (reader.LocalName != "sheet") continue;
            if (int.TryParse(reader.GetAttribute("sheetId"), CultureInfo.InvariantCulture, out var id)) maxSheetId = Math.Max(maxSheetId, id);
            var rid = RelationshipId(reader);
            var target = relationships.FirstOrDefault(r => r.Id == rid && !r.External)?.TargetPart;
            sheets.Add(new WorkbookSheet(reader.GetAttribute("name") ?? $"Sheet{sheets.Count + 1}", sheets.Count, target is not null && package.Contains(target) ? target : null));
        }
        return new WorkbookPart(path, relationships, sheets, maxSheetId, activeTab);
    }

    private static string? RelationshipId(XmlReader reader)
    {
        if (!reader.MoveToFirstAttribute()) return null;
        string? id = null;
        do
        {
            if (reader.LocalName == "id" && reader.NamespaceURI.Length > 0) id = reader.Value;
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
        return id;
    }

    /// <summary>A sheet name not yet taken (sheet names compare without case): "Findings", else "Findings (2)", …</summary>
    public string FreeName(string wanted)
    {
        var name = wanted;
        for (var i = 2; Sheets.Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)); i++) name = $"{wanted} ({i})";
        return name;
    }

    /// <summary>Writes workbook.xml with a first sheet added; sheet-local defined names move one place along, the first tab is active.</summary>
    public void WriteWithFirstSheet(WorkbookPackage package, Stream output, string name, string relationshipId)
    {
        using var reader = SafeXml.Open(package.Open(Path), long.MaxValue);
        using var writer = SpreadsheetXml.CreateWriter(output);
        writer.WriteStartDocument(true);
        string ns = OoxmlNames.SpreadsheetMain, relNs = OoxmlNames.Relationships;
        var added = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                var empty = reader.IsEmptyElement;
                switch (reader.LocalName)
                {
                    case "workbook" when reader.Depth == 0:
                        ns = reader.NamespaceURI;
                        if (ns.StartsWith("http://purl.oclc.org/", StringComparison.Ordinal)) relNs = "http://purl.oclc.org/ooxml/officeDocument/relationships";
                        break;
                    case "workbookView":
                        SpreadsheetXml.CopyStartElement(reader, writer, a => a is "activeTab" or "firstSheet");
                        if (empty) writer.WriteEndElement();
                        continue;
                    case "definedName" when reader.GetAttribute("localSheetId") is { } local && int.TryParse(local, CultureInfo.InvariantCulture, out var index):
                        SpreadsheetXml.CopyStartElement(reader, writer, a => a == "localSheetId");
                        writer.WriteAttributeString("localSheetId", (index + 1).ToString(CultureInfo.InvariantCulture));
                        if (empty) writer.WriteEndElement();
                        continue;
                    case "sheets":
                        SpreadsheetXml.CopyStartElement(reader, writer);
                        WriteSheet(writer, ns, relNs, name, relationshipId);
                        added = true;
                        if (empty) writer.WriteEndElement();
                        continue;
                    case "definedNames" or "calcPr" or "oleSize" or "customWorkbookViews" or "pivotCaches" or "extLst" when !added && reader.Depth == 1:
                        writer.WriteStartElement(ns == OoxmlNames.SpreadsheetMain ? "" : reader.Prefix, "sheets", ns);
                        WriteSheet(writer, ns, relNs, name, relationshipId);
                        writer.WriteEndElement();
                        added = true;
                        break;
                }
            }
            SpreadsheetXml.CopyNode(reader, writer);
        }
    }

    private void WriteSheet(XmlWriter writer, string ns, string relNs, string name, string relationshipId)
    {
        writer.WriteStartElement(ns == OoxmlNames.SpreadsheetMain ? "" : null, "sheet", ns);
        writer.WriteAttributeString("name", name);
        writer.WriteAttributeString("sheetId", (MaxSheetId + 1).ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("r", "id", relNs, relationshipId);
        writer.WriteEndElement();
    }
}
