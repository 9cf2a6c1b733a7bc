using Thb.Cycles;
using Microsoft.Extensions.DependencyInjection;
using Thb.Portal;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using ClosedXML.Excel;
using Thb.Annex;
using Thb.Intake;
using Thb.Intake.Returns;
using Thb.Storage;

namespace Thb.IntegrationTests.Portal;

/// <summary>The portal's handlers on DefaultHttpContext against Azurite: upload, verdict, downloads, isolation.</summary>
public class PortalHandlerTests
{
    private static JsonElement Json(PortalResponse response) => JsonDocument.Parse(response.Body).RootElement.Clone();

    private static Task<PortalResponse> UploadAsync(PortalScenario s, string contributor, string fileName, byte[] content) =>
        PortalRequests.SendAsync(PortalRequests.Upload(s.ContributorToken(contributor), fileName, content), h => s.Handlers.UploadAsync(h, s.Cycle.Id, RouteIds.Contributor(contributor)));

    private static async Task<JsonElement[]> UploadsAsync(PortalScenario s, string contributor, string? token = null)
    {
        var response = await PortalRequests.SendAsync(PortalRequests.Get(token ?? s.ContributorToken(contributor)), h => s.Handlers.UploadsAsync(h, s.Cycle.Id, RouteIds.Contributor(contributor)));
        Assert.Equal(200, response.Status);
        return Json(response).EnumerateArray().ToArray();
    }

    private static async Task<List<BlobItem>> BlobsAsync(PortalScenario s, string contributor)
    {
        var blobs = new List<BlobItem>();
        await foreach (var blob in s.Services.Storage.Container(StorageNames.Containers.Returns)
                           .GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, $"{s.Cycle.Id}/{contributor}/", CancellationToken.None))
            blobs.Add(blob);
        return blobs;
    }

    /// <summary>The submission id at the end of a feedback URL ("…/feedback/{id}?t=…").</summary>
    private static string SubmissionIdOf(string feedbackUrl) => feedbackUrl.Split('?')[0].Split('/')[^1];

    [Fact]
    public async Task An_upload_is_stored_pending_then_shows_its_verdict_after_the_intake()
    {
        var s = await PortalScenario.CreateAsync();
        var content = PortalScenario.SampleBytes("Austria");

        var posted = await UploadAsync(s, "austria", "Austria.xlsx", content);
        Assert.Equal(202, posted.Status);
        Assert.Equal("application/json; charset=utf-8", posted.ContentType);
        var blobName = Json(posted).GetProperty("blobName").GetString()!;
        Assert.StartsWith($"{s.Cycle.Id}/austria/", blobName);
        Assert.EndsWith("-Austria.xlsx", blobName);
        Assert.Equal("Austria.xlsx", Json(posted).GetProperty("fileName").GetString());

        // Written where the blob trigger listens (returns/{cycle}/{contributor}/…), byte for byte, stamped like every upload.
        var stored = Assert.Single(await BlobsAsync(s, "austria"));
        Assert.Equal(blobName, stored.Name);
        Assert.Equal("Austria.xlsx", Uri.UnescapeDataString(stored.Metadata[IntakeService.OriginalFileNameMetadata]));
        Assert.Equal(s.Clock.Now, DateTimeOffset.Parse(stored.Metadata[IntakeService.UploadedAtMetadata], System.Globalization.CultureInfo.InvariantCulture));
        var bytes = (await s.Services.Storage.Container(StorageNames.Containers.Returns).GetBlobClient(blobName).DownloadContentAsync()).Value.Content.ToArray();
        Assert.Equal(content, bytes);

        var pending = Assert.Single(await UploadsAsync(s, "austria"));
        Assert.Equal(blobName, pending.GetProperty("blobName").GetString());
        Assert.Equal("pending", pending.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, pending.GetProperty("feedbackUrl").ValueKind);
        var pendingPage = await PortalRequests.SendAsync(PortalRequests.Get(s.ContributorToken("austria")), h => s.Handlers.ContributorPageAsync(h, s.Cycle.Id, RouteIds.Contributor("austria")));
        Assert.Contains("being checked", pendingPage.Text);

        await s.Services.Intake.ProcessAsync(blobName);

        var verdict = Assert.Single(await UploadsAsync(s, "austria"));
        Assert.Equal("accepted-with-warnings", verdict.GetProperty("status").GetString());
        Assert.Equal(29, verdict.GetProperty("rows").GetInt32());
        Assert.Equal(0, verdict.GetProperty("errors").GetInt32());
        Assert.Equal(verdict.GetProperty("findings").EnumerateArray().Count(f => f.GetProperty("severity").GetString() == "warning"), verdict.GetProperty("warnings").GetInt32());
        Assert.True(verdict.GetProperty("current").GetBoolean());
        Assert.Contains(verdict.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "warning" && f.GetProperty("message").GetString()!.Contains("placeholder"));
        Assert.Contains($"/c/{s.Cycle.Id}/austria/feedback/", verdict.GetProperty("feedbackUrl").GetString());

        var page = await PortalRequests.SendAsync(PortalRequests.Get(s.ContributorToken("austria")), h => s.Handlers.ContributorPageAsync(h, s.Cycle.Id, RouteIds.Contributor("austria")));
        Assert.Equal(200, page.Status);
        Assert.Equal("text/html; charset=utf-8", page.ContentType);
        Assert.Contains("accepted with warnings", page.Text);
        Assert.DoesNotContain("being checked", page.Text);
        Assert.Equal("no-store", page.Headers.CacheControl.ToString());
        Assert.Contains("script-src 'self'", page.Headers["Content-Security-Policy"].ToString());

        // The same bytes again (a double submit, or the same file chosen twice): the same upload, one submission — as `thb submit` does.
        s.Clock.Now += TimeSpan.FromMinutes(2);
        var again = await UploadAsync(s, "austria", "Austria.xlsx", content);
        Assert.Equal(202, again.Status);
        Assert.Equal(blobName, Json(again).GetProperty("blobName").GetString());
        Assert.True(Json(again).GetProperty("alreadyReceived").GetBoolean());
        Assert.Single(await BlobsAsync(s, "austria"));
        await s.Services.Intake.ProcessAsync(blobName);
        Assert.Single(await s.Services.Queries.HistoryAsync(s.Cycle.Id, ContributorId.Parse("austria")));

        // Other bytes are another upload beside the first (uploads are never overwritten), listed newest first.
        var other = await UploadAsync(s, "austria", "Austria.xlsx", PortalScenario.SampleBytes("Cyprus"));
        Assert.Equal(202, other.Status);
        var second = Json(other).GetProperty("blobName").GetString()!;
        Assert.NotEqual(blobName, second);
        Assert.False(Json(other).GetProperty("alreadyReceived").GetBoolean());
        Assert.Equal(2, (await BlobsAsync(s, "austria")).Count);
        var listed = await UploadsAsync(s, "austria");
        Assert.Equal([second, blobName], listed.Select(u => u.GetProperty("blobName").GetString()!).ToArray());
        Assert.Equal(["pending", "accepted-with-warnings"], listed.Select(u => u.GetProperty("status").GetString()!).ToArray());
    }

    [Fact]
    public async Task Too_large_uploads_get_413_and_leave_nothing_behind()
    {
        var s = await PortalScenario.CreateAsync(maxUploadMb: 1);
        var limit = s.Services.IntakeOptions.MaxUploadBytes;

        // Declared too long: refused before the body is read.
        var declared = await UploadAsync(s, "austria", "big.xlsx", new byte[limit + 200 * 1024]);
        Assert.Equal(413, declared.Status);
        Assert.Contains("1 MB", Json(declared).GetProperty("message").GetString());

        // No declared length (chunked): the form reader's limit stops it.
        var chunked = await PortalRequests.SendAsync(PortalRequests.Upload(s.ContributorToken("austria"), "big.xlsx", new byte[limit + 200 * 1024], declareLength: false),
            h => s.Handlers.UploadAsync(h, s.Cycle.Id, RouteIds.Contributor("austria")));
        Assert.Equal(413, chunked.Status);

        // Within the form's slack but over the limit as a file.
        var justOver = await UploadAsync(s, "austria", "big.xlsx", new byte[limit + 1]);
        Assert.Equal(413, justOver.Status);
        Assert.Contains("limited to 1 MB", Json(justOver).GetProperty("message").GetString());

        Assert.Empty(await BlobsAsync(s, "austria"));
    }

    [Fact]
    public async Task An_upload_without_a_file_gets_400()
    {
        var s = await PortalScenario.CreateAsync();

        var noFile = await UploadAsync(s, "austria", null!, null!);
        Assert.Equal(400, noFile.Status);
        Assert.Equal("application/json; charset=utf-8", noFile.ContentType);
        Assert.Contains("No file was received", Json(noFile).GetProperty("message").GetString());

        var empty = await UploadAsync(s, "austria", "empty.xlsx", []);
        Assert.Equal(400, empty.Status);

        var notAForm = PortalRequests.Get(s.ContributorToken("austria"));
        notAForm.Request.Method = "POST";
        notAForm.Request.ContentType = "application/json";
        notAForm.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("{\"file\":\"Austria.xlsx\"}"));
        var json = await PortalRequests.SendAsync(notAForm, h => s.Handlers.UploadAsync(h, s.Cycle.Id, RouteIds.Contributor("austria")));
        Assert.Equal(400, json.Status);
        Assert.Contains("multipart/form-data", Json(json).GetProperty("message").GetString());

        Assert.Empty(await BlobsAsync(s, "austria"));
    }

    [Fact]
    public async Task The_template_download_names_the_contributor_and_the_cycle()
    {
        var s = await PortalScenario.CreateAsync();
        var response = await PortalRequests.SendAsync(PortalRequests.Get(s.ContributorToken("cyprus")), h => s.Handlers.TemplateAsync(h, s.Cycle.Id, RouteIds.Contributor("cyprus")));
        Assert.Equal(200, response.Status);
        Assert.Equal(PortalRequests.XlsxType, response.ContentType);
        Assert.Equal($"attachment; filename=\"cyprus-{s.Cycle.Id}-template.xlsx\"", response.Headers.ContentDisposition.ToString());

        using var workbook = new XLWorkbook(new MemoryStream(response.Body));
        var metadata = workbook.Worksheet(ReturnLayout.MetadataSheetName).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("cyprus", metadata);
        Assert.Contains(s.Cycle.Id, metadata);
    }

    [Fact]
    public async Task A_rejected_upload_shows_its_findings_and_offers_its_feedback_workbook()
    {
        var s = await PortalScenario.CreateAsync();
        var posted = await UploadAsync(s, "germany", "Germany-first-attempt.xlsx", File.ReadAllBytes(PortalScenario.RejectedSamplePath));
        await s.Services.Intake.ProcessAsync(Json(posted).GetProperty("blobName").GetString()!);

        var upload = Assert.Single(await UploadsAsync(s, "germany"));
        Assert.Equal("rejected", upload.GetProperty("status").GetString());
        Assert.False(upload.GetProperty("current").GetBoolean());
        Assert.Contains(upload.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("severity").GetString() == "error" && f.GetProperty("message").GetString()!.Contains("Description of actions and activities"));

        var id = SubmissionIdOf(upload.GetProperty("feedbackUrl").GetString()!);
        var feedback = await PortalRequests.SendAsync(PortalRequests.Get(s.ContributorToken("germany")), h => s.Handlers.FeedbackAsync(h, s.Cycle.Id, RouteIds.Contributor("germany"), RouteIds.Submission(id)));
        Assert.Equal(200, feedback.Status);
        Assert.Equal(PortalRequests.XlsxType, feedback.ContentType);
        Assert.StartsWith("attachment;", feedback.Headers.ContentDisposition.ToString());
        using var workbook = new XLWorkbook(new MemoryStream(feedback.Body));
        Assert.Equal(FeedbackWorkbook.FindingsSheetName, workbook.Worksheet(1).Name);
        Assert.Contains(workbook.Worksheet(1).CellsUsed(), c => c.GetString().Contains("Description of actions and activities"));

        var page = await PortalRequests.SendAsync(PortalRequests.Get(s.ContributorToken("germany")), h => s.Handlers.ContributorPageAsync(h, s.Cycle.Id, RouteIds.Contributor("germany")));
        Assert.Contains("rejected", page.Text);
        Assert.Contains("Description of actions and activities", page.Text);
        Assert.Contains($"/feedback/{id}?t=", page.Text);

        var unknown = await PortalRequests.SendAsync(PortalRequests.Get(s.ContributorToken("germany")), h => s.Handlers.FeedbackAsync(h, s.Cycle.Id, RouteIds.Contributor("germany"), RouteIds.Submission("no-such-submission")));
        Assert.Equal(404, unknown.Status);
    }

    [Fact]
    public async Task The_presidency_sees_every_status_and_downloads_the_latest_annex_and_its_csv()
    {
        var s = await PortalScenario.CreateAsync();
        await s.Services.Intake.ProcessAsync(Json(await UploadAsync(s, "bulgaria", "Bulgaria.xlsx", PortalScenario.SampleBytes("Bulgaria"))).GetProperty("blobName").GetString()!);
        await s.Services.Intake.ProcessAsync(Json(await UploadAsync(s, "germany", "Germany-first-attempt.xlsx", File.ReadAllBytes(PortalScenario.RejectedSamplePath))).GetProperty("blobName").GetString()!);
        var presidency = s.PresidencyToken();

        var status = await PortalRequests.SendAsync(PortalRequests.Get(presidency), h => s.Handlers.StatusAsync(h, s.Cycle.Id));
        Assert.Equal(200, status.Status);
        var states = Json(status).EnumerateArray().ToDictionary(e => e.GetProperty("contributor").GetString()!, e => e.GetProperty("state").GetString()!);
        Assert.Equal(["austria", "bulgaria", "cyprus", "germany", "eurojust"], states.Keys.ToArray());
        Assert.StartsWith("accepted", states["bulgaria"]);
        Assert.Equal("rejected", states["germany"]);
        Assert.Equal("none", states["austria"]);

        var outcome = await s.Services.Annex.CompileAsync(s.Cycle);
        var xlsx = await PortalRequests.SendAsync(PortalRequests.Get(presidency), h => s.Handlers.AnnexAsync(h, s.Cycle.Id));
        Assert.Equal(200, xlsx.Status);
        Assert.Equal(PortalRequests.XlsxType, xlsx.ContentType);
        Assert.Equal($"attachment; filename=\"annex-{s.Cycle.Id}.xlsx\"", xlsx.Headers.ContentDisposition.ToString());
        var latest = (await s.Services.Storage.Container(StorageNames.Containers.Annex).GetBlobClient(AnnexBlobNames.Latest(s.Cycle.Id, AnnexFormat.Xlsx)).DownloadContentAsync()).Value.Content.ToArray();
        Assert.Equal(latest, xlsx.Body);
        using (var workbook = new XLWorkbook(new MemoryStream(xlsx.Body)))
            Assert.Contains(workbook.Worksheet(AnnexWorkbook.AnnexSheet).CellsUsed(), c => c.GetString().StartsWith("bulgaria/", StringComparison.Ordinal));

        var csv = await PortalRequests.SendAsync(PortalRequests.Get(presidency, "format=csv"), h => s.Handlers.AnnexAsync(h, s.Cycle.Id));
        Assert.Equal(200, csv.Status);
        Assert.Equal("text/csv; charset=utf-8", csv.ContentType);
        Assert.StartsWith("\uFEFFcontributor,", csv.Text);
        Assert.Equal(15, csv.Text.Split('\n').Count(line => line.StartsWith("bulgaria,", StringComparison.Ordinal)));

        var pdf = await PortalRequests.SendAsync(PortalRequests.Get(presidency, "format=pdf"), h => s.Handlers.AnnexAsync(h, s.Cycle.Id));
        Assert.Equal(400, pdf.Status);

        var page = await PortalRequests.SendAsync(PortalRequests.Get(presidency), h => s.Presidency.PageAsync(h, s.Cycle.Id));
        Assert.Equal(200, page.Status);
        Assert.Contains("1 of 5", page.Text);
        Assert.Contains("id=\"annex-xlsx\"", page.Text);
        Assert.Contains("format=csv", page.Text);
        // Times are Brussels time, as the deadlines are.
        Assert.Contains(Thb.Cycles.BrusselsTime.ToBrussels(outcome.Version.CompiledAt).ToString("d MMM yyyy, HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " Brussels time", page.Text);
        foreach (var name in new[] { "Austria", "Bulgaria", "Cyprus", "Germany", "Eurojust" }) Assert.Contains(name, page.Text);

        // The Council document is offered beside the workbook, and the annex's world map is drawn on the page (inline SVG).
        Assert.Contains("id=\"annex-docx\"", page.Text);
        Assert.Contains("format=docx", page.Text);
        Assert.Contains("<div class=\"map\" id=\"action-map\"><svg", page.Text);
        Assert.Contains("Bulgaria", page.Text[page.Text.IndexOf("id=\"action-map\"", StringComparison.Ordinal)..]);
        var docx = await PortalRequests.SendAsync(PortalRequests.Get(presidency, "format=docx"), h => s.Handlers.AnnexAsync(h, s.Cycle.Id));
        Assert.Equal(200, docx.Status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.ContentType);
        Assert.Equal("PK", Encoding.ASCII.GetString(docx.Body, 0, 2));
        var svg = await PortalRequests.SendAsync(PortalRequests.Get(presidency, "format=svg"), h => s.Handlers.AnnexAsync(h, s.Cycle.Id));
        Assert.Equal("image/svg+xml; charset=utf-8", svg.ContentType);
        Assert.StartsWith("<svg", svg.Text);
    }

    [Fact]
    public async Task A_contributor_token_sees_only_its_own_uploads_and_feedback()
    {
        var s = await PortalScenario.CreateAsync();
        await s.Services.Intake.ProcessAsync(Json(await UploadAsync(s, "austria", "Austria.xlsx", PortalScenario.SampleBytes("Austria"))).GetProperty("blobName").GetString()!);
        await s.Services.Intake.ProcessAsync(Json(await UploadAsync(s, "bulgaria", "Bulgaria-secret-name.xlsx", PortalScenario.SampleBytes("Bulgaria"))).GetProperty("blobName").GetString()!);
        var austria = s.ContributorToken("austria");

        var own = Assert.Single(await UploadsAsync(s, "austria", austria));
        Assert.StartsWith($"{s.Cycle.Id}/austria/", own.GetProperty("blobName").GetString());
        var page = await PortalRequests.SendAsync(PortalRequests.Get(austria), h => s.Handlers.ContributorPageAsync(h, s.Cycle.Id, RouteIds.Contributor("austria")));
        Assert.Contains("Austria.xlsx", page.Text);
        Assert.DoesNotContain("Bulgaria-secret-name", page.Text);

        // Bulgaria's submission id through Austria's own path: not found, never Bulgaria's workbook.
        var bulgarianId = SubmissionIdOf(Assert.Single(await UploadsAsync(s, "bulgaria")).GetProperty("feedbackUrl").GetString()!);
        var viaOwnPath = await PortalRequests.SendAsync(PortalRequests.Get(austria), h => s.Handlers.FeedbackAsync(h, s.Cycle.Id, RouteIds.Contributor("austria"), RouteIds.Submission(bulgarianId)));
        Assert.Equal(404, viaOwnPath.Status);
        Assert.Equal("text/plain; charset=utf-8", viaOwnPath.ContentType);
        Assert.Equal("Not found", viaOwnPath.Text);

        // …and through Bulgaria's path with Austria's token: the plain 403.
        var viaTheirPath = await PortalRequests.SendAsync(PortalRequests.Get(austria), h => s.Handlers.FeedbackAsync(h, s.Cycle.Id, RouteIds.Contributor("bulgaria"), RouteIds.Submission(bulgarianId)));
        Assert.Equal(403, viaTheirPath.Status);
        var theirList = await PortalRequests.SendAsync(PortalRequests.Get(austria), h => s.Handlers.UploadsAsync(h, s.Cycle.Id, RouteIds.Contributor("bulgaria")));
        Assert.Equal(403, theirList.Status);
        Assert.DoesNotContain("Bulgaria", theirList.Text);
    }

    [Fact]
    public async Task A_presidency_link_opens_the_contributor_pages_of_its_cycle()
    {
        var s = await PortalScenario.CreateAsync();
        var page = await PortalRequests.SendAsync(PortalRequests.Get(s.PresidencyToken()), h => s.Handlers.ContributorPageAsync(h, s.Cycle.Id, RouteIds.Contributor("eurojust")));
        Assert.Equal(200, page.Status);
        Assert.Contains("Eurojust", page.Text);
    }
}

/// <summary>The pages without script (progressive enhancement) and with the serve host's queue of intakes.</summary>
public class PortalWithoutScriptTests
{
    private static DefaultHttpContextFactory Browser => new();

    /// <summary>What a browser sends when it submits the form itself (no script): HTML first.</summary>
    private sealed class DefaultHttpContextFactory
    {
        public Microsoft.AspNetCore.Http.DefaultHttpContext Upload(string token, string? fileName, byte[]? content)
        {
            var http = PortalRequests.Upload(token, fileName, content);
            http.Request.Headers.Accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
            return http;
        }
    }

    [Fact]
    public async Task A_form_submitted_without_script_returns_to_the_page_or_explains_the_problem_on_a_page()
    {
        var s = await PortalScenario.CreateAsync();
        var token = s.ContributorToken("cyprus");
        var posted = await PortalRequests.SendAsync(Browser.Upload(token, "Cyprus.xlsx", PortalScenario.SampleBytes("Cyprus")), h => s.Handlers.UploadAsync(h, s.Cycle.Id, RouteIds.Contributor("cyprus")));
        Assert.Equal(302, posted.Status);
        Assert.Equal($"/api/portal/c/{s.Cycle.Id}/cyprus?t={Uri.EscapeDataString(token)}", posted.Headers.Location.ToString());
        var page = await PortalRequests.SendAsync(PortalRequests.Get(token), h => s.Handlers.ContributorPageAsync(h, s.Cycle.Id, RouteIds.Contributor("cyprus")));
        Assert.Contains("is being checked", page.Text);
        Assert.Contains("Reload this page to see the verdict", page.Text);

        var noFile = await PortalRequests.SendAsync(Browser.Upload(token, null, null), h => s.Handlers.UploadAsync(h, s.Cycle.Id, RouteIds.Contributor("cyprus")));
        Assert.Equal(400, noFile.Status);
        Assert.Equal("text/html; charset=utf-8", noFile.ContentType);
        Assert.Contains("No file was received", noFile.Text);
        Assert.Contains($"href=\"/api/portal/c/{s.Cycle.Id}/cyprus?t=", noFile.Text);
        Assert.Contains("frame-ancestors 'none'", noFile.Headers["Content-Security-Policy"].ToString());
    }

    [Fact]
    public async Task With_the_serve_queue_the_page_tells_waiting_from_being_checked()
    {
        var s = await PortalScenario.CreateAsync();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var queue = new IntakeQueue((_, token) => release.Task.WaitAsync(token), concurrency: 1, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        var views = ActivatorUtilities.CreateInstance<UploadViews>(s.Services.Provider, queue);
        var receiver = ActivatorUtilities.CreateInstance<UploadReceiver>(s.Services.Provider, queue);
        var handlers = ActivatorUtilities.CreateInstance<PortalHandlers>(s.Services.Provider, views, receiver);
        var token = s.ContributorToken("austria");

        var first = await PortalRequests.SendAsync(PortalRequests.Upload(token, "Austria.xlsx", PortalScenario.SampleBytes("Austria")), h => handlers.UploadAsync(h, s.Cycle.Id, RouteIds.Contributor("austria")));
        s.Clock.Now += TimeSpan.FromMinutes(1);
        var second = await PortalRequests.SendAsync(PortalRequests.Upload(token, "Austria-v2.xlsx", PortalScenario.SampleBytes("Cyprus")), h => handlers.UploadAsync(h, s.Cycle.Id, RouteIds.Contributor("austria")));
        Assert.Equal(202, first.Status);
        Assert.Equal(202, second.Status);
        while (queue.StateOf(JsonDocument.Parse(first.Body).RootElement.GetProperty("blobName").GetString()!) != UploadState.Pending) await Task.Yield();

        var listed = await PortalRequests.SendAsync(PortalRequests.Get(token), h => handlers.UploadsAsync(h, s.Cycle.Id, RouteIds.Contributor("austria")));
        var states = JsonDocument.Parse(listed.Body).RootElement.EnumerateArray().ToDictionary(u => u.GetProperty("fileName").GetString()!, u => u.GetProperty("status").GetString()!);
        Assert.Equal("pending", states["Austria.xlsx"]);
        Assert.Equal("waiting", states["Austria-v2.xlsx"]);
        var page = await PortalRequests.SendAsync(PortalRequests.Get(token), h => handlers.ContributorPageAsync(h, s.Cycle.Id, RouteIds.Contributor("austria")));
        Assert.Contains(">waiting to be checked<", page.Text);
        Assert.Contains(">being checked<", page.Text);
        Assert.Contains("Your upload Austria-v2.xlsx is waiting to be checked.", page.Text);
        release.SetResult();
    }
}
