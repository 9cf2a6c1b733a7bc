using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;

namespace Thb.Local;

/// <summary>
/// A helper program from the project's npm packages (Azurite, MailDev) run beside the tool: started with its output
/// captured, awaited until it answers, and stopped politely (SIGTERM, so it can flush its data) before being killed.
/// </summary>
internal sealed class LocalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private LocalProcess(Process process) => _process = process;

    public int Id => _process.Id;

    /// <summary>
    /// Starts node_modules/.bin/<paramref name="tool"/> and waits (up to a minute) until <paramref name="ready"/> says it
    /// serves. With <paramref name="exitWithParent"/> the program also stops by itself once this process is gone, even
    /// when this process is killed without running its exit handlers (a test host stopped by its runner).
    /// </summary>
    public static async Task<LocalProcess> StartAsync(string tool, IEnumerable<string> arguments, Func<Task<bool>> ready,
        CancellationToken cancellationToken, bool exitWithParent = false)
    {
        var executable = NodeTools.Find(tool);
        var info = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        if (exitWithParent) WatchParent(info);
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {executable}.");
        var local = new LocalProcess(process);
        process.OutputDataReceived += (_, e) => local.Capture(e.Data);
        process.ErrorDataReceived += (_, e) => local.Capture(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await ready())
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                var exit = process.HasExited ? process.ExitCode : -1;
                await local.DisposeAsync();
                throw new InvalidOperationException($"{tool} did not start (exit code {exit}): {local.Output.Trim()}");
            }
            await Task.Delay(50, cancellationToken);
        }
        return local;
    }

    /// <summary>Node loads a few lines first that poll this process's id and exit when it no longer exists.</summary>
    private static void WatchParent(ProcessStartInfo info)
    {
        var script = Path.Combine(Path.GetTempPath(), "thb-exit-with-parent.js");
        const string watch = "const p = Number(process.env.WATCHED_PARENT_PID); setInterval(() => { try { process.kill(p, 0); } catch { process.exit(0); } }, 1000).unref();\n";
        if (!File.Exists(script) || File.ReadAllText(script) != watch) File.WriteAllText(script, watch);
        info.Environment["WATCHED_PARENT_PID"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var existing = info.Environment.TryGetValue("NODE_OPTIONS", out var options) ? options : null;
        info.Environment["NODE_OPTIONS"] = $"{existing} --require \"{script}\"".Trim();
    }

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    private void Capture(string? line)
    {
        lock (_output) _output.AppendLine(line);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_process.HasExited) return;
            if (OperatingSystem.IsWindows()) _process.Kill(entireProcessTree: true);
            else _ = SendSignal(_process.Id, 15);
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
        finally
        {
            _process.Dispose();
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<bool> PortOpenAsync(int port)
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

    public static bool IsAlive(int pid)
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
}
