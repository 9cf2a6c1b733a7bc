using System.Diagnostics;
using System.Globalization;

namespace Thb.Cli.Commands;

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
