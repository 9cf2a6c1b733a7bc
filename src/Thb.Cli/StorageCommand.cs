using System.CommandLine;
using Thb.Cycles;
using Thb.Storage;

namespace Thb.Cli;

/// <summary>A command that works on storage (--storage): opens the session, runs, and stops an Azurite it started.</summary>
public abstract class StorageCommand : ThbCommand
{
    private readonly Option<string?> _storage = CliOptions.Storage();

    protected StorageCommand(string name, string description, CliContext context) : base(name, description, context) => Add(_storage);

    protected sealed override async Task<int> RunAsync(ParseResult args, CancellationToken cancellationToken)
    {
        Prepare(args);
        await using var session = await StorageSession.OpenAsync(args.GetValue(_storage), Context, cancellationToken, SettingsOverlay(args, Context), Uses);
        var services = session.Services;
        return await StorageFaults.GuardAsync(services, () => RunAsync(args, Context, services, cancellationToken), cancellationToken);
    }

    /// <summary>The cycle <paramref name="id"/> names, or null after telling the person there is no such cycle.</summary>
    protected async Task<Thb.Cycles.Cycle?> RequiredCycleAsync(CycleId id, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var cycle = await services.Cycles.GetAsync(id, cancellationToken);
        if (cycle is null) context.Error.WriteLine($"{DisplayName}: there is no cycle '{id}'. `thb cycle list` shows the cycles.");
        return cycle;
    }

    /// <summary>Starts what the command will need and can be made without storage, before storage is opened (nothing, unless it says).</summary>
    protected virtual void Prepare(ParseResult args)
    {
    }

    /// <summary>The kinds of storage this command works on, made sure to exist before it runs (all, unless it says less).</summary>
    protected virtual StorageKinds Uses => StorageKinds.All;

    /// <summary>Settings this command sets for the services it runs (e.g. the portal's address for `thb serve`).</summary>
    protected virtual IReadOnlyDictionary<string, string>? SettingsOverlay(ParseResult args, CliContext context) => null;

    protected abstract Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken);
}
