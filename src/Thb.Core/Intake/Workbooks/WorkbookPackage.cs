namespace Thb.Intake.Workbooks;

/// <summary>
/// The parts of an upload as the package guard inflated them, once: the reader and the feedback writer both work from
/// these bytes, so the upload is never unzipped twice. Part names are the zip's, in the zip's order.
/// </summary>
public sealed class WorkbookPackage
{
    private readonly Dictionary<string, ReadOnlyMemory<byte>> _parts;
    private readonly Dictionary<string, string> _byLowerName;

    internal WorkbookPackage(IReadOnlyList<string> names, Dictionary<string, ReadOnlyMemory<byte>> parts, string workbookPartPath)
    {
        Names = names;
        _parts = parts;
        _byLowerName = names.GroupBy(n => n.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First());
        WorkbookPartPath = workbookPartPath;
    }

    /// <summary>Every part, in the order the zip held them (folders left out).</summary>
    public IReadOnlyList<string> Names { get; }

    public string WorkbookPartPath { get; }

    /// <summary>The total of the parts' inflated sizes.</summary>
    public long InflatedBytes => _parts.Values.Sum(p => (long)p.Length);

    /// <summary>Part names are case-insensitive in OPC: an exact match first, then any casing.</summary>
    public bool Contains(string name) => Find(name) is not null;

    public ReadOnlyMemory<byte> Bytes(string name) =>
        Find(name) is { } found ? _parts[found] : throw new InvalidDataException($"Missing part {name}.");

    /// <summary>A read-only stream over a part's bytes (no copy).</summary>
    public Stream Open(string name)
    {
        var bytes = Bytes(name);
        return System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);
    }

    private string? Find(string name) =>
        _parts.ContainsKey(name) ? name : _byLowerName.GetValueOrDefault(name.ToLowerInvariant());
}
