using System.Diagnostics;
using System.Globalization;
using Thb.Intake.Returns;
using Thb.Review.Corrections;

namespace Thb.Cli.Commands;

/// <summary>
/// `thb bench review`: what the review's read path costs — the rules and corrections applied to every row of an
/// annex's worth of generated rows (default 32 × 500, 20 rules of which half match some rows, 200 corrections), the
/// median of 7 warm runs, in memory (the two table reads it adds are one query each).
/// </summary>
public sealed class ReviewBenchmark : IBenchmark
{
    private static readonly string[] Words = ["Albania", "Kosovo", "Nigeria", "Moldova", "Ukraine", "Viet Nam", "West Africa", "South East Europe", "UNODC", "Training"];

    public string Name => "review";
    public string Usage => "thb bench review [--contributors 32] [--rows 500] [--rules 20] [--corrections 200]";
    public string Summary => "time of applying the review's rules and corrections to rows as they are read";
    public IReadOnlySet<string> ValueOptions { get; } = new HashSet<string> { "contributors", "rows", "rules", "corrections" };
    public IReadOnlySet<string> FlagOptions { get; } = new HashSet<string>();

    public Task<int> RunAsync(ParsedArguments args, CliContext context, CancellationToken cancellationToken)
    {
        var (contributors, rowsEach, ruleCount, correctionCount) = (args.Int("contributors") ?? 32, args.Int("rows") ?? 500, args.Int("rules") ?? 20, args.Int("corrections") ?? 200);
        if (contributors is < 1 or > 500 || rowsEach is < 1 or > 100_000 || ruleCount is < 0 or > 10_000 || correctionCount is < 0 or > 1_000_000)
            throw new UsageException("--contributors 1..500, --rows 1..100000, --rules 0..10000, --corrections 0..1000000.");
        var input = BenchAnnexData.Generate(contributors, rowsEach, 200);
        var rows = input.Sections.SelectMany(s => s.Rows.Select(r => r with { Contributor = s.Contributor.Id })).ToList();
        var adjustments = Adjustments(input.Cycle.Id, rows, ruleCount, correctionCount);
        var times = new List<double>();
        var corrected = 0;
        for (var run = 0; run < 8; run++)
        {
            var watch = Stopwatch.StartNew();
            corrected = adjustments.Apply(rows).Count(r => r.IsCorrected);
            if (run > 0) times.Add(watch.Elapsed.TotalMilliseconds);
        }
        var median = times.Order().ElementAt(times.Count / 2);
        context.Out.WriteLine($"thb bench review: {rows.Count} rows, {ruleCount} rules, {correctionCount} corrections, {Environment.ProcessorCount} CPU(s), .NET {Environment.Version}.");
        context.Out.WriteLine($"apply: median {median.ToString("0.0", CultureInfo.InvariantCulture)} ms of 7 warm runs " +
                              $"({(rows.Count / median * 1000).ToString("#,0", CultureInfo.InvariantCulture)} rows/s); {corrected} rows corrected.");
        return Task.FromResult(ExitCodes.Ok);
    }

    /// <summary>Rules on the generated places and forms (half of them on words no row has), corrections spread over the rows.</summary>
    private static ReadingAdjustments Adjustments(string cycleId, IReadOnlyList<ReturnRow> rows, int ruleCount, int correctionCount)
    {
        var at = DateTimeOffset.UtcNow;
        var places = ReadingInput.Places("Western Balkans", out _)!;
        var rules = Enumerable.Range(0, ruleCount).Select(i => new ReadingRule($"r-{i}", cycleId, null,
            i % 2 == 0 ? Words[i / 2 % Words.Length] : $"no such words {i}", places, "bench", "bench", at.AddTicks(i))).ToList();
        var form = ReadingInput.Form("research", out _)!;
        var corrections = Enumerable.Range(0, correctionCount).Select(i => rows[(int)((long)i * 7919 % rows.Count)])
            .Select((r, i) => new ReadingCorrection($"c-{i}", cycleId, r.Contributor!, r.Row, form, r.Form.Raw, "bench", "bench", at.AddTicks(i))).ToList();
        return new ReadingAdjustments(cycleId, rules, corrections);
    }
}
