using Thb.Cli;

namespace Thb.IntegrationTests.Cli;

/// <summary>Runs the thb CLI in-process, with its own output and environment, against the test Azurite.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string?>? environment, string workingDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var env = new Dictionary<string, string?>(environment ?? new Dictionary<string, string?>());
        var context = new CliContext(output, error, name => env.TryGetValue(name, out var v) ? v : Environment.GetEnvironmentVariable(name), workingDirectory);
        var exit = await ThbProgram.RunAsync(args, context);
        return new Result(exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs against the shared test Azurite (THB_STORAGE), in a scratch working folder.</summary>
    public static async Task<Result> RunOnTestStorageAsync(params string[] args)
    {
        var env = new Dictionary<string, string?> { ["THB_STORAGE"] = await TestStorage.ConnectionStringAsync() };
        return await RunAsync(env, Directory.CreateTempSubdirectory("thb-cli-").FullName, args);
    }
}
