using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Thb.Intake;
using Thb.Portal;

namespace Thb.Cli.Commands;

/// <summary>
/// `thb serve [--port N]`: the portal's handlers on Kestrel at 127.0.0.1, over the configured or embedded storage, with
/// the intake run in-process after each upload (no Functions host needed).
/// </summary>
public sealed class ServeCommand : StorageCommand
{
    public const int DefaultPort = 7071;

    private readonly Option<int> _port = CliOptions.Int("--port", "The port on 127.0.0.1 (0 picks a free one).", DefaultPort, 0, 65535);

    public ServeCommand(CliContext context)
        : base("serve", "Host the portal locally on 127.0.0.1 (same handlers as the HTTP functions), processing uploads in-process.", context) =>
        Add(_port);

    /// <summary>The server stops itself on Ctrl+C and SIGTERM (its token is cancelled), however long that takes.</summary>
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
        var background = new List<Task>();
        UploadReceived afterUpload = (blob, _) =>
        {
            // The page polls for the verdict; the intake runs beside the request, as the blob trigger would.
            lock (background) background.Add(Task.Run(async () =>
            {
                try
                {
                    await services.Intake.ProcessAsync(blob, CancellationToken.None);
                }
                catch (Exception e)
                {
                    context.Error.WriteLine($"thb serve: processing {blob} failed: {e.Message}");
                }
            }));
            return Task.CompletedTask;
        };
        var handlers = ActivatorUtilities.CreateInstance<PortalHandlers>(services.Provider, afterUpload);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders(); // request URLs carry link tokens: nothing is logged
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = services.IntakeOptions.MaxUploadBytes + 1024 * 1024);
        await using var app = builder.Build();
        Map(app, handlers);
        var sweeping = services.Get<UploadSweep>().RunPeriodicallyAsync(line => context.Error.WriteLine($"thb serve: {line}"), StopWhen, cancellationToken);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, StopWhen);
        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCtrlC;
        try
        {
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
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // Stopping is the normal end of serving.
            }
        }
        finally
        {
            // Tests run many servers in one process: leave no handler behind pointing at a disposed token source.
            Console.CancelKeyPress -= onCtrlC;
        }
        await app.StopAsync(CancellationToken.None);
        await sweeping;
        Task[] pending;
        lock (background) pending = [.. background];
        await Task.WhenAll(pending);
        return ExitCodes.Ok;
    }

    /// <summary>The same routes as the HTTP functions (their "api" prefix included), so links work on both.</summary>
    public static void Map(IEndpointRouteBuilder app, PortalHandlers handlers)
    {
        const string c = "/" + PortalOptions.RoutePrefix + "/c/{cycle}/{contributor}";
        const string p = "/" + PortalOptions.RoutePrefix + "/p/{cycle}";
        app.MapGet(c, (HttpContext h, string cycle, string contributor) => handlers.ContributorPageAsync(h, cycle, contributor));
        app.MapGet(c + "/template", (HttpContext h, string cycle, string contributor) => handlers.TemplateAsync(h, cycle, contributor));
        app.MapGet(c + "/uploads", (HttpContext h, string cycle, string contributor) => handlers.UploadsAsync(h, cycle, contributor));
        app.MapPost(c + "/uploads", (HttpContext h, string cycle, string contributor) => handlers.UploadAsync(h, cycle, contributor)).DisableAntiforgery();
        app.MapGet(c + "/feedback/{submission}", (HttpContext h, string cycle, string contributor, string submission) => handlers.FeedbackAsync(h, cycle, contributor, submission));
        app.MapGet(p, (HttpContext h, string cycle) => handlers.PresidencyPageAsync(h, cycle));
        app.MapGet(p + "/status", (HttpContext h, string cycle) => handlers.StatusAsync(h, cycle));
        app.MapGet(p + "/annex", (HttpContext h, string cycle) => handlers.AnnexAsync(h, cycle));
        app.MapGet("/" + PortalOptions.RoutePrefix + "/assets/{name}", (HttpContext h, string name) => PortalHandlers.AssetAsync(h, name));
    }
}
