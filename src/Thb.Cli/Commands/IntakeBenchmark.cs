using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Returns;
using Thb.Local;

namespace Thb.Cli.Commands;

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
