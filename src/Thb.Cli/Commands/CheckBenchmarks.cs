using System.IO.Compression;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Returns;
using Thb.Local;
using Thb.Storage;

namespace Thb.Cli.Commands;

/// <summary>
/// `thb bench check FILE... [--repeat N] [--zip-bomb-mb N]`: how long the check takes on each file (first run, which
/// includes start-up work, and the median of the repeats) and the process's peak memory; optionally on a generated zip
/// bomb of N MB of zeros (a few hundred KB on disk).
/// </summary>
public sealed class CheckBenchmark : IBenchmark
{
    public string Name => "check";
    public string Usage => "thb bench check FILE... [--repeat 20] [--zip-bomb-mb 450]";
    public string Summary => "time and peak memory of `thb check` on each file, and on a generated zip bomb";
    public IReadOnlySet<string> ValueOptions { get; } = new HashSet<string> { "repeat", "zip-bomb-mb" };
    public IReadOnlySet<string> FlagOptions { get; } = new HashSet<string>();

    public async Task<int> RunAsync(ParsedArguments args, CliContext context, CancellationToken cancellationToken)
    {
        var repeat = args.Int("repeat") ?? 20;
        if (repeat < 1) throw new UsageException("--repeat must be at least 1.");
        var files = args.Positional.Select(f => (Name: Path.GetFileName(f), Bytes: File.Exists(f) ? File.ReadAllBytes(Path.GetFullPath(f, context.WorkingDirectory)) : throw new UsageException($"No such file: {f}"))).ToList();
        if (args.Int("zip-bomb-mb") is { } mb) files.Add(($"zip-bomb-{mb}MB.xlsx", ZipBomb(mb)));
        if (files.Count == 0) throw new UsageException("Name the workbook(s) to time, or --zip-bomb-mb N.");

        foreach (var (name, bytes) in files)
        {
            var (first, firstTime) = await BenchClock.TimeAsync(() => Task.FromResult(ReturnChecker.Check(new MemoryStream(bytes), name)));
            var times = new List<TimeSpan>();
            for (var i = 0; i < repeat; i++)
                times.Add((await BenchClock.TimeAsync(() => Task.FromResult(ReturnChecker.Check(new MemoryStream(bytes), name)))).Elapsed);
            times.Sort();
            context.Out.WriteLine($"{name} ({bytes.Length / 1024.0:0} KB): {Thb.Json.KebabCase.Of(first.Status)}, {first.Rows.Count} rows; " +
                                  $"first {BenchClock.Seconds(firstTime)}, median of {repeat} {BenchClock.Seconds(times[times.Count / 2])}; peak working set so far {BenchClock.Megabytes(BenchClock.PeakWorkingSetBytes())}");
        }
        return ExitCodes.Ok;
    }

    private static byte[] ZipBomb(int megabytes)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++) stream.Write(zeros);
        }
        return memory.ToArray();
    }
}

/// <summary>
/// `thb bench intake FILE [--repeat 5] [--storage CONNECTION]`: upload and process one return through the intake service
/// against Azurite (a throwaway in-memory one unless --storage), each time in a fresh cycle so nothing is deduplicated.
/// </summary>
public sealed class IntakeBenchmark : IBenchmark
{
    public string Name => "intake";
    public string Usage => "thb bench intake FILE [--repeat 5] [--storage CONNECTION]";
    public string Summary => "time of submit-and-process (upload, check, rows, feedback, pointers) against Azurite";
    public IReadOnlySet<string> ValueOptions { get; } = new HashSet<string> { "repeat", "storage" };
    public IReadOnlySet<string> FlagOptions { get; } = new HashSet<string>();

    public async Task<int> RunAsync(ParsedArguments args, CliContext context, CancellationToken cancellationToken)
    {
        var file = Path.GetFullPath(args.PositionalAt(0, "the workbook to submit"), context.WorkingDirectory);
        if (!File.Exists(file)) throw new UsageException($"No such file: {file}");
        var repeat = args.Int("repeat") ?? 5;
        var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
        await using var azurite = args.Value("storage") is null ? await LocalAzurite.StartInMemoryAsync(cancellationToken) : null;
        await using var services = CommandServices.Create(args.Value("storage") ?? azurite!.ConnectionString, context.Environment, context.WorkingDirectory);
        var storage = services.Storage;
        await storage.EnsureCreatedAsync(cancellationToken);
        // Named as the workbook says, so the return is judged on its content, not on a delegation mismatch.
        var delegation = ReturnChecker.Check(new MemoryStream(bytes), Path.GetFileName(file)).Delegation ?? "Bench";
        var contributor = new Contributor(Identifiers.FromName(delegation), delegation, ContributorKind.MemberState, 1, []);

        var times = new List<TimeSpan>();
        for (var i = 0; i <= repeat; i++)
        {
            var cycle = await services.Cycles.OpenAsync(new Cycle($"bench-{Guid.NewGuid():N}"[..20], "Bench", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), CycleState.Open, []), [contributor], cancellationToken);
            var (result, elapsed) = await BenchClock.TimeAsync(async () =>
            {
                var upload = await ReturnUploads.UploadByContentAsync(storage, bytes, Path.GetFileName(file), cycle.Id, contributor.Id, services.Clock.GetUtcNow(), cancellationToken);
                return await services.Intake.ProcessAsync(upload.BlobName, cancellationToken);
            });
            context.Out.WriteLine($"  run {i}{(i == 0 ? " (warm-up)" : "")}: {Thb.Json.KebabCase.Of(result!.Submission.Status)}, {result.Submission.Rows} rows in {BenchClock.Seconds(elapsed)}");
            if (i > 0) times.Add(elapsed);
        }
        times.Sort();
        context.Out.WriteLine($"{Path.GetFileName(file)}: submit-and-process median {BenchClock.Seconds(times[times.Count / 2])}, slowest {BenchClock.Seconds(times[^1])} " +
                              $"over {repeat} runs ({storage.Description}); peak working set {BenchClock.Megabytes(BenchClock.PeakWorkingSetBytes())}");
        return ExitCodes.Ok;
    }
}
