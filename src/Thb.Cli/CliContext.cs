namespace Thb.Cli;

/// <summary>Where a command writes, and the process environment it reads settings from.</summary>
public sealed class CliContext(TextWriter output, TextWriter error, Func<string, string?> environment, string workingDirectory)
{
    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;
    public string WorkingDirectory { get; } = workingDirectory;

    public string? Environment(string name) => environment(name);

    public static CliContext FromProcess() =>
        new(Console.Out, Console.Error, System.Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory());
}
