using System.CommandLine;

namespace Thb.Cli.Commands;

/// <summary>
/// `thb bench NAME [options]`: speed and memory figures for the notes (never a timed test). Each benchmark is a subcommand;
/// add one here to add `thb bench NAME`.
/// </summary>
public sealed class BenchCommand : Command
{
    public BenchCommand(CliContext context) : base("bench", "Speed and memory figures: `thb bench NAME --help` for each benchmark.")
    {
        Subcommands.Add(new AnnexBenchmark(context));
        Subcommands.Add(new PublicationBenchmark(context));
        Subcommands.Add(new CheckBenchmark(context));
        Subcommands.Add(new IntakeBenchmark(context));
        Subcommands.Add(new ReviewBenchmark(context));
        // What is neither a benchmark nor an option lands here, so the message names the benchmarks there are.
        var name = new Argument<string?>("NAME") { Arity = ArgumentArity.ZeroOrOne, Hidden = true };
        Add(name);
        var names = string.Join(", ", Subcommands.Select(c => c.Name));
        Validators.Add(result => result.AddError(result.GetValue(name) is { } unknown
            ? $"Unknown benchmark '{unknown}': use {names}."
            : $"Name the benchmark: {names}."));
        SetAction(_ => ExitCodes.Usage); // never reached (the validator always objects); it keeps "Required command" out of the message
    }
}
