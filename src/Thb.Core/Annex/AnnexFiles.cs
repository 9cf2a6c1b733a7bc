namespace Thb.Annex;

/// <summary>
/// The compiled files of one version until they are stored: in a temporary folder (the service and the benchmark:
/// an annex of 100,000 rows writes hundreds of megabytes, which never sit in memory) or in memory (tests, small
/// annexes). Each file is written once, through <see cref="Create"/>, then read as often as needed through
/// <see cref="OpenRead"/>. Disposing deletes the temporary folder.
/// </summary>
public sealed class AnnexFiles : IDisposable
{
    private readonly string? _folder;
    private readonly Dictionary<AnnexFormat, byte[]> _memory = [];

    private AnnexFiles(string? folder) => _folder = folder;

    /// <summary>Files held in memory (for tests and small annexes).</summary>
    public static AnnexFiles InMemory() => new(null);

    /// <summary>Files in a new folder under the system's temporary folder, deleted on <see cref="Dispose"/>.</summary>
    public static AnnexFiles InTemporaryFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "thb-annex-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new AnnexFiles(folder);
    }

    private string PathOf(AnnexFormat format) => Path.Combine(_folder!, "annex" + AnnexFormats.Extension(format));

    /// <summary>A new, empty, seekable and readable stream for the format's file (a package writer may go back into it).</summary>
    public Stream Create(AnnexFormat format) =>
        _folder is null
            ? new MemoryFile(bytes => { lock (_memory) _memory[format] = bytes; })
            : new FileStream(PathOf(format), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);

    /// <summary>The format's file, written, for reading from its start.</summary>
    public Stream OpenRead(AnnexFormat format) =>
        _folder is null
            ? new MemoryStream(Required(format), writable: false)
            : new FileStream(PathOf(format), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    public long Length(AnnexFormat format) => _folder is null ? Required(format).Length : new FileInfo(PathOf(format)).Length;

    /// <summary>The whole file as bytes: for tests and small annexes only.</summary>
    public byte[] Get(AnnexFormat format) => _folder is null ? Required(format) : File.ReadAllBytes(PathOf(format));

    public byte[] Xlsx => Get(AnnexFormat.Xlsx);
    public byte[] Csv => Get(AnnexFormat.Csv);
    public byte[] Json => Get(AnnexFormat.Json);
    public byte[] Docx => Get(AnnexFormat.Docx);
    public byte[] Svg => Get(AnnexFormat.Svg);

    private byte[] Required(AnnexFormat format)
    {
        lock (_memory) return _memory.TryGetValue(format, out var bytes) ? bytes : throw new InvalidOperationException($"The annex's {AnnexFormats.Extension(format)} file has not been written.");
    }

    public void Dispose()
    {
        _memory.Clear();
        if (_folder is null) return;
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere: the system's temporary folder is cleaned up in time.
        }
    }

    /// <summary>A MemoryStream that hands its bytes over when it is closed.</summary>
    private sealed class MemoryFile(Action<byte[]> closed) : MemoryStream
    {
        private bool _handedOver;

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_handedOver)
            {
                _handedOver = true;
                closed(ToArray());
            }
            base.Dispose(disposing);
        }
    }
}
