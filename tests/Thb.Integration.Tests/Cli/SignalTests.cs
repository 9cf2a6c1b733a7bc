using System.Diagnostics;

namespace Thb.IntegrationTests.Cli;

/// <summary>
/// SIGTERM and Ctrl+C (SIGINT) on a long-running command, sent to the real thb process: it stops between steps with
/// one line and exit 130 — no "Unhandled exception", no stack trace (issue 14, item 1 for commands other than serve).
/// </summary>
public class SignalTests
{
    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task A_signal_stops_the_demo_with_one_line_and_exit_130(string signal)
    {
        var folder = Directory.CreateTempSubdirectory("thb-signal-").FullName;
        using var thb = Start(folder, await TestStorage.ConnectionStringAsync(), "demo");
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Text.StringBuilder();
        thb.OutputDataReceived += (_, e) =>
        {
            lock (output) output.AppendLine(e.Data);
            if (e.Data?.StartsWith("[2/", StringComparison.Ordinal) == true) started.TrySetResult();
        };
        var error = thb.StandardError.ReadToEndAsync();
        thb.BeginOutputReadLine();

        // Once the demo is under way (its second step has begun), the signal.
        await started.Task.WaitAsync(TimeSpan.FromMinutes(2));
        using (var kill = Process.Start("kill", ["-" + signal, thb.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        await thb.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));

        var errors = await error;
        Assert.True(thb.ExitCode == 130, $"exit {thb.ExitCode}: {errors}\n{output}");
        Assert.Equal("thb demo: stopped before it finished (interrupted); what it had written stays as it was.", errors.Trim());
        Assert.DoesNotContain("Done in", output.ToString());
    }

    private static Process Start(string folder, string storage, params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "thb.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["THB_STORAGE"] = storage;
        info.Environment["THB_SMTP"] = "";
        return Process.Start(info)!;
    }
}
