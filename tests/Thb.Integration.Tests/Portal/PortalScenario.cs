using Microsoft.Extensions.DependencyInjection;
using Thb.Cli;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Thb.Cycles;
using Thb.IntegrationTests.Intake;
using Thb.IntegrationTests.Reminders;
using Thb.Portal;

namespace Thb.IntegrationTests.Portal;

/// <summary>
/// A fresh cycle of the five sample delegations on the test Azurite, with a portal secret and a clock the test moves;
/// the handlers are the services' own (no AfterUpload: tests run the intake themselves, as the blob trigger would).
/// </summary>
public sealed class PortalScenario
{
    public const string Secret = "portal-test-secret-4f1c9a7e2b6d4e0a9c3f5b7d1e8a2c6f";

    private PortalScenario(CommandServices services, Cycle cycle, FixedClock clock)
    {
        Services = services;
        Cycle = cycle;
        Clock = clock;
    }

    public CommandServices Services { get; }
    public Cycle Cycle { get; }
    public FixedClock Clock { get; }
    public PortalHandlers Handlers => Services.Portal!;
    public PresidencyHandlers Presidency => Services.Get<PresidencyHandlers>();
    public PortalTokens Tokens => Services.PortalTokens!;

    public static async Task<PortalScenario> CreateAsync(int maxUploadMb = 20)
    {
        var clock = new FixedClock(DateTimeOffset.UtcNow);
        var services = await TestStorage.ServicesAsync(clock, name => name switch
        {
            PortalOptions.SecretSetting => Secret,
            "THB_MAX_UPLOAD_MB" => maxUploadMb.ToString(CultureInfo.InvariantCulture),
            _ => null,
        });
        var cycle = await services.Cycles.OpenAsync(
            new Cycle(CycleId.Parse(TestStorage.NewCycleId("portal")), "Portal test cycle", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), CycleState.Open, [14, 7, 2]),
            IntakeScenario.SampleContributors);
        return new PortalScenario(services, cycle, clock);
    }

    public string ContributorToken(string contributor, TimeSpan? lifetime = null, string? cycle = null) =>
        Tokens.Issue(new PortalGrant(cycle is null ? Cycle.Id : CycleId.Parse(cycle), ContributorId.Parse(contributor), PortalRole.Contributor, Clock.GetUtcNow() + (lifetime ?? TimeSpan.FromDays(1))));

    public string PresidencyToken(TimeSpan? lifetime = null) =>
        Tokens.Issue(new PortalGrant(Cycle.Id, null, PortalRole.Presidency, Clock.GetUtcNow() + (lifetime ?? TimeSpan.FromDays(1))));

    public static byte[] SampleBytes(string delegation) => File.ReadAllBytes(TestData.Sample(delegation));

    /// <summary>The rejected demo return: its Description column is headed "Details".</summary>
    public static string RejectedSamplePath => Path.Combine(TestData.RepositoryRoot, "src", "Thb.Cli", "Demo", "Rejected", "Germany-first-attempt.xlsx");
}

/// <summary>What a handler wrote to its DefaultHttpContext.</summary>
public sealed record PortalResponse(int Status, string? ContentType, byte[] Body, IHeaderDictionary Headers)
{
    public string Text => Encoding.UTF8.GetString(Body);
}

/// <summary>Requests built by hand on DefaultHttpContext: query token, method, and a multipart body written byte by byte.</summary>
public static class PortalRequests
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static DefaultHttpContext Get(string? token, string? extraQuery = null)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = HttpMethods.Get;
        var query = new List<string>();
        if (token is not null) query.Add("t=" + Uri.EscapeDataString(token));
        if (extraQuery is not null) query.Add(extraQuery);
        if (query.Count > 0) http.Request.QueryString = new QueryString("?" + string.Join('&', query));
        http.Response.Body = new MemoryStream();
        return http;
    }

    /// <summary>A multipart/form-data POST with one file part (or none), as a browser's FormData sends it.</summary>
    public static DefaultHttpContext Upload(string? token, string? fileName, byte[]? content, bool declareLength = true, string field = "file")
    {
        var http = Get(token);
        http.Request.Method = HttpMethods.Post;
        var boundary = "----thb-test-" + Guid.NewGuid().ToString("N");
        var body = new MemoryStream();
        void Write(string text) => body.Write(Encoding.UTF8.GetBytes(text));
        if (fileName is not null && content is not null)
        {
            Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{fileName}\"\r\nContent-Type: {XlsxType}\r\n\r\n");
            body.Write(content);
            Write("\r\n");
        }
        else
        {
            Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nno file chosen\r\n");
        }
        Write($"--{boundary}--\r\n");
        body.Position = 0;
        http.Request.ContentType = $"multipart/form-data; boundary={boundary}";
        http.Request.Body = body;
        if (declareLength) http.Request.ContentLength = body.Length;
        return http;
    }

    /// <summary>Services an executed result asks the request for (loggers, JSON options), as both hosts provide them.</summary>
    private static readonly IServiceProvider RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider();

    /// <summary>Runs a handler as both hosts do: through <see cref="HttpEdge"/> (headers, faults), then executes its typed result.</summary>
    public static async Task<PortalResponse> SendAsync<TResult>(DefaultHttpContext http, Func<HttpContext, Task<TResult>> handler) where TResult : IResult
    {
        http.RequestServices ??= RequestServices;
        await HttpEdge.RunAsync(http, async () => await (await handler(http)).ExecuteAsync(http), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        return Response(http);
    }

    /// <summary>Executes a result a function returned, as the Functions worker does after the edge middleware.</summary>
    public static async Task<PortalResponse> ExecuteAsync(DefaultHttpContext http, IResult result)
    {
        http.RequestServices ??= RequestServices;
        await HttpEdge.RunAsync(http, () => result.ExecuteAsync(http), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        return Response(http);
    }

    private static PortalResponse Response(DefaultHttpContext http)
    {
        var body = ((MemoryStream)http.Response.Body).ToArray();
        return new PortalResponse(http.Response.StatusCode, http.Response.ContentType, body, http.Response.Headers);
    }
}
