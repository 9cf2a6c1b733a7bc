namespace Thb.Cli;

/// <summary>A command of the thb tool.</summary>
public interface ICommand
{
    string Name { get; }
    string Usage { get; }
    string Summary { get; }

    /// <summary>Option names this command takes with a value (e.g. "cycle") and as flags (e.g. "json").</summary>
    IReadOnlySet<string> ValueOptions { get; }
    IReadOnlySet<string> FlagOptions { get; }

    Task<int> RunAsync(ParsedArguments args, CliContext context, CancellationToken cancellationToken);
}
