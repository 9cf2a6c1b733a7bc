namespace Thb.Cli.Commands;

/// <summary>A benchmark `thb bench NAME` runs: it measures one capability at a given scale and prints its figures.</summary>
public interface IBenchmark
{
    string Name { get; }
    string Usage { get; }
    string Summary { get; }
    IReadOnlySet<string> ValueOptions { get; }
    IReadOnlySet<string> FlagOptions { get; }

    /// <summary>Runs with the arguments after the benchmark's name.</summary>
    Task<int> RunAsync(ParsedArguments args, CliContext context, CancellationToken cancellationToken);
}
