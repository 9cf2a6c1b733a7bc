using Thb.Cli;
using Thb.Local;
using Thb.Storage;

namespace Thb.IntegrationTests;

/// <summary>
/// One in-memory Azurite for the whole test run (started from the project's npm packages on free ports, stopped when the
/// test process exits). Tests isolate themselves by using their own cycle ids.
/// </summary>
public static class TestStorage
{
    private static readonly Lazy<Task<LocalAzurite>> Azurite = new(StartAsync);

    public static async Task<ThbStorage> GetAsync() => (await ServicesAsync()).Storage;

    public static async Task<string> ConnectionStringAsync() => (await Azurite.Value).ConnectionString;

    /// <summary>The services over the test Azurite, registered exactly as the Functions host and the CLI register them.</summary>
    public static async Task<CommandServices> ServicesAsync(TimeProvider? clock = null, Func<string, string?>? settings = null) =>
        CommandServices.Create(await ConnectionStringAsync(), settings ?? (_ => null), Directory.GetCurrentDirectory(), clock);

    private static async Task<LocalAzurite> StartAsync()
    {
        var azurite = await LocalAzurite.StartInMemoryAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => azurite.DisposeAsync().AsTask().GetAwaiter().GetResult();
        await using var services = CommandServices.Create(azurite.ConnectionString, _ => null, Directory.GetCurrentDirectory());
        await services.Storage.EnsureCreatedAsync();
        return azurite;
    }

    /// <summary>A cycle id no other test uses.</summary>
    public static string NewCycleId(string prefix = "t") => $"{prefix}-{Guid.NewGuid():N}"[..24].TrimEnd('-');
}

/// <summary>Sample returns and paths in the repository.</summary>
public static class TestData
{
    public static string Returns => Path.Combine(AppContext.BaseDirectory, "Data", "returns");
    public static string Sample(string name) => Path.Combine(Returns, name.EndsWith(".xlsx", StringComparison.Ordinal) ? name : name + ".xlsx");
    public static string Variant => Path.Combine(Returns, "variants", "Austria_header-variants.xlsx");
    public static readonly string[] Delegations = ["Austria", "Bulgaria", "Cyprus", "Eurojust", "Germany"];

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "ThbFunctions.sln"))) return dir.FullName;
            throw new DirectoryNotFoundException("Could not find the repository root (ThbFunctions.sln) above the test output.");
        }
    }

    /// <summary>The build configuration the tests were built with (Debug or Release), read off the output path.</summary>
    public static string Configuration =>
        AppContext.BaseDirectory.Replace('\\', '/').Contains("/bin/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
}

/// <summary>
/// An Azurite of one test's own, keeping its data in a folder, that the test stops and starts again on the same ports
/// and data: storage that goes away mid-work and comes back.
/// </summary>
public sealed class StoppableStorage : IAsyncDisposable
{
    private readonly string _folder;
    private readonly int _blob, _queue, _table;
    private LocalAzurite? _azurite;

    private StoppableStorage(string folder, LocalAzurite azurite)
    {
        _folder = folder;
        _azurite = azurite;
        (_blob, _queue, _table) = (azurite.BlobPort, azurite.QueuePort, azurite.TablePort);
        ConnectionString = azurite.ConnectionString;
    }

    /// <summary>Stays the same across restarts.</summary>
    public string ConnectionString { get; }

    public static async Task<StoppableStorage> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("thb-azurite-").FullName;
        var azurite = await LocalAzurite.StartOnAsync(folder, LocalProcess.FreePort(), LocalProcess.FreePort(), LocalProcess.FreePort());
        var storage = new StoppableStorage(folder, azurite);
        await using var services = storage.Services();
        await services.Storage.EnsureCreatedAsync();
        return storage;
    }

    public CommandServices Services(TimeProvider? clock = null) => CommandServices.Create(ConnectionString, _ => null, Directory.GetCurrentDirectory(), clock);

    /// <summary>Stops the emulator (its data stays in the folder).</summary>
    public async Task StopAsync()
    {
        if (_azurite is not null) await _azurite.DisposeAsync();
        _azurite = null;
    }

    /// <summary>Starts it again on the same ports, over the same data.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        _azurite = await LocalAzurite.StartOnAsync(_folder, _blob, _queue, _table);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held: the temp folder goes with the machine's cleanup.
        }
    }
}
