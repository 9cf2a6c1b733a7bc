using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Findings;
using Thb.Intake.Returns;

namespace Thb.IntegrationTests.Intake;

public class IntakeTests
{
    [Fact]
    public async Task An_accepted_return_is_recorded_with_its_rows_and_feedback()
    {
        var scenario = await IntakeScenario.CreateAsync();
        var blob = await scenario.UploadSampleAsync("Cyprus");
        await scenario.RunFunctionAsync(blob);

        var status = await scenario.StatusAsync("cyprus");
        var submission = Assert.IsType<Submission>(status.Current);
        Assert.True(submission.Status.IsAccepted());
        Assert.Equal(7, submission.Rows);
        Assert.Equal($"{scenario.Cycle.Id}/cyprus/Cyprus.xlsx", submission.BlobName);
        Assert.Equal(64, submission.Sha256!.Length);
        Assert.Equal(new FileInfo(TestData.Sample("Cyprus")).Length, submission.Size);
        Assert.Equal((await scenario.PropertiesAsync(blob)).ETag.ToString(), submission.ETag);
        Assert.False(submission.Late);

        var rows = await scenario.Services.Queries.CurrentRowsAsync(scenario.Cycle, ContributorId.Parse("cyprus"));
        var check = ReturnChecker.Check(TestData.Sample("Cyprus"));
        Assert.Equal(
            check.Rows.Select(r => JsonSerializer.Serialize(r, ReturnJson.Compact)),
            rows.Select(r => JsonSerializer.Serialize(r with { Contributor = null, Submission = null }, ReturnJson.Compact)));
        Assert.All(rows, r => Assert.Equal("cyprus", r.Contributor));
        Assert.All(rows, r => Assert.Equal(submission.Id, r.Submission));

        using var feedback = new XLWorkbook(new MemoryStream(await scenario.DownloadFeedbackAsync(submission)));
        Assert.Equal(FeedbackWorkbook.FindingsSheetName, feedback.Worksheets.First().Name);
        Assert.True(feedback.Worksheets.Contains("Return"));
        Assert.StartsWith($"{scenario.Cycle.Id}/cyprus/", submission.FeedbackBlob);
    }

    [Fact]
    public async Task Warnings_are_marked_at_their_cells_in_the_feedback_workbook()
    {
        var scenario = await IntakeScenario.CreateAsync();
        var blob = await scenario.UploadSampleAsync("Austria");
        await scenario.RunFunctionAsync(blob);

        var submission = (await scenario.StatusAsync("austria")).Current!;
        Assert.Equal(ReturnStatus.AcceptedWithWarnings, submission.Status);
        var warning = submission.Findings.First(f => f.Severity == FindingSeverity.Warning && f.Cell is not null);

        using var feedback = new XLWorkbook(new MemoryStream(await scenario.DownloadFeedbackAsync(submission)));
        var cell = feedback.Worksheet(warning.Sheet!).Cell(warning.Cell!.Value.ToString());
        Assert.True(cell.HasComment);
        Assert.Contains(warning.Code, cell.Comment.Text);
        Assert.Equal(XLColor.FromHtml("#FFEB9C"), cell.Style.Fill.BackgroundColor);
        var findings = feedback.Worksheet(FeedbackWorkbook.FindingsSheetName);
        Assert.Contains(findings.CellsUsed(), c => c.GetString() == warning.Message);
    }

    [Fact]
    public async Task A_rejected_return_is_recorded_with_its_findings_and_is_not_current()
    {
        var scenario = await IntakeScenario.CreateAsync();
        var blob = await scenario.UploadAsync("germany", "Germany.xlsx", Encoding.UTF8.GetBytes("Country;Form;Description;Partner\nAlbania;Training;Workshop;IOM\n"));
        await scenario.RunFunctionAsync(blob);

        var status = await scenario.StatusAsync("germany");
        Assert.Null(status.Current);
        var latest = Assert.IsType<Submission>(status.Latest);
        Assert.Equal(ReturnStatus.Rejected, latest.Status);
        Assert.Equal(SubmissionState.Rejected, status.State);
        Assert.Contains(latest.Findings, f => f.Code == FindingCodes.FileNotWorkbook);
        Assert.Empty(await scenario.Services.Queries.CurrentRowsAsync(scenario.Cycle, ContributorId.Parse("germany")));
        using var feedback = new XLWorkbook(new MemoryStream(await scenario.DownloadFeedbackAsync(latest)));
        Assert.Contains(feedback.Worksheet(FeedbackWorkbook.FindingsSheetName).CellsUsed(), c => c.GetString().Contains("CSV"));
    }

    [Fact]
    public async Task A_resubmission_supersedes_the_earlier_one_which_stays_in_history()
    {
        var scenario = await IntakeScenario.CreateAsync();
        var first = await scenario.UploadSampleAsync("Austria", "first.xlsx");
        await scenario.RunFunctionAsync(first);
        var second = await scenario.UploadAsync("austria", "second.xlsx", File.ReadAllBytes(TestData.Variant));
        await scenario.RunFunctionAsync(second);

        var status = await scenario.StatusAsync("austria");
        Assert.Equal("second.xlsx", status.Current!.FileName);
        var history = await scenario.HistoryAsync("austria");
        Assert.Equal(["second.xlsx", "first.xlsx"], history.Select(s => s.FileName));
        var rows = await scenario.Services.Queries.CurrentRowsAsync(scenario.Cycle, ContributorId.Parse("austria"));
        Assert.Equal(29, rows.Count);
        Assert.All(rows, r => Assert.Equal(status.Current.Id, r.Submission));
    }

    [Fact]
    public async Task A_rejected_resubmission_keeps_the_accepted_current_one_and_says_so()
    {
        var scenario = await IntakeScenario.CreateAsync();
        var good = await scenario.UploadSampleAsync("Bulgaria");
        await scenario.RunFunctionAsync(good);
        var bad = await scenario.UploadAsync("bulgaria", "Bulgaria-v2.xlsx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);
        await scenario.RunFunctionAsync(bad);

        var status = await scenario.StatusAsync("bulgaria");
        Assert.Equal("Bulgaria.xlsx", status.Current!.FileName);
        Assert.Equal("Bulgaria-v2.xlsx", status.Latest!.FileName);
        Assert.True(status.LatestRejectedButCurrentKept);
        Assert.Equal(SubmissionState.AcceptedWithWarnings, status.State);
        var kept = Assert.Single(status.Latest.Findings, f => f.Code == FindingCodes.KeptPreviousAccepted);
        Assert.Contains("Bulgaria.xlsx", kept.Message);
    }

    [Fact]
    public async Task The_same_blob_processed_twice_leaves_exactly_the_same_state()
    {
        var scenario = await IntakeScenario.CreateAsync();
        var blob = await scenario.UploadSampleAsync("Eurojust");
        await scenario.RunFunctionAsync(blob);
        var before = await SnapshotAsync(scenario, "eurojust");

        await scenario.RunFunctionAsync(blob);                                    // same ETag: a trigger replay
        await blob.UploadAsync(new BinaryData(File.ReadAllBytes(TestData.Sample("Eurojust"))), overwrite: true); // same content, new ETag
        await scenario.RunFunctionAsync(blob);

        Assert.Equal(before, await SnapshotAsync(scenario, "eurojust"));
        Assert.Single(await scenario.HistoryAsync("eurojust"));
    }

    private static async Task<string> SnapshotAsync(IntakeScenario scenario, string contributor)
    {
        var history = await scenario.HistoryAsync(contributor);
        var rows = await scenario.Services.Queries.CurrentRowsAsync(scenario.Cycle, ContributorId.Parse(contributor));
        var record = await scenario.Services.CycleStore.ContributorAsync(scenario.Cycle.Id, ContributorId.Parse(contributor));
        return JsonSerializer.Serialize(new { history, rows, record!.Pointers }, ReturnJson.Compact);
    }

    [Fact]
    public async Task Two_racing_uploads_end_with_the_later_upload_current_whatever_order_they_finish_in()
    {
        var scenario = await IntakeScenario.CreateAsync();
        var t0 = DateTimeOffset.UtcNow;
        var earlier = await scenario.UploadSampleAsync("Austria", "earlier.xlsx", t0);
        var later = await scenario.UploadAsync("austria", "later.xlsx", File.ReadAllBytes(TestData.Variant), t0.AddMilliseconds(10));
        Assert.True(IntakeService.UploadTime(await scenario.PropertiesAsync(later)) > IntakeService.UploadTime(await scenario.PropertiesAsync(earlier)));

        await scenario.RunFunctionAsync(later);   // the later upload finishes first...
        await scenario.RunFunctionAsync(earlier); // ...and the earlier one after it
        Assert.Equal("later.xlsx", (await scenario.StatusAsync("austria")).Current!.FileName);

        // And truly concurrently, on a second pair.
        var third = await scenario.UploadSampleAsync("Austria", "third.xlsx", t0.AddMilliseconds(20));
        var fourth = await scenario.UploadAsync("austria", "fourth.xlsx", File.ReadAllBytes(TestData.Variant), t0.AddMilliseconds(30));
        await Task.WhenAll(scenario.RunFunctionAsync(fourth), scenario.RunFunctionAsync(third), scenario.RunFunctionAsync(fourth));
        var status = await scenario.StatusAsync("austria");
        Assert.Equal("fourth.xlsx", status.Current!.FileName);
        Assert.Equal("fourth.xlsx", status.Latest!.FileName);
        Assert.Equal(4, (await scenario.HistoryAsync("austria")).Count);
    }

    [Fact]
    public async Task A_40000_character_description_survives_the_round_trip_whole()
    {
        var scenario = await IntakeScenario.CreateAsync();
        var description = string.Concat(Enumerable.Range(0, 4000).Select(i => $"Word{i:D5} ")); // 40,000 characters
        Assert.Equal(40_000, description.Length);
        // Longer than Excel's own cell limit (32,767): written part by part, as another program could.
        var workbook = Thb.Tests.Intake.RawXlsx.Return("Cyprus", scenario.Cycle.Id, ["Serbia", "Training", description, "IOM", "2010", "1.000 EUR"]).Build();
        var blob = await scenario.UploadAsync("cyprus", "long.xlsx", workbook);
        await scenario.RunFunctionAsync(blob);

        var row = Assert.Single(await scenario.Services.Queries.CurrentRowsAsync(scenario.Cycle, ContributorId.Parse("cyprus")));
        Assert.Equal(description, row.Description.Raw);
        Assert.Equal(1000m, row.Funding.AmountEur ?? 1000m);
    }

    [Fact]
    public async Task An_upload_to_an_unknown_cycle_or_contributor_or_a_closed_cycle_is_rejected_and_recorded()
    {
        var scenario = await IntakeScenario.CreateAsync();
        var bytes = File.ReadAllBytes(TestData.Sample("Austria"));
        var services = scenario.Services;

        var unknownCycle = TestStorage.NewCycleId("nope");
        var r1 = await ProcessAsync(scenario, $"{unknownCycle}/austria/Austria.xlsx", bytes);
        Assert.Contains(r1.Findings, f => f.Code == FindingCodes.CycleUnknown);
        Assert.NotNull(await services.Submissions.GetAsync(CycleId.Parse(unknownCycle), ContributorId.Parse("austria"), r1.Id));

        var r2 = await ProcessAsync(scenario, $"{scenario.Cycle.Id}/malta/Malta.xlsx", bytes);
        Assert.Contains(r2.Findings, f => f.Code == FindingCodes.ContributorUnknown);
        Assert.NotNull(await services.Submissions.GetAsync(scenario.Cycle.Id, ContributorId.Parse("malta"), r2.Id));

        await services.Cycles.CloseAsync(scenario.Cycle.Id);
        var r3 = await ProcessAsync(scenario, $"{scenario.Cycle.Id}/austria/Austria.xlsx", bytes);
        Assert.Contains(r3.Findings, f => f.Code == FindingCodes.CycleClosed);
        Assert.Equal(ReturnStatus.Rejected, (await scenario.HistoryAsync("austria")).Single().Status);
    }

    [Fact]
    public async Task An_upload_after_the_deadline_is_processed_and_marked_late()
    {
        var scenario = await IntakeScenario.CreateAsync(deadline: DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3)));
        var blob = await scenario.UploadSampleAsync("Germany");
        await scenario.RunFunctionAsync(blob);
        var current = (await scenario.StatusAsync("germany")).Current!;
        Assert.True(current.Late);
        Assert.Contains(current.Findings, f => f.Code == FindingCodes.SubmittedLate);
    }

    [Fact]
    public async Task A_return_naming_another_delegation_is_rejected()
    {
        var scenario = await IntakeScenario.CreateAsync();
        var blob = await scenario.UploadAsync("austria", "Germany.xlsx", File.ReadAllBytes(TestData.Sample("Germany")));
        await scenario.RunFunctionAsync(blob);
        var latest = (await scenario.StatusAsync("austria")).Latest!;
        Assert.Equal(ReturnStatus.Rejected, latest.Status);
        Assert.Contains(latest.Findings, f => f.Code == FindingCodes.DelegationMismatch);
    }

    [Theory]
    [InlineData("{cycle}/austria/../x.xlsx")]
    [InlineData("{cycle}/austria\\x.xlsx")]
    [InlineData("{cycle}/austria/a\u0001b.xlsx")]
    [InlineData("{cycle}/x.xlsx")]
    [InlineData("{cycle}/austria/extra/x.xlsx")]
    [InlineData("{cycle}/austria/{long}.xlsx")]
    public async Task Bad_blob_names_are_recorded_as_rejected_submissions(string pattern)
    {
        var scenario = await IntakeScenario.CreateAsync();
        // Closed at once (a bad path is refused before the registry is read): a control character in a blob name makes
        // Azurite's listing of the cycle's blobs fail, and the open-cycle sweeps other tests run (thb serve) must not meet it.
        await scenario.Services.Cycles.CloseAsync(scenario.Cycle.Id);
        var name = pattern.Replace("{cycle}", scenario.Cycle.Id, StringComparison.Ordinal).Replace("{long}", new string('n', 1030), StringComparison.Ordinal);
        var result = await ProcessAsync(scenario, name, File.ReadAllBytes(TestData.Sample("Austria")));
        Assert.Equal(ReturnStatus.Rejected, result.Status);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(FindingCodes.PathInvalid, finding.Code);
        Assert.NotNull(await scenario.Services.Submissions.GetAsync(result.CycleId, result.ContributorId, result.Id));
        Assert.Null((await scenario.StatusAsync("austria")).Latest);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_rejected_without_being_read()
    {
        var scenario = await IntakeScenario.CreateAsync(options: new IntakeOptions { MaxUploadMegabytes = 1 });
        var big = new byte[1024 * 1024 + 1];
        var blob = await scenario.UploadAsync("cyprus", "big.xlsx", big);
        await scenario.RunFunctionAsync(blob);
        var latest = (await scenario.StatusAsync("cyprus")).Latest!;
        Assert.Contains(latest.Findings, f => f.Code == FindingCodes.FileTooLarge);
        Assert.Null(latest.Sha256);
    }

    [Fact]
    public async Task Content_that_is_not_a_workbook_is_rejected_and_the_function_returns_normally()
    {
        var scenario = await IntakeScenario.CreateAsync();
        foreach (var (name, bytes) in new (string, byte[])[]
                 {
                     ("empty.xlsx", []),
                     ("truncated.xlsx", File.ReadAllBytes(TestData.Sample("Cyprus"))[..3000]),
                     ("text.xlsx", Encoding.UTF8.GetBytes("hello")),
                 })
        {
            var blob = await scenario.UploadAsync("cyprus", name, bytes);
            await scenario.RunFunctionAsync(blob);
        }
        var history = await scenario.HistoryAsync("cyprus");
        Assert.Equal(3, history.Count);
        Assert.All(history, s => Assert.Equal(ReturnStatus.Rejected, s.Status));
        Assert.Contains(history, s => s.Findings.Any(f => f.Code == FindingCodes.FileEmpty));
        Assert.Contains(history, s => s.Findings.Any(f => f.Code == FindingCodes.FileDamaged));
    }

    private static async Task<Submission> ProcessAsync(IntakeScenario scenario, string blobName, byte[] content)
    {
        var blob = scenario.Returns.GetBlobClient(blobName);
        await blob.UploadAsync(new BinaryData(content), overwrite: true);
        var result = await scenario.Services.Intake.ProcessAsync(blob.Name);
        return Assert.IsType<IntakeResult>(result).Submission;
    }
}
