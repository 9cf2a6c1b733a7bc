using System.CommandLine;
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
public sealed class AnnexBenchmark : ThbCommand
{
    private readonly BenchAnnexSize.Options _size;
    private readonly Option<bool> _phases = CliOptions.Flag("--phases", "Time the pure build step by step (analysis, workbook, priority view, map, Charts, document, CSV, JSON).");
    private readonly Option<string?> _out = CliOptions.Text("--out", "DIR", "Save the built files (annex.xlsx, .csv, .json, .docx, .svg) in this folder.");
    private readonly Option<bool> _endToEnd = CliOptions.Flag("--end-to-end", "Store the rows first and time the service as the timer runs it (reads, build, writes).");
    private readonly Option<string?> _storage = CliOptions.Text("--storage", "CONNECTION", "With --end-to-end: the storage to use (default a throwaway in-memory Azurite).");

    public AnnexBenchmark(CliContext context) : base("annex", "Time and peak memory of compiling an annex of generated rows.", context)
    {
        _size = new BenchAnnexSize.Options(this);
        Add(_phases);
        Add(_out);
        Add(_endToEnd);
        Add(_storage);
        Validators.Add(result =>
        {
            if ((result.GetValue(_phases) ? 1 : 0) + (result.GetValue(_out) is null ? 0 : 1) + (result.GetValue(_endToEnd) ? 1 : 0) > 1)
                result.AddError("--phases, --out and --end-to-end go one at a time.");
        });
    }

    protected override Task<int> RunAsync(ParseResult args, CancellationToken cancellationToken)
    {
        var size = _size.From(args);
        return CliProgress.RunAsync(Context, "Generating rows…", async progress =>
        {
            progress.Line($"thb bench annex: {size}.");
            var generate = () =>
            {
                var input = BenchAnnexData.Generate(size.Contributors, size.RowsEach, size.DescriptionChars);
                progress.Line($"generated in memory; working set now {BenchClock.Megabytes(Environment.WorkingSet)}.");
                cancellationToken.ThrowIfCancellationRequested();
                return input;
            };
            if (args.GetValue(_phases))
            {
                progress.Status("Building the annex step by step…");
                AnnexPhases.Run(generate(), progress.Line);
            }
            else if (args.GetValue(_endToEnd)) await EndToEndAsync(progress, generate, args.GetValue(_storage), cancellationToken);
            else await BuildAsync(progress, generate(), args.GetValue(_out) is { } folder ? Context.FullPath(folder) : null);
            return ExitCodes.Ok;
        });
    }

    /// <summary>The pure part, on rows held in memory.</summary>
    private static async Task BuildAsync(CliProgress progress, AnnexInput input, string? saveTo)
    {
        progress.Status("Building the annex (workbook, CSV, JSON, Council document)…");
        using var files = AnnexFiles.InTemporaryFolder();
        var (_, elapsed) = await BenchClock.TimeAsync(() =>
        {
            AnnexBuilder.Build(input, files);
            return Task.FromResult(files);
        });
        progress.Line($"build (layout + workbook with charts and map + CSV + JSON + docx, written to temporary files as the service does): {BenchClock.Seconds(elapsed)}; " +
                      $"xlsx {BenchClock.Megabytes(files.Length(AnnexFormat.Xlsx))}, csv {BenchClock.Megabytes(files.Length(AnnexFormat.Csv))}, " +
                      $"json {BenchClock.Megabytes(files.Length(AnnexFormat.Json))}, docx {BenchClock.Megabytes(files.Length(AnnexFormat.Docx))}.");
        if (saveTo is not null) SaveFiles(files, saveTo, progress);
        progress.Line($"elapsed {elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s; " +
                      $"peak working set {BenchClock.Megabytes(BenchClock.PeakWorkingSetBytes())} (whole process, generated input included).");
    }

    /// <summary>The service as the timer runs it, over rows stored first (in <paramref name="storageOption"/>, else a throwaway Azurite).</summary>
    private async Task EndToEndAsync(CliProgress progress, Func<AnnexInput> generate, string? storageOption, CancellationToken cancellationToken)
    {
        AnnexInput? input = generate();
        progress.Status("Starting storage…");
        await using var azurite = storageOption is null ? await LocalAzurite.StartInMemoryAsync(cancellationToken) : null;
        await using var services = CommandServices.Create(storageOption ?? azurite!.ConnectionString, Context.Environment, Context.WorkingDirectory);
        var storage = services.Storage;
        await storage.EnsureCreatedAsync(cancellationToken: cancellationToken);
        progress.Status("Storing the generated returns…");
        var (cycle, seeding) = await BenchClock.TimeAsync(() => BenchAnnexData.StoreAsync(services, input, cancellationToken));
        progress.Line($"stored as cycle {cycle.Id} in {BenchClock.Seconds(seeding)} ({storage.Description}).");
        input = null; // the compile reads the rows back from storage: the generated ones need not stay in memory
        progress.Status("Compiling the annex…");
        var (outcome, compile) = await BenchClock.TimeAsync(() => services.Annex.CompileAsync(cycle, force: false, cancellationToken));
        progress.Line($"compile (read statuses and rows, build, write 8 blobs and the version): {BenchClock.Seconds(compile)}; {outcome.Version.Rows} rows → {outcome.Version.Stem}.");
        progress.Line($"elapsed {compile.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s; " +
                      $"peak working set {BenchClock.Megabytes(BenchClock.PeakWorkingSetBytes())} (this process; Azurite runs in its own).");
    }

    private static void SaveFiles(AnnexFiles files, string folder, CliProgress progress)
    {
        Directory.CreateDirectory(folder);
        foreach (var format in AnnexFormats.All)
        {
            using var source = files.OpenRead(format);
            using var target = File.Create(Path.Combine(folder, "annex" + AnnexFormats.Extension(format)));
            source.CopyTo(target);
        }
        progress.Line($"files written to {folder}.");
    }
}
