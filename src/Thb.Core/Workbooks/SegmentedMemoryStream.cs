namespace Thb.Workbooks;

/// <summary>
/// A seekable in-memory stream kept in fixed 1 MiB segments: it grows a segment at a time, never by doubling and
/// copying one buffer as <see cref="MemoryStream"/> does, so a 31 MB workbook costs 31 MB, not a 40 MB buffer plus the
/// 20 MB one it outgrew. Seekable, so a <see cref="System.IO.Compression.ZipArchive"/> writes the same bytes into it
/// as into a MemoryStream.
/// </summary>
public sealed class SegmentedMemoryStream : Stream
{
    private const int SegmentBytes = 1024 * 1024;
    private readonly List<byte[]> _segments = [];
    private long _length;
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => true;
    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _position = value;
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var total = 0;
        while (buffer.Length > 0 && _position < _length)
        {
            var (segment, at) = Locate(_position);
            var n = (int)Math.Min(Math.Min(buffer.Length, SegmentBytes - at), _length - _position);
            _segments[segment].AsSpan(at, n).CopyTo(buffer);
            buffer = buffer[n..];
            _position += n;
            total += n;
        }
        return total;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        EnsureCapacity(_position + buffer.Length);
        if (_position > _length) Clear(_length, _position); // writing past the end leaves zeros in between
        while (buffer.Length > 0)
        {
            var (segment, at) = Locate(_position);
            var n = Math.Min(buffer.Length, SegmentBytes - at);
            buffer[..n].CopyTo(_segments[segment].AsSpan(at, n));
            buffer = buffer[n..];
            _position += n;
        }
        _length = Math.Max(_length, _position);
    }

    public override void WriteByte(byte value) => Write([value]);

    public override long Seek(long offset, SeekOrigin origin)
    {
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            SeekOrigin.End => _length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        if (target < 0) throw new IOException("An attempt was made to move the position before the beginning of the stream.");
        return _position = target;
    }

    public override void SetLength(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        EnsureCapacity(value);
        if (value > _length) Clear(_length, value);
        _length = value;
        var needed = (int)((value + SegmentBytes - 1) / SegmentBytes);
        if (_segments.Count > needed) _segments.RemoveRange(needed, _segments.Count - needed);
    }

    /// <summary>Lets go of the segments at once, whoever still holds the stream.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _segments.Clear();
            _length = _position = 0;
        }
        base.Dispose(disposing);
    }

    /// <summary>The whole content as one array.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[_length];
        long at = 0;
        foreach (var segment in _segments)
        {
            var n = (int)Math.Min(SegmentBytes, _length - at);
            if (n <= 0) break;
            segment.AsSpan(0, n).CopyTo(bytes.AsSpan((int)at));
            at += n;
        }
        return bytes;
    }

    private static (int Segment, int At) Locate(long position) => ((int)(position / SegmentBytes), (int)(position % SegmentBytes));

    private void EnsureCapacity(long length)
    {
        while ((long)_segments.Count * SegmentBytes < length) _segments.Add(new byte[SegmentBytes]);
    }

    private void Clear(long from, long to)
    {
        while (from < to)
        {
            var (segment, at) = Locate(from);
            var n = (int)Math.Min(SegmentBytes - at, to - from);
            _segments[segment].AsSpan(at, n).Clear();
            from += n;
        }
    }
}
