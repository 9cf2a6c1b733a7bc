using Thb.Local;

namespace Thb.Cli;

/// <summary>
/// The storage a command works on: --storage, else THB_STORAGE, else the embedded default — an Azurite the CLI starts
/// itself, keeping its data under .thb/ in the working folder so that successive commands see the same data.
/// </summary>
public sealed class StorageSession : IAsyncDisposable
{
    private readonly LocalAzurite? _azurite;

    private StorageSession(CommandServices services, LocalAzurite? azurite)
    {
        Services = services;
        _azurite = azurite;
    }

    public CommandServices Services { get; }

    public static readonly IReadOnlySet<string> Options = new HashSet<string> { "storage" };

    public static async Task<StorageSession> OpenAsync(ParsedArguments args, CliContext context, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? settingsOverlay = null)
    {
        var connection = args.Value("storage") ?? context.Environment("THB_STORAGE");
        LocalAzurite? azurite = null;
        if (string.IsNullOrWhiteSpace(connection))
        {
            azurite = await LocalAzurite.StartPersistentAsync(Path.Combine(context.WorkingDirectory, ".thb", "azurite"), cancellationToken);
            connection = azurite.ConnectionString;
        }
        CommandServices? services = null;
        try
        {
            // The settings a command sees: its own overlay, then the environment; and a portal secret always (kept in
            // .thb/portal-secret when THB_PORTAL_SECRET is not set), so `thb links` and `thb serve` work out of the box.
            services = CommandServices.Create(connection,
                name => settingsOverlay is not null && settingsOverlay.TryGetValue(name, out var value) ? value : context.Environment(name),
                context.WorkingDirectory, localSecretFolder: Path.Combine(context.WorkingDirectory, ".thb"));
            await services.Storage.EnsureCreatedAsync(cancellationToken);
            return new StorageSession(services, azurite);
        }
        catch
        {
            if (services is not null) await services.DisposeAsync();
            if (azurite is not null) await azurite.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_azurite is not null) await _azurite.DisposeAsync();
    }
}

/// <summary>A command that works on storage: opens the session, runs, and stops an Azurite it started.</summary>
public abstract class StorageCommand : ICommand
{
    public abstract string Name { get; }
    public abstract string Usage { get; }
    public abstract string Summary { get; }
    protected abstract IEnumerable<string> CommandValueOptions { get; }
    protected virtual IEnumerable<string> CommandFlagOptions => [];

    public IReadOnlySet<string> ValueOptions => CommandValueOptions.Concat(StorageSession.Options).ToHashSet();
    public IReadOnlySet<string> FlagOptions => CommandFlagOptions.ToHashSet();

    public async Task<int> RunAsync(ParsedArguments args, CliContext context, CancellationToken cancellationToken)
    {
        Validate(args);
        await using var session = await StorageSession.OpenAsync(args, context, cancellationToken, SettingsOverlay(args, context));
        return await RunAsync(args, context, session.Services, cancellationToken);
    }

    /// <summary>The cycle --cycle names, or null after telling the person there is no such cycle.</summary>
    protected async Task<Thb.Cycles.Cycle?> RequiredCycleAsync(ParsedArguments args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var id = args.Required("cycle");
        var cycle = await services.Cycles.GetAsync(id, cancellationToken);
        if (cycle is null) context.Error.WriteLine($"thb {Name}: there is no cycle '{id}'. `thb cycle list` shows the cycles.");
        return cycle;
    }

    /// <summary>Settings this command sets for the services it runs (e.g. the portal's address for `thb serve`).</summary>
    protected virtual IReadOnlyDictionary<string, string>? SettingsOverlay(ParsedArguments args, CliContext context) => null;

    /// <summary>Checks the command line before any storage is started, so usage errors are quick.</summary>
    protected virtual void Validate(ParsedArguments args)
    {
    }

    protected abstract Task<int> RunAsync(ParsedArguments args, CliContext context, CommandServices services, CancellationToken cancellationToken);
}
