using System.Text.Json;

namespace Thb.Local;

/// <summary>
/// An Azurite (the Azure Storage emulator, from the project's npm packages) started by the tool itself: in memory for
/// tests, or keeping its data in a folder (.thb/azurite) so successive commands see the same data. A running instance
/// for the same folder is reused, never started twice over the same files.
/// </summary>
public sealed class LocalAzurite : IAsyncDisposable
{
    /// <summary>The well-known development account key Azurite serves (public, not a secret).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    public const string AccountName = "devstoreaccount1";

    private readonly LocalProcess? _process;
    private readonly string? _stateFile;

    private LocalAzurite(int blobPort, int queuePort, int tablePort, LocalProcess? process, string? stateFile)
    {
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
        _process = process;
        _stateFile = stateFile;
    }

    public int BlobPort { get; }
    public int QueuePort { get; }
    public int TablePort { get; }

    /// <summary>True when this object started the process (and so stops it).</summary>
    public bool Owned => _process is not null;

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{AccountName};QueueEndpoint=http://127.0.0.1:{QueuePort}/{AccountName};TableEndpoint=http://127.0.0.1:{TablePort}/{AccountName};";

    /// <summary>Starts an in-memory Azurite on free ports (tests).</summary>
    public static Task<LocalAzurite> StartInMemoryAsync(CancellationToken cancellationToken = default) =>
        StartAsync(["--inMemoryPersistence"], null, cancellationToken, exitWithParent: true);

    /// <summary>Reuses the Azurite already serving <paramref name="folder"/>, or starts one keeping its data there.</summary>
    public static async Task<LocalAzurite> StartPersistentAsync(string folder, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        var stateFile = Path.Combine(folder, "azurite.json");
        if (File.Exists(stateFile))
        {
            try
            {
                var state = JsonSerializer.Deserialize<State>(await File.ReadAllTextAsync(stateFile, cancellationToken));
                if (state is not null && LocalProcess.IsAlive(state.Pid) && await LocalProcess.PortOpenAsync(state.TablePort))
                    return new LocalAzurite(state.BlobPort, state.QueuePort, state.TablePort, null, null);
            }
            catch (JsonException)
            {
                // A torn state file from a killed run: start afresh.
            }
        }
        var data = Path.Combine(folder, "data");
        Directory.CreateDirectory(data);
        return await StartAsync(["--location", data], stateFile, cancellationToken);
    }

    /// <summary>
    /// An Azurite keeping its data in <paramref name="folder"/> on the given ports (no state file, never reused): the
    /// fault drills stop one and start another on the same ports and data, as storage that goes away and comes back.
    /// </summary>
    public static Task<LocalAzurite> StartOnAsync(string folder, int blobPort, int queuePort, int tablePort, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        return StartAsync(["--location", folder], null, cancellationToken, (blobPort, queuePort, tablePort), exitWithParent: true);
    }

    private static async Task<LocalAzurite> StartAsync(string[] storageArgs, string? stateFile, CancellationToken cancellationToken,
        (int Blob, int Queue, int Table)? ports = null, bool exitWithParent = false)
    {
        var (blob, queue, table) = ports ?? (LocalProcess.FreePort(), LocalProcess.FreePort(), LocalProcess.FreePort());
        string Text(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string[] arguments =
        [
            "--silent", "--skipApiVersionCheck", "--disableTelemetry", "--loose", .. storageArgs,
            "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
            "--blobPort", Text(blob), "--queuePort", Text(queue), "--tablePort", Text(table),
        ];
        var process = await LocalProcess.StartAsync("azurite", arguments,
            async () => await LocalProcess.PortOpenAsync(blob) && await LocalProcess.PortOpenAsync(queue) && await LocalProcess.PortOpenAsync(table),
            cancellationToken, exitWithParent);
        if (stateFile is not null)
            await File.WriteAllTextAsync(stateFile, JsonSerializer.Serialize(new State(process.Id, blob, queue, table)), cancellationToken);
        return new LocalAzurite(blob, queue, table, process, stateFile);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is null) return;
        try
        {
            await _process.DisposeAsync();
        }
        finally
        {
            if (_stateFile is not null) File.Delete(_stateFile);
        }
    }

    private sealed record State(int Pid, int BlobPort, int QueuePort, int TablePort);
}
