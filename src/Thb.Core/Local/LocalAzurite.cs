using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
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

    private readonly Process? _process;
    private readonly string? _stateFile;

    private LocalAzurite(int blobPort, int queuePort, int tablePort, Process? process, string? stateFile)
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
        StartAsync(["--inMemoryPersistence"], null, cancellationToken);

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
                if (state is not null && IsAlive(state.Pid) && await PortOpenAsync(state.TablePort))
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

    private static async Task<LocalAzurite> StartAsync(string[] storageArgs, string? stateFile, CancellationToken cancellationToken)
    {
        var executable = NodeTools.Find("azurite");
        var blob = FreePort();
        var queue = FreePort();
        var table = FreePort();
        var info = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var arg in new[] { "--silent", "--skipApiVersionCheck", "--disableTelemetry", "--loose" }) info.ArgumentList.Add(arg);
        foreach (var arg in storageArgs) info.ArgumentList.Add(arg);
        foreach (var (name, port) in new[] { ("--blobHost", "127.0.0.1"), ("--queueHost", "127.0.0.1"), ("--tableHost", "127.0.0.1") })
        {
            info.ArgumentList.Add(name);
            info.ArgumentList.Add(port);
        }
        foreach (var (name, port) in new[] { ("--blobPort", blob), ("--queuePort", queue), ("--tablePort", table) })
        {
            info.ArgumentList.Add(name);
            info.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {executable}.");
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var azurite = new LocalAzurite(blob, queue, table, process, stateFile);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(await PortOpenAsync(blob) && await PortOpenAsync(queue) && await PortOpenAsync(table)))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await azurite.DisposeAsync();
                string log;
                lock (output) log = output.ToString();
                throw new InvalidOperationException($"Azurite did not start (exit code {(process.HasExited ? process.ExitCode : -1)}): {log.Trim()}");
            }
            await Task.Delay(50, cancellationToken);
        }
        if (stateFile is not null)
            await File.WriteAllTextAsync(stateFile, JsonSerializer.Serialize(new State(process.Id, blob, queue, table)), cancellationToken);
        return azurite;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is null) return;
        try
        {
            if (!_process.HasExited)
            {
                // A polite stop lets Azurite flush its data to disk; a kill is the fallback.
                if (!OperatingSystem.IsWindows()) _ = SendSignal(_process.Id, 15);
                else _process.Kill(entireProcessTree: true);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                try
                {
                    await _process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                }
            }
        }
        finally
        {
            if (_stateFile is not null) File.Delete(_stateFile);
            _process.Dispose();
        }
    }

    private sealed record State(int Pid, int BlobPort, int QueuePort, int TablePort);

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static async Task<bool> PortOpenAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

/// <summary>Finds the project's npm tools (node_modules/.bin) from THB_TOOLS_DIR, the working folder or the program's folder.</summary>
public static class NodeTools
{
    public static string Find(string tool)
    {
        foreach (var start in Roots())
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "node_modules", ".bin", tool);
                if (File.Exists(candidate)) return candidate;
            }
        }
        throw new FileNotFoundException(
            $"'{tool}' was not found in node_modules/.bin. Run 'npm ci' in the project folder (./thb and ./test.sh do it for you), or set THB_TOOLS_DIR to the project folder.");
    }

    private static IEnumerable<string> Roots()
    {
        if (Environment.GetEnvironmentVariable("THB_TOOLS_DIR") is { Length: > 0 } configured) yield return configured;
        yield return Directory.GetCurrentDirectory();
        yield return AppContext.BaseDirectory;
    }
}
