using System.Diagnostics;
using System.Text.Json;

namespace Thb.IntegrationTests.Infra;

/// <summary>
/// The Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64, which infra/tools/Bicep.proj downloads into
/// the NuGet package cache. When it is not there yet (a fresh machine) the first use restores that project, so the test
/// command alone is enough. Nothing here needs the network once the package is cached: templates use no registry modules.
/// </summary>
public static class BicepCli
{
    public const string PackageId = "azure.bicep.commandline.linux-x64";
    public const string Version = "0.49.2";

    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public string Output => (Out + Error).Trim();
    }

    public static string InfraDirectory => Path.Combine(TestData.RepositoryRoot, "infra");
    private static string ToolsProject => Path.Combine(InfraDirectory, "tools", "Bicep.proj");

    private static readonly Lazy<Task<string>> Executable = new(LocateOrRestoreAsync);

    /// <summary>Runs bicep with the given arguments in infra/ (so bicepconfig.json applies); environment changes optional (null unsets).</summary>
    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var bicep = await Executable.Value;
        return await RunProcessAsync(bicep, args, InfraDirectory, environment);
    }

    public static Task<Result> RunAsync(params string[] args) => RunAsync(null, args);

    private static async Task<string> LocateOrRestoreAsync()
    {
        if (Find() is { } cached) return cached;
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var restore = await RunProcessAsync(dotnet, ["restore", ToolsProject, "-nologo", "-v", "quiet"], TestData.RepositoryRoot, null);
        if (restore.ExitCode != 0)
            throw new InvalidOperationException($"'dotnet restore {ToolsProject}' failed ({restore.ExitCode}):\n{restore.Output}");
        return Find() ?? throw new FileNotFoundException(
            $"Restored {ToolsProject}, but the bicep executable of {PackageId} {Version} is in none of: {string.Join(", ", PackageFolders())}.");
    }

    private static string? Find()
    {
        foreach (var folder in PackageFolders())
        {
            var candidate = Path.Combine(folder, PackageId, Version, "tools", "bicep");
            if (!File.Exists(candidate)) continue;
            // Package extraction does not always keep the executable bit.
            if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException($"{PackageId} is the Linux build of the Bicep CLI.");
            var mode = File.GetUnixFileMode(candidate);
            if (!mode.HasFlag(UnixFileMode.UserExecute)) File.SetUnixFileMode(candidate, mode | UnixFileMode.UserExecute);
            return candidate;
        }
        return null;
    }

    /// <summary>Where restore puts packages: the folder the tools project's last restore recorded, NUGET_PACKAGES, or the default.</summary>
    private static IEnumerable<string> PackageFolders()
    {
        var assets = Path.Combine(InfraDirectory, "tools", "obj", "project.assets.json");
        if (File.Exists(assets))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(assets));
            if (document.RootElement.TryGetProperty("packageFolders", out var folders))
                foreach (var folder in folders.EnumerateObject()) yield return folder.Name;
        }
        if (Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured) yield return configured;
        yield return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
    }

    private static async Task<Result> RunProcessAsync(string fileName, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string?>? environment)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // A guard against a hung process, not a speed check: a first restore downloads the package.
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        try
        {
            await process.WaitForExitAsync(hang.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish.");
        }
        return new Result(process.ExitCode, await output, await error);
    }
}
