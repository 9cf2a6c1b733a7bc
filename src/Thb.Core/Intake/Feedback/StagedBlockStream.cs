using System.Text;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Thb.Intake.Feedback;

/// <summary>
/// A seekable stream that a <see cref="System.IO.Compression.ZipArchive"/> writes a feedback copy into while it goes up
/// to its block blob 4 MiB at a time, so the copy (about as large as the upload) is never held whole. Seekable as a
/// MemoryStream is, the archive writes the very same bytes: it appends, and goes back only to fill in the header of the
/// entry it has just written (CRC and sizes), which <see cref="EntryStarting"/> keeps at hand until the next entry starts.
/// Nothing is visible until <see cref="CommitAsync"/>; blocks staged and never committed are dropped by the service.
/// </summary>
/// <remarks>Write-only; blocks are staged from <see cref="Write(ReadOnlySpan{byte})"/> synchronously, as the archive writes synchronously.</remarks>
internal sealed class StagedBlockStream(BlockBlobClient blob, CancellationToken cancellationToken) : Stream
{
    internal const int BlockBytes = 4 * 1024 * 1024;

    /// <summary>Bytes from an entry's start kept until the next one starts: its local header (name and extra field included).</summary>
    private const int HeaderRoom = 128 * 1024;

    /// <summary>Every block in order; all but the last are full. A staged block has let go of its bytes.</summary>
    private readonly List<Block> _blocks = [];

    /// <summary>Buffers of blocks already staged, for the next blocks: a copy of any size costs three or four buffers.</summary>
    private readonly Stack<byte[]> _spare = new();
    private long _length;
    private long _position;
    private long _entryStart;
    private int _generation;

    private sealed class Block(string id, byte[] data)
    {
        public string Id { get; } = id;
        public byte[]? Data { get; set; } = data;
        public int Length { get; set; }
    }

    public override bool CanRead => false;
    public override bool CanSeek => true;
    public override bool CanWrite => true;
    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => Seek(value, SeekOrigin.Begin);
    }

    /// <summary>The archive starts an entry at the end of what is written: everything before it is final.</summary>
    public void EntryStarting()
    {
        _entryStart = _length;
        StageFinished();
    }

    /// <summary>Forgets everything written (the blocks staged are never committed): the copy starts again from nothing.</summary>
    public void Restart()
    {
        foreach (var block in _blocks.Where(b => b.Data is not null)) _spare.Push(block.Data!);
        _blocks.Clear();
        _length = _position = _entryStart = 0;
        _generation++;
    }

    /// <summary>
    /// Stages what is left and commits the blocks in order: the blob now holds exactly what was written. A copy that fits
    /// in one block and has staged none goes up as one Put Blob instead (one request, not two).
    /// </summary>
    public async Task CommitAsync()
    {
        if (_blocks is [{ Data: { } only } single])
        {
            await blob.UploadAsync(new MemoryStream(only, 0, single.Length, writable: false), new BlobUploadOptions(), cancellationToken);
            single.Data = null;
            return;
        }
        foreach (var block in _blocks.Where(b => b.Data is not null))
        {
            await blob.StageBlockAsync(block.Id, new MemoryStream(block.Data!, 0, block.Length, writable: false), cancellationToken: cancellationToken);
            block.Data = null;
        }
        await blob.CommitBlockListAsync(_blocks.Select(b => b.Id), new CommitBlockListOptions(), cancellationToken);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_position > _length) throw new NotSupportedException("The feedback stream cannot leave a gap.");
        while (buffer.Length > 0)
        {
            var index = (int)(_position / BlockBytes);
            if (index == _blocks.Count) _blocks.Add(new Block(BlockId(index), _spare.TryPop(out var spare) ? spare : new byte[BlockBytes]));
            var block = _blocks[index];
            var data = block.Data ?? throw new NotSupportedException($"Byte {_position} of the feedback copy has already gone up; only an entry's header can be written again.");
            var at = (int)(_position % BlockBytes);
            var n = Math.Min(buffer.Length, BlockBytes - at);
            buffer[..n].CopyTo(data.AsSpan(at));
            block.Length = Math.Max(block.Length, at + n);
            buffer = buffer[n..];
            _position += n;
            _length = Math.Max(_length, _position);
        }
        StageFinished();
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

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Stages every full block that the current entry's header does not touch.</summary>
    private void StageFinished()
    {
        for (var i = 0; i < _blocks.Count; i++)
        {
            var block = _blocks[i];
            if (block.Data is null || block.Length < BlockBytes) continue;
            long start = (long)i * BlockBytes, end = start + BlockBytes;
            if (start < _entryStart + HeaderRoom && end > _entryStart) continue;
            blob.StageBlock(block.Id, new MemoryStream(block.Data, 0, block.Length, writable: false), cancellationToken: cancellationToken);
            _spare.Push(block.Data);
            block.Data = null;
        }
    }

    /// <summary>Block ids of one length (the service requires it), new ones after a restart.</summary>
    private string BlockId(int index) => Convert.ToBase64String(Encoding.ASCII.GetBytes($"{_generation:D4}-{index:D8}"));
}
