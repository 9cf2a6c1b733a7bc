namespace Thb.Cli;

/// <summary>Where a command writes, and the process environment it reads settings from.</summary>
public sealed class CliContext(TextWriter output, TextWriter error, Func<string, string?> environment, string workingDirectory)
{
    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;
    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>The real process: Ctrl+C and SIGTERM cancel the command (tests run many commands in one process, so theirs do not).</summary>
    public bool OwnsProcess { get; init; }

    /// <summary>Standard error is a terminal a person watches: progress is shown there (never when redirected, never in tests).</summary>
    public bool ShowsProgress { get; init; }

    public string? Environment(string name) => environment(name);

    public static CliContext FromProcess() =>
        new(Console.Out, Console.Error, System.Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory())
        {
            OwnsProcess = true,
            ShowsProgress = !Console.IsErrorRedirected && !Console.IsOutputRedirected,
        };
}
