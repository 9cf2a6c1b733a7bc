using System.CommandLine;
using System.IO.Compression;
using Thb.Intake.Returns;

namespace Thb.Cli.Commands;

/// <summary>
/// `thb bench check FILE... [--repeat N] [--zip-bomb-mb N]`: how long the check takes on each file (first run, which
/// includes start-up work, and the median of the repeats) and the process's peak memory; optionally on a generated zip
/// bomb of N MB of zeros (a few hundred KB on disk).
/// </summary>
public sealed class CheckBenchmark : ThbCommand
{
    private readonly Argument<string[]> _files;
    private readonly Option<int> _repeat = CliOptions.Int("--repeat", "Timed runs after the first.", 20, 1, 100_000);
    private readonly Option<int?> _zipBombMb = new("--zip-bomb-mb") { Description = "Also time a generated zip bomb of N MB of zeros.", HelpName = "N" };

    public CheckBenchmark(CliContext context) : base("check", "Time and peak memory of `thb check` on each file, and on a generated zip bomb.", context)
    {
        _files = CliOptions.ExistingFiles("FILE", "The workbooks to time.", context, ArgumentArity.ZeroOrMore);
        Add(_files);
        Add(_repeat);
        Add(_zipBombMb);
        Validators.Add(result =>
        {
            if (result.GetValue(_files) is not { Length: > 0 } && result.GetValue(_zipBombMb) is null)
                result.AddError("Name the workbook(s) to time, or --zip-bomb-mb N.");
        });
        _zipBombMb.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1 or > 10_000) result.AddError("--zip-bomb-mb must be between 1 and 10000.");
        });
    }

    protected override async Task<int> RunAsync(ParseResult args, CancellationToken cancellationToken)
    {
        var context = Context;
        var repeat = args.GetValue(_repeat);
        var files = (args.GetValue(_files) ?? []).Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(context.FullPath(f)))).ToList();
        if (args.GetValue(_zipBombMb) is { } mb) files.Add(($"zip-bomb-{mb}MB.xlsx", ZipBomb(mb)));

        return await CliProgress.RunAsync(context, "Timing the check…", async progress =>
        {
            foreach (var (name, bytes) in files) await TimeAsync(progress, name, bytes, repeat, cancellationToken);
            return ExitCodes.Ok;
        });
    }

    private static async Task TimeAsync(CliProgress progress, string name, byte[] bytes, int repeat, CancellationToken cancellationToken)
    {
        progress.Status($"{name}: first run…");
        var (first, firstTime) = await BenchClock.TimeAsync(() => Task.FromResult(ReturnChecker.Check(new MemoryStream(bytes), name)));
        var times = new List<TimeSpan>();
        for (var i = 0; i < repeat; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress.Status($"{name}: run {i + 1} of {repeat}…");
            times.Add((await BenchClock.TimeAsync(() => Task.FromResult(ReturnChecker.Check(new MemoryStream(bytes), name)))).Elapsed);
        }
        times.Sort();
        progress.Line($"{name} ({bytes.Length / 1024.0:0} KB): {Thb.Json.KebabCase.Of(first.Status)}, {first.Rows.Count} rows; " +
                      $"first {BenchClock.Seconds(firstTime)}, median of {repeat} {BenchClock.Seconds(times[times.Count / 2])}; peak working set so far {BenchClock.Megabytes(BenchClock.PeakWorkingSetBytes())}");
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
