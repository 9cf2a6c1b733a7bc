using System.Xml;

namespace Thb.Workbooks;

/// <summary>Relationship parts (.rels) as Excel writes them: targets relative to the folder of the part that owns them.</summary>
public static class PackageRelationships
{
    /// <summary>"xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) → "_rels/.rels".</summary>
    public static string RelsPathFor(string sourcePart) => OpcRelationships.RelsPathFor(sourcePart);

    /// <summary>The target of a relationship from <paramref name="sourcePart"/> to <paramref name="targetPart"/>, relative as Excel writes it.</summary>
    public static string RelativeTarget(string sourcePart, string targetPart)
    {
        var from = OpcRelationships.FolderOf(sourcePart).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var to = targetPart.TrimStart('/').Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common]) common++;
        return string.Concat(Enumerable.Repeat("../", from.Length - common)) + string.Join('/', to[common..]);
    }

    public static void Write(Stream stream, string sourcePart, IEnumerable<PackageRelationship> relationships)
    {
        using var w = SpreadsheetXml.CreateWriter(stream);
        w.WriteStartDocument(true);
        w.WriteStartElement("Relationships", OoxmlNames.PackageRelationships);
        foreach (var r in relationships)
        {
            w.WriteStartElement("Relationship", OoxmlNames.PackageRelationships);
            w.WriteAttributeString("Id", r.Id);
            w.WriteAttributeString("Type", r.Type);
            w.WriteAttributeString("Target", r.External ? r.ExternalTarget ?? r.TargetPart : RelativeTarget(sourcePart, r.TargetPart));
            if (r.External) w.WriteAttributeString("TargetMode", "External");
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    /// <summary>Reads a .rels part, each internal target resolved to the part path it names.</summary>
    public static List<PackageRelationship> Read(Stream stream, string sourcePart)
    {
        var list = new List<PackageRelationship>();
        var folder = OpcRelationships.FolderOf(sourcePart);
        using var reader = SafeXml.Open(stream, 50_000_000);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship") continue;
            var target = reader.GetAttribute("Target") ?? "";
            var external = reader.GetAttribute("TargetMode") == "External";
            list.Add(new PackageRelationship(reader.GetAttribute("Id") ?? "", reader.GetAttribute("Type") ?? "",
                external ? target : OpcRelationships.Resolve(folder, Uri.UnescapeDataString(target)), external, external ? target : null));
        }
        return list;
    }

    /// <summary>An id not yet taken: rId1, rId2, …</summary>
    public static string NextId(IEnumerable<PackageRelationship> existing)
    {
        var taken = existing.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 1; ; i++)
            if (!taken.Contains($"rId{i}")) return $"rId{i}";
    }
}
