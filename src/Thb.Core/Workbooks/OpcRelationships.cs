using System.Xml;

namespace Thb.Workbooks;

/// <summary>Reads package relationships (the .rels parts of an Open Packaging Conventions file).</summary>
internal static class OpcRelationships
{
    public static IEnumerable<(string Type, string Target)> Read(System.IO.Compression.ZipArchiveEntry entry) =>
        ReadWithIds(entry).Select(r => (r.Type, r.Target));

    public static List<(string Id, string Type, string Target)> ReadWithIds(System.IO.Compression.ZipArchiveEntry entry) => ReadWithIds(entry.Open());

    public static List<(string Id, string Type, string Target)> ReadWithIds(Stream stream)
    {
        var list = new List<(string, string, string)>();
        using var reader = SafeXml.Open(stream, 10_000_000);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship")
            {
                if (reader.GetAttribute("TargetMode") == "External") continue;
                list.Add((reader.GetAttribute("Id") ?? "", reader.GetAttribute("Type") ?? "", reader.GetAttribute("Target") ?? ""));
            }
        }
        return list;
    }

    /// <summary>Resolves a relationship target against the folder of the part that owns the .rels.</summary>
    public static string Resolve(string baseFolder, string target)
    {
        if (target.StartsWith('/')) return target.TrimStart('/');
        var parts = new List<string>(baseFolder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in target.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (parts.Count > 0) parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(segment);
        }
        return string.Join('/', parts);
    }

    public static string RelsPathFor(string partPath)
    {
        var slash = partPath.LastIndexOf('/');
        var folder = slash < 0 ? "" : partPath[..slash];
        var name = slash < 0 ? partPath : partPath[(slash + 1)..];
        return (folder.Length == 0 ? "" : folder + "/") + "_rels/" + name + ".rels";
    }

    public static string FolderOf(string partPath)
    {
        var slash = partPath.LastIndexOf('/');
        return slash < 0 ? "" : partPath[..slash];
    }
}
