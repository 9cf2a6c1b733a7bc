using System.Diagnostics;
using System.Globalization;
using System.Text;
using Thb.Annex;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Local;
using Thb.Storage;

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

/// <summary>
/// `thb bench NAME [options]`: speed and memory figures for the notes (never a timed test). Each benchmark is one
/// <see cref="IBenchmark"/> in <see cref="Benchmarks"/>; add one there to add `thb bench check FILE` and the like.
/// </summary>
public sealed class BenchCommand : ICommand
{
    public static IReadOnlyList<IBenchmark> Benchmarks { get; } = [new AnnexBenchmark(), new CheckBenchmark(), new IntakeBenchmark()];

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

/// <summary>Elapsed time and the process's peak working set around one measured step.</summary>
public static class BenchClock
{
    public static async Task<(T Result, TimeSpan Elapsed)> TimeAsync<T>(Func<Task<T>> step)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        var result = await step();
        return (result, watch.Elapsed);
    }

    /// <summary>The most memory this process has held at once since it started (VmHWM on Linux).</summary>
    public static long PeakWorkingSetBytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }

    public static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0", CultureInfo.InvariantCulture) + " MB";

    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}

/// <summary>
/// `thb bench annex`: compiles an annex of generated rows (default 32 contributors × 500 rows × 1,000-character
/// descriptions). By default it times the pure part (layout, workbook with charts and map, CSV, JSON, Council document)
/// on rows held in memory;
/// --end-to-end stores the rows first (--storage, else a throwaway in-memory Azurite) and times the service as the
/// timer runs it: reading statuses and rows, building, and writing the eight blobs and the version.
/// </summary>
public sealed class AnnexBenchmark : IBenchmark
{
    public string Name => "annex";
    public string Usage => "thb bench annex [--contributors 32] [--rows 500] [--description-chars 1000] [--end-to-end [--storage CONNECTION]]";
    public string Summary => "time and peak memory of compiling an annex of generated rows";
    public IReadOnlySet<string> ValueOptions { get; } = new HashSet<string> { "contributors", "rows", "description-chars", "storage" };
    public IReadOnlySet<string> FlagOptions { get; } = new HashSet<string> { "end-to-end" };

    public async Task<int> RunAsync(ParsedArguments args, CliContext context, CancellationToken cancellationToken)
    {
        var contributors = args.Int("contributors") ?? 32;
        var rowsEach = args.Int("rows") ?? 500;
        var descriptionChars = args.Int("description-chars") ?? 1000;
        if (contributors is < 1 or > 500 || rowsEach is < 0 or > 100_000 || descriptionChars is < 0 or > 1_000_000)
            throw new UsageException("--contributors 1..500, --rows 0..100000, --description-chars 0..1000000.");

        var output = context.Out;
        output.WriteLine($"thb bench annex: {contributors} contributors × {rowsEach} rows × {descriptionChars}-character descriptions " +
                         $"({contributors * rowsEach} rows), {Environment.ProcessorCount} CPU(s), .NET {Environment.Version}.");
        var input = BenchAnnexData.Generate(contributors, rowsEach, descriptionChars);
        output.WriteLine($"generated in memory; working set now {BenchClock.Megabytes(Environment.WorkingSet)}.");

        if (!args.Flag("end-to-end"))
        {
            var (files, elapsed) = await BenchClock.TimeAsync(() => Task.FromResult(AnnexBuilder.Build(input)));
            output.WriteLine($"build (layout + workbook with charts and map + CSV + JSON + docx): {BenchClock.Seconds(elapsed)}; " +
                             $"xlsx {BenchClock.Megabytes(files.Xlsx.Length)}, csv {BenchClock.Megabytes(files.Csv.Length)}, json {BenchClock.Megabytes(files.Json.Length)}, " +
                             $"docx {BenchClock.Megabytes(files.Docx.Length)}.");
            output.WriteLine($"elapsed {elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s; " +
                             $"peak working set {BenchClock.Megabytes(BenchClock.PeakWorkingSetBytes())} (whole process, generated input included).");
            return ExitCodes.Ok;
        }

        await using var azurite = args.Value("storage") is null ? await LocalAzurite.StartInMemoryAsync(cancellationToken) : null;
        var storage = ThbStorage.FromConnectionString(args.Value("storage") ?? azurite!.ConnectionString);
        await storage.EnsureCreatedAsync(cancellationToken);
        var services = new ThbServices(storage, context.Environment, TimeProvider.System);
        var (cycle, seeding) = await BenchClock.TimeAsync(() => BenchAnnexData.StoreAsync(services, input, cancellationToken));
        output.WriteLine($"stored as cycle {cycle.Id} in {BenchClock.Seconds(seeding)} ({storage.Description}).");
        input = null;
        var (outcome, compile) = await BenchClock.TimeAsync(() => services.Annex.CompileAsync(cycle, force: false, cancellationToken));
        output.WriteLine($"compile (read statuses and rows, build, write 8 blobs and the version): {BenchClock.Seconds(compile)}; {outcome.Version.Rows} rows → {outcome.Version.Stem}.");
        output.WriteLine($"elapsed {compile.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s; " +
                         $"peak working set {BenchClock.Megabytes(BenchClock.PeakWorkingSetBytes())} (this process; Azurite runs in its own).");
        return ExitCodes.Ok;
    }
}

/// <summary>Deterministic generated returns for the benchmark: varied places, forms, durations and funding.</summary>
public static class BenchAnnexData
{
    private static readonly string[] Words =
    [
        "training", "for", "border", "police", "officers", "on", "the", "identification", "of", "victims", "trafficking", "in", "human", "beings",
        "awareness", "campaign", "with", "local", "authorities", "and", "civil", "society", "shelter", "support", "return", "reintegration",
        "judicial", "cooperation", "prosecutors", "workshop", "capital", "region", "funded", "project", "partners", "labour", "exploitation",
    ];

    private static readonly (string Raw, string Kind, string? Code, string Name)[] Places =
    [
        ("Albania", "country", "AL", "Albania"), ("Kosovo", "country", "XK", "Kosovo"), ("Nigeria", "country", "NG", "Nigeria"),
        ("Moldova", "country", "MD", "Moldova"), ("Ukraine", "country", "UA", "Ukraine"), ("Viet Nam", "country", "VN", "Vietnam"),
        ("West Africa", "region", null, "West Africa"), ("South East Europe", "region", null, "South East Europe"), ("UNODC", "organisation", null, "UNODC"),
    ];

    private static readonly (string Raw, string Category)[] Forms =
    [
        ("Training", "training"), ("Awareness raising", "awareness-raising"), ("Victim protection", "victim-support"),
        ("Bilateral agreement", "agreement"), ("Police cooperation", "law-enforcement"), ("Study", "research"),
    ];

    public static AnnexInput Generate(int contributors, int rowsEach, int descriptionChars)
    {
        var random = new Random(20120402);
        var now = DateTimeOffset.UtcNow;
        var cycle = new Cycle($"bench-{now:yyyyMMddHHmmss}", "Benchmark cycle", DateOnly.FromDateTime(now.UtcDateTime.AddDays(30)), CycleState.Open, [14, 7, 2],
            new DateOnly(2011, 1, 1), new DateOnly(2011, 12, 31));
        var sections = new List<AnnexSection>();
        for (var c = 1; c <= contributors; c++)
        {
            var contributor = new Contributor($"contributor-{c:D3}", $"Contributor {c:D3}", c <= contributors - 2 ? ContributorKind.MemberState : ContributorKind.EuBody, c, []);
            var submission = new Submission(cycle.Id, contributor.Id, $"bench{c:D3}", $"{cycle.Id}/{contributor.Id}/return.xlsx", "return.xlsx", null, null, 0,
                now, now, ReturnStatus.Accepted, rowsEach, 0, 0, false, null, contributor.Name, []);
            var rows = new List<RowDocument>(rowsEach);
            for (var r = 0; r < rowsEach; r++) rows.Add(Row(random, 7 + r, descriptionChars));
            sections.Add(new AnnexSection(new ContributorStatus(contributor, cycle.Deadline, submission, submission), rows));
        }
        var statuses = sections.Select(s => s.Status).ToList();
        return new AnnexInput(cycle, AnnexBlobNames.Stem(cycle.Id, now), now, AnnexFingerprint.Of(statuses), sections);
    }

    private static RowDocument Row(Random random, int row, int descriptionChars)
    {
        var first = Places[random.Next(Places.Length)];
        var second = Places[random.Next(Places.Length)];
        var places = new[] { first, second }.DistinctBy(p => p.Name).ToList();
        var form = Forms[random.Next(Forms.Length)];
        var description = new StringBuilder(descriptionChars + 16);
        while (description.Length < descriptionChars) description.Append(Words[random.Next(Words.Length)]).Append(' ');
        description.Length = descriptionChars;
        var amount = random.Next(4) == 0 ? (decimal?)null : random.Next(1_000, 2_000_000);
        return new RowDocument(
            row,
            new PlacesDocument(string.Join(", ", places.Select(p => p.Raw)), places.Select(p => new PlaceDocument(p.Kind, p.Code, p.Name)).ToList()),
            new FormDocument(form.Raw, form.Category),
            new RawDocument(description.ToString()),
            new RawDocument("IOM, national authorities"),
            new DurationDocument("1 November 2009 – 31 July 2010", "range", "2009-11-01", "2010-07-31", false),
            amount is { } a
                ? new FundingDocument(a.ToString("#,##0", CultureInfo.GetCultureInfo("de-DE")) + " EUR", "amount", a, null, null, null)
                : new FundingDocument("financed through the general budget", "non-monetary", null, null, null, null),
            new List<FindingDocument>());
    }

    /// <summary>Opens the generated cycle in storage and records each contributor's submission and rows as intake would.</summary>
    public static async Task<Cycle> StoreAsync(ThbServices services, AnnexInput input, CancellationToken cancellationToken)
    {
        var cycle = await services.Cycles.OpenAsync(input.Cycle, input.Sections.Select(s => s.Contributor).ToList(), cancellationToken);
        foreach (var section in input.Sections)
        {
            var submission = section.Submission!;
            await services.Submissions.SaveAsync(submission, cancellationToken);
            await services.Rows.WriteAsync(submission, section.Rows, cancellationToken);
            var record = (await services.CycleStore.ContributorAsync(cycle.Id, section.Contributor.Id, cancellationToken))!;
            var pointers = new SubmissionPointers(submission.Id, submission.UploadedAt, submission.Id, submission.UploadedAt);
            if (!await services.CycleStore.TryUpdatePointersAsync(record, pointers, cancellationToken))
                throw new InvalidOperationException($"Contributor {section.Contributor.Id} changed while the benchmark was storing it.");
        }
        return cycle;
    }
}
