using Thb.Cycles;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Thb.Cli.Commands;
using Thb.Portal;
using Xunit.Abstractions;

namespace Thb.IntegrationTests.Portal;

/// <summary>
/// `thb serve` as systemd, containers and Ctrl+C stop it: a separate process (signals are per process), sent SIGTERM or
/// SIGINT right after an upload was received. It stops taking requests, lets the check finish within the bound, exits 0.
/// </summary>
public class ServeStopTests(ITestOutputHelper output)
{
    private const int SigInt = 2;
    private const int SigTerm = 15;

    /// <summary>kill(1), as systemd or a person would send it.</summary>
    private static async Task<int> KillAsync(int pid, int signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        return kill.ExitCode;
    }

    [Theory]
    [InlineData(SigTerm)]
    [InlineData(SigInt)]
    public async Task A_signal_with_an_upload_in_flight_ends_with_its_verdict_and_exit_0(int signal)
    {
        var s = await PortalScenario.CreateAsync();
        using var server = Start(await TestStorage.ConnectionStringAsync());
        var lines = new List<string>();
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        server.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (lines) lines.Add(e.Data);
            if (e.Data.StartsWith("Portal listening on ", StringComparison.Ordinal)) listening.TrySetResult(e.Data.Split(' ')[3]);
        };
        server.BeginOutputReadLine();
        var errors = server.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2)); // a hang fails the test instead of the run
        var address = await listening.Task.WaitAsync(guard.Token);

        using var client = new HttpClient();
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(PortalScenario.SampleBytes("Bulgaria"));
        file.Headers.ContentType = new MediaTypeHeaderValue(PortalRequests.XlsxType);
        form.Add(file, "file", "Bulgaria.xlsx");
        var token = Uri.EscapeDataString(s.ContributorToken("bulgaria"));
        var posted = await client.PostAsync($"{address}/api/portal/c/{s.Cycle.Id}/bulgaria/uploads?t={token}", form, guard.Token);
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var blob = JsonDocument.Parse(await posted.Content.ReadAsStringAsync(guard.Token)).RootElement.GetProperty("blobName").GetString();

        var signalled = Stopwatch.StartNew();
        Assert.Equal(0, await KillAsync(server.Id, signal));
        await server.WaitForExitAsync(guard.Token);
        output.WriteLine($"signal {signal}: exited {server.ExitCode} after {signalled.Elapsed.TotalSeconds:0.00} s");
        lock (lines) output.WriteLine(string.Join('\n', lines));

        Assert.Equal(0, server.ExitCode);
        Assert.Equal("", await errors);
        lock (lines) Assert.Contains(lines, l => l.StartsWith("Stopped after", StringComparison.Ordinal) && !l.Contains("cut off"));
        // The upload received before the signal has its verdict: nothing left "being checked".
        var submission = Assert.Single(await s.Services.Queries.HistoryAsync(s.Cycle.Id, ContributorId.Parse("bulgaria")));
        Assert.Equal(blob, submission.BlobName);
    }

    private static Process Start(string storage)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Directory.CreateTempSubdirectory("thb-serve-stop-").FullName,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "thb.dll"));
        foreach (var arg in new[] { "serve", "--port", "0" }) info.ArgumentList.Add(arg);
        info.Environment["THB_STORAGE"] = storage;
        info.Environment[PortalOptions.SecretSetting] = PortalScenario.Secret;
        info.Environment[ServeCommand.DrainSetting] = "10";
        return Process.Start(info)!;
    }
}
