using Thb.Cycles;
using System.CommandLine;
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
public sealed class ReviewBenchmark : ThbCommand
{
    private static readonly string[] Words = ["Albania", "Kosovo", "Nigeria", "Moldova", "Ukraine", "Viet Nam", "West Africa", "South East Europe", "UNODC", "Training"];

    private readonly Option<int> _contributors = CliOptions.Int("--contributors", "Contributors of the generated annex.", 32, 1, 500);
    private readonly Option<int> _rows = CliOptions.Int("--rows", "Rows of each contributor.", 500, 1, 100_000);
    private readonly Option<int> _rules = CliOptions.Int("--rules", "Rules of the registry (half of them on words some rows have).", 20, 0, 10_000);
    private readonly Option<int> _corrections = CliOptions.Int("--corrections", "Corrections spread over the rows.", 200, 0, 1_000_000);

    public ReviewBenchmark(CliContext context)
        : base("review", "Time of applying the review's rules and corrections to rows as they are read.", context)
    {
        Add(_contributors);
        Add(_rows);
        Add(_rules);
        Add(_corrections);
    }

    protected override Task<int> RunAsync(ParseResult args, CancellationToken cancellationToken)
    {
        var context = Context;
        var (contributors, rowsEach, ruleCount, correctionCount) = (args.GetValue(_contributors), args.GetValue(_rows), args.GetValue(_rules), args.GetValue(_corrections));
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
    private static ReadingAdjustments Adjustments(CycleId cycleId, IReadOnlyList<ReturnRow> rows, int ruleCount, int correctionCount)
    {
        var at = DateTimeOffset.UtcNow;
        var places = ReadingInput.Places("Western Balkans", out _)!;
        var rules = Enumerable.Range(0, ruleCount).Select(i => new ReadingRule($"r-{i}", cycleId, null,
            i % 2 == 0 ? Words[i / 2 % Words.Length] : $"no such words {i}", places, "bench", "bench", at.AddTicks(i))).ToList();
        var form = ReadingInput.Form("research", out _)!;
        var corrections = Enumerable.Range(0, correctionCount).Select(i => rows[(int)((long)i * 7919 % rows.Count)])
            .Select((r, i) => new ReadingCorrection($"c-{i}", cycleId, ContributorId.Parse(r.Contributor), r.Row, form, r.Form.Raw, "bench", "bench", at.AddTicks(i))).ToList();
        return new ReadingAdjustments(cycleId, rules, corrections);
    }
}
