using System.CommandLine;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Returns;
using Thb.Local;

namespace Thb.Cli.Commands;

/// <summary>
/// `thb bench intake FILE [--repeat 5] [--storage CONNECTION]`: upload and process one return through the intake service
/// against Azurite (a throwaway in-memory one unless --storage), each time in a fresh cycle so nothing is deduplicated.
/// </summary>
public sealed class IntakeBenchmark : ThbCommand
{
    private readonly Argument<string> _file;
    private readonly Option<int> _repeat = CliOptions.Int("--repeat", "Timed runs after a warm-up.", 5, 1, 10_000);
    private readonly Option<string?> _storage = CliOptions.Text("--storage", "CONNECTION", "The storage to use (default a throwaway in-memory Azurite).");

    public IntakeBenchmark(CliContext context)
        : base("intake", "Time of submit-and-process (upload, check, rows, feedback, pointers) against Azurite.", context)
    {
        _file = CliOptions.ExistingFile("FILE", "The return workbook to submit.", context);
        Add(_file);
        Add(_repeat);
        Add(_storage);
    }

    protected override async Task<int> RunAsync(ParseResult args, CancellationToken cancellationToken)
    {
        var context = Context;
        var file = context.FullPath(args.GetRequiredValue(_file));
        var repeat = args.GetValue(_repeat);
        var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
        var storageOption = args.GetValue(_storage);
        await using var azurite = storageOption is null ? await LocalAzurite.StartInMemoryAsync(cancellationToken) : null;
        await using var services = CommandServices.Create(storageOption ?? azurite!.ConnectionString, context.Environment, context.WorkingDirectory);
        var storage = services.Storage;
        await storage.EnsureCreatedAsync(cancellationToken: cancellationToken);
        // Named as the workbook says, so the return is judged on its content, not on a delegation mismatch.
        var delegation = ReturnChecker.Check(new MemoryStream(bytes), Path.GetFileName(file)).Delegation ?? "Bench";
        var contributor = new Contributor(ContributorId.Parse(Identifiers.FromName(delegation)), delegation, ContributorKind.MemberState, 1, []);

        var times = await CliProgress.RunAsync(context, "Submitting…", progress => RunsAsync(progress, services, file, bytes, contributor, repeat, cancellationToken));
        context.Out.WriteLine($"{Path.GetFileName(file)}: submit-and-process median {BenchClock.Seconds(times[times.Count / 2])}, slowest {BenchClock.Seconds(times[^1])} " +
                              $"over {repeat} runs ({storage.Description}); peak working set {BenchClock.Megabytes(BenchClock.PeakWorkingSetBytes())}");
        return ExitCodes.Ok;
    }

    /// <summary>A warm-up and <paramref name="repeat"/> timed runs, each in a fresh cycle; the timed runs' times, sorted.</summary>
    private static async Task<List<TimeSpan>> RunsAsync(CliProgress progress, CommandServices services, string file, byte[] bytes, Contributor contributor, int repeat,
        CancellationToken cancellationToken)
    {
        var storage = services.Storage;
        var times = new List<TimeSpan>();
        for (var i = 0; i <= repeat; i++)
        {
            progress.Status(i == 0 ? "Warm-up run…" : $"Run {i} of {repeat}…");
            var cycle = await services.Cycles.OpenAsync(new Cycle(CycleId.Parse($"bench-{Guid.NewGuid():N}"[..20]), "Bench", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), CycleState.Open, []), [contributor], cancellationToken);
            var (result, elapsed) = await BenchClock.TimeAsync(async () =>
            {
                var upload = await ReturnUploads.UploadByContentAsync(storage, bytes, Path.GetFileName(file), cycle.Id, contributor.Id, services.Clock.GetUtcNow(), cancellationToken);
                return await services.Intake.ProcessAsync(upload, cancellationToken);
            });
            progress.Line($"  run {i}{(i == 0 ? " (warm-up)" : "")}: {Thb.Json.KebabCase.Of(result!.Submission.Status)}, {result.Submission.Rows} rows in {BenchClock.Seconds(elapsed)}");
            if (i > 0) times.Add(elapsed);
        }
        times.Sort();
        return times;
    }
}
