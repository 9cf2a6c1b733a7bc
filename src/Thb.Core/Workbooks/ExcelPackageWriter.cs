using System.IO.Compression;

namespace Thb.Workbooks;

/// <summary>
/// Writes an OOXML package part by part, the way Excel lays one out: content types, relationship parts with targets
/// relative to their source, and docProps/core.xml and app.xml. Parts go straight into the zip, one after the other.
/// </summary>
public sealed class ExcelPackageWriter : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly CompressionLevel _level;
    private readonly Dictionary<string, List<PackageRelationship>> _relationships = new(StringComparer.Ordinal);
    private bool _finished;

    public ExcelPackageWriter(Stream output, CompressionLevel level = CompressionLevel.Optimal, ContentTypes? contentTypes = null)
    {
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        _level = level;
        ContentTypes = contentTypes ?? new ContentTypes();
    }

    public ContentTypes ContentTypes { get; }

    /// <summary>Opens a new part for writing (dispose the stream before the next part); registers its content type.</summary>
    public Stream CreatePart(string path, string? contentType)
    {
        if (contentType is not null) ContentTypes.Override(path, contentType);
        return _zip.CreateEntry(path, _level).Open();
    }

    public void WritePart(string path, string? contentType, ReadOnlySpan<byte> content)
    {
        using var stream = CreatePart(path, contentType);
        stream.Write(content);
    }

    public void WritePart(string path, string? contentType, Action<Stream> write)
    {
        using var stream = CreatePart(path, contentType);
        write(stream);
    }

    /// <summary>Relates <paramref name="sourcePart"/> ("" for the package) to a part; returns the relationship id.</summary>
    public string Relate(string sourcePart, string type, string targetPart)
    {
        if (!_relationships.TryGetValue(sourcePart, out var list)) _relationships[sourcePart] = list = [];
        var id = PackageRelationships.NextId(list);
        list.Add(new PackageRelationship(id, type, targetPart));
        return id;
    }

    /// <summary>Keeps relationships read from another package (ids and all).</summary>
    public void Relate(string sourcePart, IEnumerable<PackageRelationship> relationships)
    {
        if (!_relationships.TryGetValue(sourcePart, out var list)) _relationships[sourcePart] = list = [];
        list.AddRange(relationships);
    }

    public bool HasRelationship(string sourcePart, string type) =>
        _relationships.TryGetValue(sourcePart, out var list) && list.Any(r => r.Type == type);

    /// <summary>Writes docProps (when <paramref name="properties"/> is given and the package has none), every .rels part and the content types.</summary>
    public void Finish(DocumentProperties? properties, IReadOnlyList<string> sheetNames)
    {
        if (_finished) return;
        _finished = true;
        if (properties is not null && !HasRelationship("", OoxmlNames.RelCoreProperties))
        {
            WritePart("docProps/core.xml", OoxmlNames.TypeCoreProperties, properties.WriteCore);
            Relate("", OoxmlNames.RelCoreProperties, "docProps/core.xml");
        }
        if (properties is not null && !HasRelationship("", OoxmlNames.RelExtendedProperties))
        {
            WritePart("docProps/app.xml", OoxmlNames.TypeExtendedProperties, s => DocumentProperties.WriteApp(s, sheetNames));
            Relate("", OoxmlNames.RelExtendedProperties, "docProps/app.xml");
        }
        foreach (var (source, list) in _relationships)
            WritePart(PackageRelationships.RelsPathFor(source), null, s => PackageRelationships.Write(s, source, list));
        WritePart(ContentTypes.PartName, null, ContentTypes.Write);
    }

    public void Dispose() => _zip.Dispose();
}
