using System.IO.Compression;
using Thb.Intake.Returns;

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
