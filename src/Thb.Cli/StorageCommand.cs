namespace Thb.Cli;

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
