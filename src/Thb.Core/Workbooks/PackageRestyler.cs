using System.IO.Compression;

namespace Thb.Workbooks;

/// <summary>
/// Rewrites a package another library saved (ClosedXML, the Open XML SDK's DOM) the way Excel writes one: the
/// SpreadsheetML namespace as the default namespace, relative relationship targets, docProps/core.xml in place of
/// System.IO.Packaging's core-properties part. Every part's content is otherwise kept as it was.
/// </summary>
public static class PackageRestyler
{
    public static byte[] Restyle(byte[] package, DocumentProperties properties)
    {
        using var input = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        ContentTypes types;
        using (var stream = input.GetEntry(ContentTypes.PartName)!.Open()) types = ContentTypes.Read(stream);
        var dropped = new HashSet<string>(StringComparer.Ordinal);

        using var output = new MemoryStream();
        var sheetNames = new List<string>();
        using (var writer = new ExcelPackageWriter(output, CompressionLevel.Optimal, types))
        {
            foreach (var entry in input.Entries.Where(e => IsRels(e.FullName)))
            {
                var source = SourceOf(entry.FullName);
                using var stream = entry.Open();
                var relationships = PackageRelationships.Read(stream, source);
                // System.IO.Packaging's core properties (package/services/metadata/…psmdcp) give way to docProps/core.xml.
                foreach (var core in relationships.Where(r => source.Length == 0 && r.Type == OoxmlNames.RelCoreProperties).ToList())
                {
                    dropped.Add(core.TargetPart);
                    relationships.Remove(core);
                    types.Remove(core.TargetPart);
                }
                writer.Relate(source, relationships);
            }
            foreach (var entry in input.Entries)
            {
                var name = entry.FullName;
                if (name.EndsWith('/') || IsRels(name) || name == ContentTypes.PartName || dropped.Contains(name)) continue;
                using var source = entry.Open();
                using var target = writer.CreatePart(name, null);
                if (IsXml(name)) SpreadsheetXml.Restyle(source, target);
                else source.CopyTo(target);
            }
            writer.Finish(properties, sheetNames);
        }
        return output.ToArray();
    }

    private static bool IsRels(string name) => name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static bool IsXml(string name) => name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);

    /// <summary>"xl/_rels/workbook.xml.rels" → "xl/workbook.xml"; "_rels/.rels" → "".</summary>
    public static string SourceOf(string relsPath)
    {
        var marker = relsPath.LastIndexOf("_rels/", StringComparison.Ordinal);
        var folder = relsPath[..marker];
        var name = relsPath[(marker + "_rels/".Length)..^".rels".Length];
        return folder + name;
    }
}
