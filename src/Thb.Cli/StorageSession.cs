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

    private StorageSession(ThbServices services, LocalAzurite? azurite)
    {
        Services = services;
        _azurite = azurite;
    }

    public ThbServices Services { get; }

    public static readonly IReadOnlySet<string> Options = new HashSet<string> { "storage" };

    public static async Task<StorageSession> OpenAsync(ParsedArguments args, CliContext context, CancellationToken cancellationToken)
    {
        var connection = args.Value("storage") ?? context.Environment("THB_STORAGE");
        LocalAzurite? azurite = null;
        if (string.IsNullOrWhiteSpace(connection))
        {
            azurite = await LocalAzurite.StartPersistentAsync(Path.Combine(context.WorkingDirectory, ".thb", "azurite"), cancellationToken);
            connection = azurite.ConnectionString;
        }
        try
        {
            var storage = ThbStorage.FromUserValue(connection);
            await storage.EnsureCreatedAsync(cancellationToken);
            return new StorageSession(new ThbServices(storage, context.Environment, TimeProvider.System), azurite);
        }
        catch
        {
            if (azurite is not null) await azurite.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _azurite?.DisposeAsync() ?? ValueTask.CompletedTask;
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
        await using var session = await StorageSession.OpenAsync(args, context, cancellationToken);
        return await RunAsync(args, context, session.Services, cancellationToken);
    }

    /// <summary>Checks the command line before any storage is started, so usage errors are quick.</summary>
    protected virtual void Validate(ParsedArguments args)
    {
    }

    protected abstract Task<int> RunAsync(ParsedArguments args, CliContext context, ThbServices services, CancellationToken cancellationToken);
}
