using Thb.Local;
using Thb.Storage;

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

    /// <summary>Opens the storage <paramref name="storage"/> (--storage) names, else THB_STORAGE, else the embedded Azurite.</summary>
    public static async Task<StorageSession> OpenAsync(string? storage, CliContext context, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? settingsOverlay = null, StorageKinds uses = StorageKinds.All)
    {
        var connection = storage ?? context.Environment("THB_STORAGE");
        LocalAzurite? azurite = null;
        if (string.IsNullOrWhiteSpace(connection))
        {
            azurite = await LocalAzurite.StartPersistentAsync(Path.Combine(context.WorkingDirectory, ".thb", "azurite"), cancellationToken);
            connection = azurite.ConnectionString;
        }
        CommandServices? services = null;
        try
        {
            services = Compose(connection, settingsOverlay, context);
            await StorageFaults.GuardAsync(services, () => services.Storage.EnsureCreatedAsync(uses, cancellationToken), cancellationToken);
            return new StorageSession(services, azurite);
        }
        catch
        {
            if (services is not null) await services.DisposeAsync();
            if (azurite is not null) await azurite.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The settings a command sees: its own overlay, then the environment; and a portal secret always (kept in
    /// .thb/portal-secret when THB_PORTAL_SECRET is not set), so `thb links` and `thb serve` work out of the box. The storage
    /// clients are built now, so that a connection the SDK cannot read is one line, not a stack.
    /// </summary>
    private static CommandServices Compose(string connection, IReadOnlyDictionary<string, string>? settingsOverlay, CliContext context)
    {
        CommandServices? services = null;
        try
        {
            services = CommandServices.Create(connection,
                name => settingsOverlay is not null && settingsOverlay.TryGetValue(name, out var value) ? value : context.Environment(name),
                context.WorkingDirectory, localSecretFolder: Path.Combine(context.WorkingDirectory, ".thb"), bounded: true);
            _ = services.Storage;
            return services;
        }
        catch (Exception e) when (e.GetBaseException() is FormatException or ArgumentException)
        {
            services?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw new CliFault($"the storage connection cannot be read ({e.GetBaseException().Message.Split('\n')[0].Trim()}); {StorageFaults.Check}.", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_azurite is not null) await _azurite.DisposeAsync();
    }
}
