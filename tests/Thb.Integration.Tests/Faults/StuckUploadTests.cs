using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Thb.Cli;
using Thb.Cycles;
using Thb.Functions.Intake;
using Thb.Intake;
using Thb.IntegrationTests.Cli;
using Thb.IntegrationTests.Portal;
using Thb.IntegrationTests.Reminders;
using Thb.Intake.Returns;
using Thb.Storage;

namespace Thb.IntegrationTests.Faults;

/// <summary>
/// The drills of "no upload stuck", against real Azurite: storage stopped in the middle of an intake and started
/// again, the runtime giving up on an upload, attempts spent without a runtime to count them.
/// </summary>
public class StuckUploadTests
{
    private const int RowCount = 3000;

    private static readonly Contributor Malta = new(ContributorId.Parse("malta"), "Malta", ContributorKind.MemberState, 1, []);

    private static byte[] LargeReturn(string cycle, int rows, string tag) =>
        ReturnWorkbooks.Build("Malta", cycle, Enumerable.Range(1, rows)
            .Select(i => new[] { "Albania", "Training", $"Training course {tag} {i} for border guards on identifying victims", "IOM", "2024-2025", "1000" }).ToArray());

    private static async Task<Cycle> OpenAsync(CommandServices services) =>
        await services.Cycles.OpenAsync(new Cycle(CycleId.Parse(TestStorage.NewCycleId("stuck")), "Stuck uploads", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), CycleState.Open, [7]), [Malta]);

    /// <summary>Row entities stored for a cycle, whatever their submission: what an interrupted intake could leave behind.</summary>
    private static async Task<int> StoredRowsAsync(CommandServices services, string cycleId, string? partition = null)
    {
        var filter = partition is null
            ? TableClient.CreateQueryFilter($"PartitionKey ge {cycleId + "~"} and PartitionKey lt {cycleId + "~~"}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        var count = 0;
        await foreach (var _ in services.Storage.Table(StorageNames.Tables.Rows).QueryAsync<TableEntity>(filter, select: ["RowKey"]))
            count++;
        return count;
    }

    /// <summary>Waits (without a time limit of its own: the test host's applies) until the intake has written some rows, or finished.</summary>
    private static async Task<string> WaitForRowsAsync(CommandServices services, Cycle cycle, string blobName, Task intake)
    {
        var attempts = services.Get<UploadAttemptStore>();
        while (!intake.IsCompleted)
        {
            if (await attempts.GetAsync(cycle.Id, Malta.Id, blobName) is { RowPartition: { } partition } && await StoredRowsAsync(services, cycle.Id, partition) > 0)
                return partition;
            await Task.Delay(10);
        }
        throw new InvalidOperationException("The intake finished before storage was stopped: the drill needs a larger return.");
    }

    [Fact]
    public async Task Storage_stopped_mid_intake_then_restarted_the_upload_gets_its_verdict_and_its_rows_count_once()
    {
        await using var storage = await StoppableStorage.StartAsync();
        var clock = new FixedClock(DateTimeOffset.UtcNow);
        await using var services = storage.Services(clock);
        var cycle = await OpenAsync(services);
        var upload = await ReturnUploads.UploadByContentAsync(services.Storage, LargeReturn(cycle.Id, RowCount, "a"), "Malta.xlsx", cycle.Id, Malta.Id, clock.Now);

        // Storage goes away while the rows are being written.
        var intake = Task.Run(() => services.Intake.ProcessAsync(upload.BlobName));
        var partition = await WaitForRowsAsync(services, cycle, upload.BlobName, intake);
        await storage.StopAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => intake);
        await storage.RestartAsync();

        // Half-written rows are there, but no reader sees them; past the bound the upload reads "checking failed, retrying".
        var left = await StoredRowsAsync(services, cycle.Id, partition);
        Assert.InRange(left, 1, RowCount - 1);
        Assert.Empty(await services.Queries.CurrentRowsAsync(cycle));
        clock.Now += services.IntakeOptions.ReprocessAfter + TimeSpan.FromSeconds(1);
        Assert.Equal(SubmissionState.Retrying, Assert.Single(await services.Queries.StatusAsync(cycle)).State);

        // The next intake of the contributor (another file) removes the leftovers of the cut-off one.
        var other = await ReturnUploads.UploadByContentAsync(services.Storage, LargeReturn(cycle.Id, 10, "b"), "Malta small.xlsx", cycle.Id, Malta.Id, DateTimeOffset.UtcNow);
        Assert.True((await services.Intake.ProcessAsync(other.BlobName))!.Submission.Status.IsAccepted());
        Assert.Equal(0, await StoredRowsAsync(services, cycle.Id, partition));

        // The sweep processes the stuck upload again: its verdict, and every row stored exactly once.
        var swept = Assert.Single(await services.Get<UploadSweep>().SweepAsync(cycle.Id, includeFailed: false));
        Assert.Equal((upload.BlobName, SweptUploadOutcome.Processed), (swept.BlobName, swept.Outcome));
        Assert.Equal(RowCount, swept.Submission!.Rows);
        Assert.True(swept.Submission.Status.IsAccepted());
        Assert.Equal(RowCount, await StoredRowsAsync(services, cycle.Id, partition));
        var accepted = (await services.Submissions.ForCycleAsync(cycle.Id)).Where(s => s.Status.IsAccepted()).ToList();
        Assert.Equal(accepted.Sum(s => s.Rows), await StoredRowsAsync(services, cycle.Id));
        Assert.Equal(RowCount + 10, await StoredRowsAsync(services, cycle.Id));
        // The later upload stays current; nothing is left to sweep.
        var status = Assert.Single(await services.Queries.StatusAsync(cycle));
        Assert.Equal((10, SubmissionState.Accepted), (status.Current!.Rows, status.State is SubmissionState.AcceptedWithWarnings ? SubmissionState.Accepted : status.State));
        Assert.Equal(10, (await services.Queries.CurrentRowsAsync(cycle)).Count);
        Assert.Empty(await services.Get<UploadSweep>().SweepAsync(cycle.Id, includeFailed: false));
    }

    [Fact]
    public async Task After_the_runtimes_last_retry_the_upload_is_failed_for_the_delegation_and_the_presidency()
    {
        var s = await PortalScenario.CreateAsync();
        var posted = await PortalRequests.SendAsync(PortalRequests.Upload(s.ContributorToken("austria"), "Austria.xlsx", PortalScenario.SampleBytes("Austria")),
            h => s.Handlers.UploadAsync(h, s.Cycle.Id, ContributorId.Parse("austria")));
        var blobName = System.Text.Json.JsonDocument.Parse(posted.Body).RootElement.GetProperty("blobName").GetString()!;

        var function = new IntakePoisonFunction(s.Services.Get<UploadSweep>(), NullLogger<IntakePoisonFunction>.Instance);
        await function.RunAsync($$"""{"Type":"BlobTrigger","FunctionId":"Host.Functions.Intake","BlobType":"BlockBlob","ContainerName":"returns","BlobName":"{{blobName}}","ETag":"\"0x1\""}""", CancellationToken.None);

        var uploads = await PortalRequests.SendAsync(PortalRequests.Get(s.ContributorToken("austria")), h => s.Handlers.UploadsAsync(h, s.Cycle.Id, ContributorId.Parse("austria")));
        Assert.Contains("\"failed\"", uploads.Text);
        var page = await PortalRequests.SendAsync(PortalRequests.Get(s.ContributorToken("austria")), h => s.Handlers.ContributorPageAsync(h, s.Cycle.Id, ContributorId.Parse("austria")));
        Assert.Contains(System.Net.WebUtility.HtmlEncode(UploadAttempt.FailedText), page.Text);
        var presidency = await PortalRequests.SendAsync(PortalRequests.Get(s.PresidencyToken()), h => s.Presidency.PageAsync(h, s.Cycle.Id));
        Assert.Contains("could not be checked", presidency.Text);
        var status = (await s.Services.Queries.StatusAsync(s.Cycle)).Single(c => c.Contributor.Id == "austria");
        Assert.Equal(SubmissionState.Failed, status.State);

        // The periodic sweep leaves a failed upload alone; an operator's reprocess checks it again, and the verdict replaces "failed".
        s.Clock.Now += TimeSpan.FromHours(1);
        Assert.Empty(await s.Services.Get<UploadSweep>().SweepAsync(s.Cycle.Id, includeFailed: false));
        var again = Assert.Single(await s.Services.Get<UploadSweep>().SweepAsync(s.Cycle.Id, includeFailed: true));
        Assert.Equal(SweptUploadOutcome.Processed, again.Outcome);
        Assert.True((await s.Services.Queries.StatusAsync(s.Cycle)).Single(c => c.Contributor.Id == "austria").HasAccepted);
    }

    [Fact]
    public async Task Attempts_spent_without_a_runtime_to_count_them_end_in_failed()
    {
        var s = await PortalScenario.CreateAsync();
        var upload = await ReturnUploads.UploadByContentAsync(s.Services.Storage, PortalScenario.SampleBytes("Cyprus"), "Cyprus.xlsx", s.Cycle.Id, ContributorId.Parse("cyprus"), s.Clock.Now);
        var attempts = s.Services.Get<UploadAttemptStore>();
        // What five cut-off attempts record (each begun, none finished), as `thb serve` stopped five times would leave.
        for (var i = 0; i < IntakeOptions.MaxAttempts; i++)
            await attempts.BeginAsync(s.Cycle.Id, ContributorId.Parse("cyprus"), upload.BlobName, s.Clock.Now, SubmissionId.Parse("sub"), "none", s.Clock.Now);
        s.Clock.Now += s.Services.IntakeOptions.ReprocessAfter + TimeSpan.FromSeconds(1);

        var swept = Assert.Single(await s.Services.Get<UploadSweep>().SweepAsync(s.Cycle.Id, includeFailed: false));
        Assert.Equal(SweptUploadOutcome.MarkedFailed, swept.Outcome);
        Assert.Equal(SubmissionState.Failed, (await s.Services.Queries.StatusAsync(s.Cycle)).Single(c => c.Contributor.Id == "cyprus").State);
        var table = await CliRunner.RunOnTestStorageAsync("status", "--cycle", s.Cycle.Id);
        var line = Assert.Single(table.Out.Split('\n'), l => l.TrimStart().StartsWith("cyprus ", StringComparison.Ordinal));
        Assert.Contains(" failed ", line);
        Assert.Contains("thb reprocess", line);
    }

    [Fact]
    public async Task Thb_reprocess_processes_an_upload_left_without_a_verdict()
    {
        var cycle = TestStorage.NewCycleId("reproc");
        var env = new Dictionary<string, string?> { ["THB_STORAGE"] = await TestStorage.ConnectionStringAsync(), ["THB_REPROCESS_AFTER_SECONDS"] = "1" };
        var folder = Directory.CreateTempSubdirectory("thb-reprocess-").FullName;
        Assert.Equal(0, (await CliRunner.RunAsync(env, folder, "cycle", "open", cycle, "--deadline", "2030-12-31")).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync(env, folder, "submit", TestData.Sample("Austria"), "--cycle", cycle, "--contributor", "austria", "--no-process")).ExitCode);
        await Task.Delay(TimeSpan.FromSeconds(2)); // past the one-second bound set above: a wait, not a measurement

        var result = await CliRunner.RunAsync(env, folder, "reprocess", "--cycle", cycle);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("processed, accepted", result.Out);
        var status = await CliRunner.RunAsync(env, folder, "status", "--cycle", cycle, "--json");
        Assert.Contains("\"state\":\"accepted", status.Out.Replace(" ", ""));
        Assert.Contains("Nothing to reprocess", (await CliRunner.RunAsync(env, folder, "reprocess", "--cycle", cycle)).Out);
    }
}
