using Thb.Cycles;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Thb.Cli;
using Thb.Portal;
using Thb.Storage;

namespace Thb.IntegrationTests.Portal;

/// <summary>
/// Odd requests against `thb serve` over real HTTP (Kestrel): malformed and cut-off bodies, over-long and odd file
/// names, repeats — each a 400 (or 202) that says what to do, logged, and every answer with the security headers.
/// </summary>
public class ServeRequestTests
{
    private const string Secret = "serve-requests-secret-7c1e9a3b5d2f4e6a8b0c1d3e5f7a9b2c";

    private sealed record Served(ServedPortal Portal, PortalScenario Scenario, HttpClient Client) : IAsyncDisposable
    {
        public string Token(string contributor) => Uri.EscapeDataString(Scenario.ContributorToken(contributor));
        public string UploadsUrl(string contributor) => $"{Portal.Address}/api/portal/c/{Scenario.Cycle.Id}/{contributor}/uploads?t={Token(contributor)}";

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await Portal.DisposeAsync();
        }
    }

    private static async Task<Served> ServeAsync()
    {
        var scenario = await PortalScenario.CreateAsync();
        var environment = new Dictionary<string, string?> { ["THB_STORAGE"] = await TestStorage.ConnectionStringAsync(), [PortalOptions.SecretSetting] = PortalScenario.Secret };
        var portal = await ServedPortal.StartAsync(environment, Directory.CreateTempSubdirectory("thb-serve-requests-").FullName);
        return new Served(portal, scenario, new HttpClient());
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var what = $"{(int)response.StatusCode} {response.RequestMessage?.Method} answer";
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp) && csp.Single().Contains("frame-ancestors 'none'"), $"{what} lacks the CSP");
        Assert.True(response.Headers.TryGetValues("X-Content-Type-Options", out var nosniff) && nosniff.Single() == "nosniff", $"{what} lacks nosniff");
        Assert.True(response.Headers.TryGetValues("Referrer-Policy", out var referrer) && referrer.Single() == "no-referrer", $"{what} lacks Referrer-Policy");
        Assert.True(response.Headers.TryGetValues("X-Frame-Options", out var frames) && frames.Single() == "DENY", $"{what} lacks X-Frame-Options");
    }

    private static MultipartFormDataContent Form(string fileName, byte[] content)
    {
        // Browsers send the name as UTF-8 in the part's header.
        var form = new MultipartFormDataContent { HeaderEncodingSelector = (_, _) => Encoding.UTF8 };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(PortalRequests.XlsxType);
        // Written by hand so any name (control characters, 9,000 characters) reaches the server as typed.
        file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"file\"; filename=\"{fileName}\"");
        form.Add(file);
        return form;
    }

    private static async Task<string> MessageAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("message").GetString()!;

    [Fact]
    public async Task Every_answer_carries_the_security_headers()
    {
        await using var s = await ServeAsync();
        var cycle = $"{s.Portal.Address}/api/portal/c/{s.Scenario.Cycle.Id}";
        var gets = new (string Url, HttpStatusCode Status)[]
        {
            ($"{cycle}/austria?t={s.Token("austria")}", HttpStatusCode.OK),
            ($"{cycle}/austria", HttpStatusCode.Forbidden),
            ($"{cycle}/nobody?t={Uri.EscapeDataString(s.Scenario.PresidencyToken())}", HttpStatusCode.NotFound),
            ($"{s.Portal.Address}/api/no/such/route", HttpStatusCode.NotFound),
            ($"{s.Portal.Address}/api/portal/assets/portal.css", HttpStatusCode.OK),
            ($"{s.Portal.Address}/api/health", HttpStatusCode.OK),
        };
        foreach (var (url, status) in gets)
        {
            var response = await s.Client.GetAsync(url);
            Assert.Equal(status, response.StatusCode);
            AssertSecurityHeaders(response);
        }
        var badRequest = await s.Client.PostAsync(s.UploadsUrl("austria"), new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, badRequest.StatusCode);
        AssertSecurityHeaders(badRequest);
    }

    [Fact]
    public async Task A_fault_in_a_handler_is_a_logged_500_with_a_message_and_the_headers()
    {
        var http = new DefaultHttpContext();
        http.Response.Body = new MemoryStream();
        var logged = new List<string>();
        var logger = new ListLogger(logged);
        await HttpEdge.RunAsync(http, () => throw new InvalidOperationException("storage said no"), logger);
        Assert.Equal(500, http.Response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", http.Response.ContentType);
        Assert.Contains("try again", Encoding.UTF8.GetString(((MemoryStream)http.Response.Body).ToArray()));
        Assert.Equal(HttpEdge.ContentSecurityPolicy, http.Response.Headers["Content-Security-Policy"].ToString());
        Assert.Equal("nosniff", http.Response.Headers["X-Content-Type-Options"].ToString());
        Assert.Contains(logged, l => l.Contains("internal error"));
    }

    [Fact]
    public async Task Malformed_and_cut_off_bodies_get_400_with_what_to_do_and_a_log_line()
    {
        await using var s = await ServeAsync();
        // A multipart body whose boundary never comes (a correct length, a broken form).
        var broken = new ByteArrayContent(Encoding.ASCII.GetBytes("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\nPK\u0003\u0004 and then nothing"));
        broken.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=xyz");
        var malformed = await s.Client.PostAsync(s.UploadsUrl("austria"), broken);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("upload it again", await MessageAsync(malformed));
        AssertSecurityHeaders(malformed);

        // A real upload cut off halfway (the length declared is what arrived): the form never ends, the file is not taken.
        var whole = Form("Austria.xlsx", PortalScenario.SampleBytes("Austria"));
        var bytes = await whole.ReadAsByteArrayAsync();
        var half = new ByteArrayContent(bytes[..(bytes.Length / 2)]);
        half.Headers.TryAddWithoutValidation("Content-Type", whole.Headers.ContentType!.ToString());
        var truncated = await s.Client.PostAsync(s.UploadsUrl("austria"), half);
        Assert.Equal(HttpStatusCode.BadRequest, truncated.StatusCode);
        Assert.Contains("cut off", await MessageAsync(truncated));
        AssertSecurityHeaders(truncated);

        // Fewer bytes than declared, then the sender stops: nothing is stored, the server says so in its log and serves on.
        var cutOff = await RawPostAsync(new Uri(s.UploadsUrl("austria")), declaredLength: 100_000, sent: bytes[..1000]);
        Assert.True(cutOff.Length == 0 || cutOff.StartsWith("HTTP/1.1 400", StringComparison.Ordinal), cutOff);
        Assert.Equal(HttpStatusCode.OK, (await s.Client.GetAsync($"{s.Portal.Address}/api/health")).StatusCode);

        Assert.Contains("refused", s.Portal.Output);
        Assert.Empty(await UploadedAsync(s, "austria"));
    }

    [Fact]
    public async Task Over_long_and_odd_file_names_get_400_and_names_that_fit_are_kept_whole()
    {
        await using var s = await ServeAsync();
        var content = PortalScenario.SampleBytes("Austria");
        var refusals = new Dictionary<string, string>
        {
            ["2,500 CJK characters"] = new string('報', 2500) + ".xlsx",
            ["9,000 ASCII characters"] = new string('a', 9000) + ".xlsx",
            ["a control character"] = "return\u0007.xlsx",
            ["a right-to-left override"] = "return\u202Exslx.exe",
            ["only dots"] = "...",
        };
        foreach (var (what, name) in refusals)
        {
            var response = await s.Client.PostAsync(s.UploadsUrl("austria"), Form(name, content));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode}");
            Assert.Contains("upload it again", await MessageAsync(response));
        }
        Assert.Empty(await UploadedAsync(s, "austria"));

        // The longest CJK name that is taken still fits Azure's 8 KB of metadata, whole.
        var longest = new string('報', (PortalFileNames.MaxMetadataBytes / 9) - 5) + ".xlsx";
        var taken = await s.Client.PostAsync(s.UploadsUrl("austria"), Form(longest, content));
        Assert.Equal(HttpStatusCode.Accepted, taken.StatusCode);
        var blob = Assert.Single(await UploadedAsync(s, "austria"));
        Assert.Equal(longest, Uri.UnescapeDataString(blob.Metadata[Thb.Intake.IntakeService.OriginalFileNameMetadata]));
        Assert.True(blob.Metadata.Sum(m => Encoding.UTF8.GetByteCount(m.Key) + Encoding.UTF8.GetByteCount(m.Value)) < 8 * 1024);
    }

    [Fact]
    public async Task The_same_bytes_uploaded_twice_through_the_portal_are_one_submission()
    {
        await using var s = await ServeAsync();
        var content = PortalScenario.SampleBytes("Bulgaria");
        var first = await s.Client.PostAsync(s.UploadsUrl("bulgaria"), Form("Bulgaria.xlsx", content));
        var second = await s.Client.PostAsync(s.UploadsUrl("bulgaria"), Form("Bulgaria.xlsx", content));
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        var blob = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("blobName").GetString();
        Assert.Equal(blob, JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement.GetProperty("blobName").GetString());
        Assert.Single(await UploadedAsync(s, "bulgaria"));
        await WaitForVerdictAsync(s, "bulgaria");
        Assert.Single(await s.Scenario.Services.Queries.HistoryAsync(s.Scenario.Cycle.Id, ContributorId.Parse("bulgaria")));
    }

    [Fact]
    public async Task Health_is_200_with_storage_and_503_without_it()
    {
        await using var s = await ServeAsync();
        var healthy = await s.Client.GetAsync($"{s.Portal.Address}/api/health");
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        var report = JsonDocument.Parse(await healthy.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("healthy", report.GetProperty("status").GetString());
        Assert.Equal("ok", report.GetProperty("blob").GetString());
        Assert.Equal("ok", report.GetProperty("table").GetString());

        // A storage account that does not answer (nothing listens on the port): 503, saying which service failed.
        using var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        var dead = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Thb.Local.LocalAzurite.AccountKey};" +
                   $"BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{port}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
        await using var services = CommandServices.Create(dead, _ => null, Directory.GetCurrentDirectory());
        var http = new DefaultHttpContext { RequestServices = services.Provider };
        http.Response.Body = new MemoryStream();
        var answer = await services.Get<HealthCheck>().CheckAsync(CancellationToken.None);
        Assert.Equal(503, answer.StatusCode);
        Assert.Equal("unhealthy", answer.Value!.Status);
        Assert.NotEqual("ok", answer.Value.Blob);
        Assert.NotEqual("ok", answer.Value.Table);
    }

    // ---- Helpers -------------------------------------------------------------------------------------------------------

    private static async Task<List<Azure.Storage.Blobs.Models.BlobItem>> UploadedAsync(Served s, string contributor)
    {
        var blobs = new List<Azure.Storage.Blobs.Models.BlobItem>();
        await foreach (var blob in s.Scenario.Services.Storage.Container(StorageNames.Containers.Returns)
                           .GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.Metadata, Azure.Storage.Blobs.Models.BlobStates.None, $"{s.Scenario.Cycle.Id}/{contributor}/", CancellationToken.None))
            blobs.Add(blob);
        return blobs;
    }

    /// <summary>Polls the uploads list until none is waiting or being checked (the intake runs in the server's queue).</summary>
    private static async Task WaitForVerdictAsync(Served s, string contributor)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var uploads = JsonDocument.Parse(await s.Client.GetStringAsync(s.UploadsUrl(contributor))).RootElement.EnumerateArray().ToList();
            if (uploads.Count > 0 && uploads.All(u => u.GetProperty("status").GetString() is not ("pending" or "waiting"))) return;
            await Task.Delay(200);
        }
        throw new TimeoutException("No verdict after 600 polls.");
    }

    /// <summary>A POST written on a socket: the declared length, fewer bytes, then a half-close; returns what the server answered.</summary>
    private static async Task<string> RawPostAsync(Uri url, long declaredLength, byte[] sent)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(url.Host, url.Port);
        var stream = client.GetStream();
        var head = $"POST {url.PathAndQuery} HTTP/1.1\r\nHost: {url.Authority}\r\nContent-Type: multipart/form-data; boundary=xyz\r\n" +
                   $"Content-Length: {declaredLength.ToString(CultureInfo.InvariantCulture)}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(sent);
        await stream.FlushAsync();
        client.Client.Shutdown(SocketShutdown.Send);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    private sealed class ListLogger(List<string> lines) : Microsoft.Extensions.Logging.ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;
        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Add(formatter(state, exception));
    }
}
