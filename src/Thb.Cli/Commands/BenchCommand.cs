namespace Thb.Cli.Commands;

/// <summary>
/// `thb bench NAME [options]`: speed and memory figures for the notes (never a timed test). Each benchmark is one
/// <see cref="IBenchmark"/> in <see cref="Benchmarks"/>; add one there to add `thb bench check FILE` and the like.
/// </summary>
public sealed class BenchCommand : ICommand
{
    public static IReadOnlyList<IBenchmark> Benchmarks { get; } = [new AnnexBenchmark(), new CheckBenchmark(), new IntakeBenchmark(), new ReviewBenchmark()];

    public string Name => "bench";
    public string Usage => string.Join("\n  ", Benchmarks.Select(b => b.Usage));
    public string Summary => "Benchmarks: " + string.Join("; ", Benchmarks.Select(b => $"{b.Name}: {b.Summary}"));
    public IReadOnlySet<string> ValueOptions => Benchmarks.SelectMany(b => b.ValueOptions).ToHashSet();
    public IReadOnlySet<string> FlagOptions => Benchmarks.SelectMany(b => b.FlagOptions).ToHashSet();

    public Task<int> RunAsync(ParsedArguments args, CliContext context, CancellationToken cancellationToken)
    {
        var name = args.PositionalAt(0, $"benchmark name ({string.Join(", ", Benchmarks.Select(b => b.Name))})");
        var benchmark = Benchmarks.FirstOrDefault(b => b.Name == name)
                        ?? throw new UsageException($"Unknown benchmark '{name}': use {string.Join(", ", Benchmarks.Select(b => b.Name))}.");
        args.Positional.RemoveAt(0);
        return benchmark.RunAsync(args, context, cancellationToken);
    }
}
