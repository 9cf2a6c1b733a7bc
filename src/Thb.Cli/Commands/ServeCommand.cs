using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Thb.Cli.Serving;
using Thb.Intake;
using Thb.Portal;

namespace Thb.Cli.Commands;

/// <summary>
/// `thb serve [--port N]`: the portal's handlers on Kestrel at 127.0.0.1, over the configured or embedded storage, with
/// the intake run in-process after each upload (no Functions host needed) and the sweep of stuck uploads at start and
/// every 30 s.
/// </summary>
public sealed class ServeCommand : StorageCommand
{
    public const int DefaultPort = 7071;

    /// <summary>How many intakes run at once (THB_SERVE_INTAKES) and how long stopping waits for them (THB_SERVE_DRAIN_SECONDS).</summary>
    public const string IntakesSetting = "THB_SERVE_INTAKES";
    public const string DrainSetting = "THB_SERVE_DRAIN_SECONDS";
    public static readonly TimeSpan DefaultDrain = TimeSpan.FromSeconds(10);

    private readonly Option<int> _port = CliOptions.Int("--port", "The port on 127.0.0.1 (0 picks a free one).", DefaultPort, 0, 65535);

    public ServeCommand(CliContext context)
        : base("serve", "Host the portal locally on 127.0.0.1 (same handlers as the HTTP functions), processing uploads in-process.", context) =>
        Add(_port);

    /// <summary>
    /// The server stops itself on Ctrl+C and SIGTERM (its token is cancelled): no new requests, received uploads checked
    /// within THB_SERVE_DRAIN_SECONDS, exit 0.
    /// </summary>
    public override TimeSpan? StopGrace => null;

    /// <summary>Tests stop the server through this; Ctrl+C does it for people.</summary>
    public CancellationToken StopWhen { get; init; }

    /// <summary>Raised with the base URL once the server listens.</summary>
    public Action<string>? Started { get; init; }

    protected override IReadOnlyDictionary<string, string>? SettingsOverlay(ParseResult args, CliContext context)
    {
        var port = args.GetValue(_port);
        // Links in templates and reminders point at this server unless a public address is configured.
        return string.IsNullOrEmpty(context.Environment(PortalOptions.BaseUrlSetting)) && port != 0
            ? new Dictionary<string, string> { [PortalOptions.BaseUrlSetting] = $"http://127.0.0.1:{port}" }
            : null;
    }

    protected override async Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var port = args.GetValue(_port);
        await using var app = Build(context, services, port, out var queue);
        // The command's token (CliSignals: SIGTERM, SIGINT), the tests' StopWhen and the host's own lifetime all end the wait below.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, StopWhen, app.Lifetime.ApplicationStopping);
        try
        {
            await app.StartAsync(stop.Token);
        }
        catch (IOException e)
        {
            context.Error.WriteLine($"thb serve: cannot listen on 127.0.0.1:{port} ({e.Message}). Choose another with --port N (0 picks a free one).");
            return ExitCodes.Failure;
        }
        // With --port 0 Kestrel picks a free port; the address it reports after starting is the real one.
        var address = app.Urls.First();
        context.Out.WriteLine($"Portal listening on {address} (storage: {services.Storage.Description}). Ctrl+C stops it.");
        context.Out.WriteLine("Links for a cycle: ./thb links --cycle ID" + (port == DefaultPort ? "" : $" --base-url {address}"));
        Started?.Invoke(address);
        var sweepLog = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Thb.Serve.Sweep");
        // Stuck uploads are checked again through the same queue as those received, so the bound on intakes at once holds.
        var sweeping = services.Get<UploadSweep>().RunPeriodicallyAsync(line => sweepLog.LogInformation("{Line}", line), stop.Token, CancellationToken.None,
            (blob, token) => queue.RunAsync(blob, t => services.Intake.ProcessAsync(blob, t), token));
        await WaitAsync(stop.Token);
        // The sweep stopped with the same token (a reprocessing it cut off is found again on the next start).
        await StopAsync(context, app, queue, Seconds(context.Environment(DrainSetting)) ?? DefaultDrain);
        await sweeping;
        return ExitCodes.Ok;
    }

    private static WebApplication Build(CliContext context, CommandServices services, int port, out IntakeQueue queue)
    {
        var builder = WebApplication.CreateSlimBuilder();
        // Request URLs carry link tokens: only the portal's own lines (which never name them) are logged.
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new LineLoggerProvider(context.Out, TimeProvider.System));
        builder.Logging.AddFilter((category, level) => level >= LogLevel.Information && category?.StartsWith("Thb", StringComparison.Ordinal) == true);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = services.IntakeOptions.MaxUploadBytes + 1024 * 1024);
        // The handlers of the endpoint table, over the CLI's services, with this host's queue of intakes.
        builder.Services.AddSingleton(sp => IntakeQueue.For(services.Intake, Concurrency(context), sp.GetRequiredService<ILogger<IntakeQueue>>()));
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<PortalHandlers>(services.Provider,
            ActivatorUtilities.CreateInstance<UploadViews>(services.Provider, sp.GetRequiredService<IntakeQueue>()),
            ActivatorUtilities.CreateInstance<UploadReceiver>(services.Provider, sp.GetRequiredService<IntakeQueue>()),
            sp.GetRequiredService<ILogger<PortalHandlers>>()));
        // The Presidency's workspace: no queue trigger here, so its e-mails (correction requests, "remind now") are sent at once.
        builder.Services.AddSingleton(ActivatorUtilities.CreateInstance<PresidencyHandlers>(services.Provider,
            (IMailHandOff)new ImmediateMailHandOff(services.Reminders, services.Clock)));
        builder.Services.AddSingleton(services.Get<AnnexDownloads>());
        builder.Services.AddSingleton(services.Get<HealthCheck>());
        var app = builder.Build();
        queue = app.Services.GetRequiredService<IntakeQueue>();
        Map(app);
        return app;
    }

    private static int Concurrency(CliContext context) =>
        int.TryParse(context.Environment(IntakesSetting), System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : IntakeQueue.DefaultConcurrency;

    private static async Task WaitAsync(CancellationToken stop)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
            // Stopping is the normal end of serving.
        }
    }

    /// <summary>Stops taking requests, then gives the uploads received up to <paramref name="bound"/> to be checked; any cut off are picked up on the next start.</summary>
    private static async Task StopAsync(CliContext context, WebApplication app, IntakeQueue queue, TimeSpan bound)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        // Requests in progress (an upload arriving) get the same bound; then the checks get what is left of it.
        using (var requests = new CancellationTokenSource(bound)) await app.StopAsync(requests.Token);
        var received = queue.Unchecked;
        if (received > 0) context.Out.WriteLine($"Stopping: waiting up to {bound.TotalSeconds:0} s for {received} upload(s) to be checked.");
        var finished = await queue.DrainAsync(bound > started.Elapsed ? bound - started.Elapsed : TimeSpan.Zero);
        context.Out.WriteLine(finished
            ? $"Stopped after {started.Elapsed.TotalSeconds:0.0} s."
            : $"Stopped after {started.Elapsed.TotalSeconds:0.0} s; checks still running were cut off and are picked up again on the next start.");
    }

    private static TimeSpan? Seconds(string? text) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var s) && s >= 0 ? TimeSpan.FromSeconds(s) : null;

    /// <summary>The endpoint table (the same routes and handlers as the HTTP functions, "api" prefix included), behind the same edge.</summary>
    public static void Map(WebApplication app)
    {
        var edge = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Thb.Serve.Http");
        app.Use((http, next) => HttpEdge.RunAsync(http, () => next(http), edge));
        app.MapThbEndpoints();
    }
}
