using System.Globalization;
using System.Text.Json;

namespace Thb.Local;

/// <summary>
/// A MailDev (SMTP test server with a REST API, from the project's npm packages) started on free ports: its SMTP port
/// takes mail like any server, and <see cref="MessagesAsync"/> reads what arrived (GET /api/email). Keeps its messages
/// in a private temporary folder, removed when it stops.
/// </summary>
public sealed class LocalMailDev : IAsyncDisposable
{
    private readonly LocalProcess _process;
    private readonly string _folder;
    private readonly HttpClient _http;

    private LocalMailDev(int smtpPort, int webPort, LocalProcess process, string folder)
    {
        SmtpPort = smtpPort;
        WebPort = webPort;
        _process = process;
        _folder = folder;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public int SmtpPort { get; }
    public int WebPort { get; }

    /// <summary>The THB_SMTP value that sends here (MailDev offers no STARTTLS).</summary>
    public string SmtpUri => $"smtp://127.0.0.1:{SmtpPort.ToString(CultureInfo.InvariantCulture)}?tls=none";

    public static async Task<LocalMailDev> StartAsync(CancellationToken cancellationToken = default)
    {
        int smtp = LocalProcess.FreePort(), web = LocalProcess.FreePort();
        var folder = Directory.CreateTempSubdirectory("thb-maildev-").FullName;
        using var probe = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{web}/"), Timeout = TimeSpan.FromSeconds(5) };
        var process = await LocalProcess.StartAsync("maildev",
            [
                "--smtp", smtp.ToString(CultureInfo.InvariantCulture), "--web", web.ToString(CultureInfo.InvariantCulture),
                "--ip", "127.0.0.1", "--web-ip", "127.0.0.1", "--mail-directory", folder, "--silent",
            ],
            async () => await LocalProcess.PortOpenAsync(smtp) && await HealthyAsync(probe, cancellationToken),
            cancellationToken, exitWithParent: true);
        return new LocalMailDev(smtp, web, process, folder);
    }

    private static async Task<bool> HealthyAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync("api/healthz", cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>Every message MailDev holds, oldest first.</summary>
    public async Task<IReadOnlyList<MailDevMessage>> MessagesAsync(CancellationToken cancellationToken = default)
    {
        using var document = JsonDocument.Parse(await _http.GetStringAsync("api/email", cancellationToken));
        return document.RootElement.EnumerateArray().Select(MailDevMessage.FromJson).ToList();
    }

    /// <summary>The message as it arrived, headers and MIME parts (GET /api/email/{id}/source).</summary>
    public Task<string> SourceAsync(string id, CancellationToken cancellationToken = default) =>
        _http.GetStringAsync($"api/email/{Uri.EscapeDataString(id)}/source", cancellationToken);

    /// <summary>Forgets every message (DELETE /api/email/all).</summary>
    public async Task DeleteAllAsync(CancellationToken cancellationToken = default)
    {
        using var response = await _http.DeleteAsync("api/email/all", cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _process.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the temporary folder is left for the system to clean.
        }
    }
}
