using System.Globalization;
using Thb.Annex;
using Thb.Local;

namespace Thb.Cli.Commands;

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
    public string Usage => "thb bench annex [--contributors 32] [--rows 500] [--description-chars 1000] [--phases | --out DIR | --end-to-end [--storage CONNECTION]]";
    public string Summary => "time and peak memory of compiling an annex of generated rows";
    public IReadOnlySet<string> ValueOptions { get; } = new HashSet<string> { "contributors", "rows", "description-chars", "storage", "out" };
    public IReadOnlySet<string> FlagOptions { get; } = new HashSet<string> { "end-to-end", "phases" };

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

        if (args.Flag("phases"))
        {
            AnnexPhases.Run(input, output);
            return ExitCodes.Ok;
        }
        if (!args.Flag("end-to-end"))
        {
            var (files, elapsed) = await BenchClock.TimeAsync(() => Task.FromResult(AnnexBuilder.Build(input)));
            output.WriteLine($"build (layout + workbook with charts and map + CSV + JSON + docx): {BenchClock.Seconds(elapsed)}; " +
                             $"xlsx {BenchClock.Megabytes(files.Xlsx.Length)}, csv {BenchClock.Megabytes(files.Csv.Length)}, json {BenchClock.Megabytes(files.Json.Length)}, " +
                             $"docx {BenchClock.Megabytes(files.Docx.Length)}.");
            if (args.Value("out") is { } folder) SaveFiles(files, Path.GetFullPath(folder, context.WorkingDirectory), output);
            output.WriteLine($"elapsed {elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s; " +
                             $"peak working set {BenchClock.Megabytes(BenchClock.PeakWorkingSetBytes())} (whole process, generated input included).");
            return ExitCodes.Ok;
        }

        await using var azurite = args.Value("storage") is null ? await LocalAzurite.StartInMemoryAsync(cancellationToken) : null;
        await using var services = CommandServices.Create(args.Value("storage") ?? azurite!.ConnectionString, context.Environment, context.WorkingDirectory);
        var storage = services.Storage;
        await storage.EnsureCreatedAsync(cancellationToken);
        var (cycle, seeding) = await BenchClock.TimeAsync(() => BenchAnnexData.StoreAsync(services, input, cancellationToken));
        output.WriteLine($"stored as cycle {cycle.Id} in {BenchClock.Seconds(seeding)} ({storage.Description}).");
        input = null;
        var (outcome, compile) = await BenchClock.TimeAsync(() => services.Annex.CompileAsync(cycle, force: false, cancellationToken));
        output.WriteLine($"compile (read statuses and rows, build, write 8 blobs and the version): {BenchClock.Seconds(compile)}; {outcome.Version.Rows} rows → {outcome.Version.Stem}.");
        output.WriteLine($"elapsed {compile.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s; " +
                         $"peak working set {BenchClock.Megabytes(BenchClock.PeakWorkingSetBytes())} (this process; Azurite runs in its own).");
        return ExitCodes.Ok;
    }

    private static void SaveFiles(AnnexFiles files, string folder, TextWriter output)
    {
        Directory.CreateDirectory(folder);
        foreach (var format in AnnexFormats.All)
            File.WriteAllBytes(Path.Combine(folder, "annex." + format.ToString().ToLowerInvariant()), files.Get(format));
        output.WriteLine($"files written to {folder}.");
    }
}
