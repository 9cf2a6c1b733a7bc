using System.IO.Compression;

namespace Thb.Intake.Workbooks;

/// <summary>
/// The parts of an upload that passed the package guard: the reader and the feedback writer both work from it. Small
/// parts are kept as the guard inflated them; a large one (the shared strings of a 20 MB return inflate to 75 MB) stays
/// compressed in the upload's own bytes and is inflated again, as a stream, each time it is opened — those bytes are
/// the ones the guard counted and scanned, so what is read is what passed. Part names are the zip's, in the zip's order.
/// </summary>
/// <remarks>Not thread-safe: the large parts share one stream over the upload's bytes (open them from one thread at a time).</remarks>
public sealed class WorkbookPackage
{
    private readonly Dictionary<string, ReadOnlyMemory<byte>> _parts;
    private readonly Dictionary<string, (ZipArchiveEntry Entry, long Length)> _deflated;
    private readonly Dictionary<string, string> _byLowerName;

    internal WorkbookPackage(IReadOnlyList<string> names, Dictionary<string, ReadOnlyMemory<byte>> parts,
        Dictionary<string, (ZipArchiveEntry Entry, long Length)> deflated, string workbookPartPath)
    {
        Names = names;
        _parts = parts;
        _deflated = deflated;
        _byLowerName = names.GroupBy(n => n.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First());
        WorkbookPartPath = workbookPartPath;
    }

    /// <summary>Every part, in the order the zip held them (folders left out).</summary>
    public IReadOnlyList<string> Names { get; }

    public string WorkbookPartPath { get; }

    /// <summary>The total of the parts' inflated sizes.</summary>
    public long InflatedBytes => _parts.Values.Sum(p => (long)p.Length) + _deflated.Values.Sum(p => p.Length);

    /// <summary>How many parts are left compressed, to be inflated when read.</summary>
    internal int CompressedParts => _deflated.Count;

    /// <summary>Part names are case-insensitive in OPC: an exact match first, then any casing.</summary>
    public bool Contains(string name) => Find(name) is not null;

    /// <summary>A part's inflated bytes (a large part is inflated into a new array: prefer <see cref="Open"/> or <see cref="CopyTo"/>).</summary>
    public ReadOnlyMemory<byte> Bytes(string name)
    {
        var found = Find(name) ?? throw new InvalidDataException($"Missing part {name}.");
        if (_parts.TryGetValue(found, out var bytes)) return bytes;
        var (entry, length) = _deflated[found];
        var buffer = new byte[length];
        using (var stream = entry.Open()) stream.ReadExactly(buffer);
        return buffer;
    }

    /// <summary>A read-only stream over a part's bytes (no copy of a kept part; a large part is inflated as it is read).</summary>
    public Stream Open(string name)
    {
        var found = Find(name) ?? throw new InvalidDataException($"Missing part {name}.");
        if (_deflated.TryGetValue(found, out var deflated)) return deflated.Entry.Open();
        var bytes = _parts[found];
        return System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);
    }

    /// <summary>Writes a part's bytes to <paramref name="target"/> as they are.</summary>
    public void CopyTo(string name, Stream target)
    {
        var found = Find(name) ?? throw new InvalidDataException($"Missing part {name}.");
        if (_parts.TryGetValue(found, out var bytes))
        {
            target.Write(bytes.Span);
            return;
        }
        // In whole pieces of 64 KiB: the compressor (zlib-ng) makes the same bytes from pieces of a multiple of 64 KiB as
        // from the part in one write (not from 80 KB ones), so a feedback copy is byte for byte what it was when every
        // part was kept inflated. 64 KiB also stays off the large object heap.
        using var stream = _deflated[found].Entry.Open();
        var buffer = new byte[CopyPieceBytes];
        int read;
        while ((read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false)) > 0)
            target.Write(buffer, 0, read);
    }

    private const int CopyPieceBytes = 64 * 1024;

    private string? Find(string name) =>
        _parts.ContainsKey(name) || _deflated.ContainsKey(name) ? name : _byLowerName.GetValueOrDefault(name.ToLowerInvariant());
}
