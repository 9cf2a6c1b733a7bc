using Microsoft.Playwright;
using Thb.Cli;
using Thb.Cli.Commands;

namespace Thb.IntegrationTests.Portal;

/// <summary>`thb serve --port 0` run in-process on the test Azurite, stopped when disposed.</summary>
public sealed class ServedPortal : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task<int> _serving;
    private readonly StringWriter _out, _error;

    private ServedPortal(Task<int> serving, string address, CancellationTokenSource stop, StringWriter output, StringWriter error)
    {
        _serving = serving;
        Address = address;
        _stop = stop;
        _out = output;
        _error = error;
    }

    /// <summary>The base URL the server reported through ServeCommand.Started (the real port, not 0).</summary>
    public string Address { get; }

    public static async Task<ServedPortal> StartAsync(IReadOnlyDictionary<string, string?> environment, string workingDirectory)
    {
        var started = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(TextWriter.Synchronized(output), TextWriter.Synchronized(error),
            name => environment.TryGetValue(name, out var v) ? v : null, workingDirectory);
        var command = new ServeCommand(context) { StopWhen = stop.Token, Started = address => started.TrySetResult(address) };
        var serving = Task.Run(() => command.RunAsync(["--port", "0"], CancellationToken.None));
        // Either the server reports its address, or it ended early (then its exit code and error text say why).
        if (await Task.WhenAny(started.Task, serving) == serving)
        {
            stop.Dispose();
            throw new InvalidOperationException($"thb serve ended with {await serving} before listening: {error}");
        }
        return new ServedPortal(serving, await started.Task, stop, output, error);
    }

    public string Output => _out.ToString();
    public string Errors => _error.ToString();

    /// <summary>Stops the server and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await _serving;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_serving.IsCompleted) await StopAsync();
        _stop.Dispose();
    }
}

/// <summary>Debian's chromium driven by Playwright through its executable path: Playwright never downloads a browser.</summary>
public static class PortalBrowser
{
    /// <summary>THB_CHROMIUM overrides the Debian package's launcher.</summary>
    public static string Executable => Environment.GetEnvironmentVariable("THB_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(Executable))
            throw new FileNotFoundException($"No Chromium at {Executable}: install the Debian package 'chromium' (apt-get install chromium) or set THB_CHROMIUM.");
        // Playwright gives each launch a fresh temporary profile (--user-data-dir) and passes --no-sandbox itself.
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public static string ScreenshotFolder
    {
        get
        {
            var folder = Path.Combine(TestData.RepositoryRoot, "artifacts", "portal-screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>Form controls with no accessible label (a label element, aria-label or aria-labelledby; a button's text).</summary>
    public static Task<string[]> UnlabelledControlsAsync(IPage page) => page.EvaluateAsync<string[]>(
        """
        () => Array.from(document.querySelectorAll('input, select, textarea, progress, meter, button'))
          .filter(el => el.type !== 'hidden')
          .filter(el => el.tagName === 'BUTTON'
            ? !(el.textContent.trim() || el.getAttribute('aria-label'))
            : !((el.labels && el.labels.length) || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')))
          .map(el => el.outerHTML)
        """);
}
