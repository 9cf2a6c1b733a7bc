using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Returns;
using Thb.Storage;

namespace Thb.Portal;

/// <summary>
/// The portal's request handlers, written against ASP.NET Core's HttpContext so the HTTP functions and `thb serve`
/// (Kestrel) run exactly the same code. Every request carries a signed link token (?t=); any token problem — missing,
/// forged, expired, another contributor's — gets the same plain 403.
/// </summary>
public sealed class PortalHandlers(ThbServices services, PortalTokens tokens, PortalContent content)
{
    /// <summary>Called after an upload is stored (thb serve runs the intake here; in Azure the blob trigger does).</summary>
    public Func<string, CancellationToken, Task>? AfterUpload { get; init; }

    private static readonly JsonSerializerOptions Json = ReturnJson.Compact;

    // ---- Delegation ------------------------------------------------------------------------------------------------

    public async Task ContributorPageAsync(HttpContext http, string cycleId, string contributorId)
    {
        var (cycle, contributor) = await AuthoriseContributorAsync(http, cycleId, contributorId);
        if (cycle is null || contributor is null) return;
        var token = Token(http)!;
        var uploads = await UploadsOfAsync(cycle, contributor, token, http.RequestAborted);
        var deadline = contributor.DeadlineIn(cycle);
        var today = BrusselsTime.DateAt(services.Clock.GetUtcNow());
        var days = deadline.DayNumber - today.DayNumber;
        var when = days > 1 ? $"{days} days left" : days == 1 ? "1 day left" : days == 0 ? "due today" : $"{-days} day(s) overdue";
        var basePath = $"{Base(http)}/c/{Escape(cycle.Id)}/{Escape(contributor.Id)}";
        var t = "?t=" + Uri.EscapeDataString(token);

        var html = new StringBuilder();
        Head(html, $"{contributor.Name} — {cycle.Title}");
        html.Append("<header><h1>").Append(H(contributor.Name)).Append(": your return</h1><p>")
            .Append(H(cycle.Title)).Append(" · reporting cycle ").Append(H(cycle.Id)).Append("</p></header><main>");
        html.Append("<section aria-labelledby=\"deadline\"><h2 id=\"deadline\">Deadline</h2><p><strong>")
            .Append(H(deadline.ToString("d MMMM yyyy", CultureInfo.InvariantCulture))).Append("</strong> (Brussels time) — ").Append(H(when)).Append(".</p>")
            .Append(cycle.IsOpen ? "" : "<p><strong>This cycle is closed; uploads are no longer taken.</strong></p>").Append("</section>");
        html.Append("<section aria-labelledby=\"step1\"><h2 id=\"step1\">1. Download your template</h2>")
            .Append("<p>The template already names your delegation and the cycle. Fill in one action per row on the <em>Return</em> sheet.</p>")
            .Append("<p><a class=\"button secondary\" id=\"template-link\" href=\"").Append(H(basePath + "/template" + t)).Append("\">Download the template (.xlsx)</a></p></section>");
        html.Append("<section aria-labelledby=\"step2\"><h2 id=\"step2\">2. Upload your filled return</h2>")
            .Append("<form id=\"upload-form\" method=\"post\" enctype=\"multipart/form-data\" action=\"").Append(H(basePath + "/uploads" + t))
            .Append("\" data-uploads-url=\"").Append(H(basePath + "/uploads" + t)).Append("\">")
            .Append("<label for=\"file\">Your return (.xlsx, at most ").Append(services.IntakeOptions.MaxUploadBytes / 1048576).Append(" MB)</label>")
            .Append("<input id=\"file\" name=\"file\" type=\"file\" accept=\".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\" aria-describedby=\"file-hint\" required>")
            .Append("<p id=\"file-hint\" class=\"hint\">You can upload as often as you like before the deadline; your latest accepted upload is the one that counts.</p>")
            .Append("<button id=\"upload-button\" type=\"submit\">Upload and check</button>")
            .Append("<div><label for=\"upload-progress\">Upload progress</label><progress id=\"upload-progress\" max=\"100\" value=\"0\">0%</progress></div>")
            .Append("<div id=\"status\" class=\"status\" role=\"status\" aria-live=\"polite\" aria-atomic=\"true\"></div></form></section>");
        html.Append("<section aria-labelledby=\"step3\"><h2 id=\"step3\">3. Your uploads and their verdicts</h2><div id=\"uploads\">");
        AppendUploads(html, uploads);
        html.Append("</div></section></main>");
        html.Append("<script src=\"").Append(H($"{Base(http)}/assets/portal.js")).Append("\"></script></body></html>");
        await WriteHtmlAsync(http, html.ToString());
    }

    public async Task TemplateAsync(HttpContext http, string cycleId, string contributorId)
    {
        var (cycle, contributor) = await AuthoriseContributorAsync(http, cycleId, contributorId);
        if (cycle is null || contributor is null) return;
        var bytes = await content.TemplateAsync(cycle, contributor, http.RequestAborted);
        await WriteFileAsync(http, bytes, XlsxType, $"{contributor.Id}-{cycle.Id}-template.xlsx");
    }

    public async Task UploadAsync(HttpContext http, string cycleId, string contributorId)
    {
        var (cycle, contributor) = await AuthoriseContributorAsync(http, cycleId, contributorId);
        if (cycle is null || contributor is null) return;
        var limit = services.IntakeOptions.MaxUploadBytes;
        if (http.Request.ContentLength is > 0 and var length && length > limit + 64 * 1024)
        {
            await WriteJsonAsync(http, StatusCodes.Status413PayloadTooLarge, new { message = $"The file is larger than {limit / 1048576} MB. Remove pictures and unrelated sheets, then upload again." });
            return;
        }
        if (!http.Request.HasFormContentType)
        {
            await WriteJsonAsync(http, StatusCodes.Status400BadRequest, new { message = "Send the workbook as multipart/form-data in a field named 'file'." });
            return;
        }
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit + 64 * 1024 }, http.RequestAborted);
        }
        catch (InvalidDataException)
        {
            await WriteJsonAsync(http, StatusCodes.Status413PayloadTooLarge, new { message = $"The file is larger than {limit / 1048576} MB." });
            return;
        }
        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null || file.Length == 0)
        {
            await WriteJsonAsync(http, StatusCodes.Status400BadRequest, new { message = "No file was received: choose your filled return (.xlsx) and upload it." });
            return;
        }
        if (file.Length > limit)
        {
            await WriteJsonAsync(http, StatusCodes.Status413PayloadTooLarge, new { message = $"The file is {file.Length / 1048576.0:0.#} MB; returns are limited to {limit / 1048576} MB." });
            return;
        }

        // A new blob per upload, never overwriting: the intake and the history see every upload.
        var now = services.Clock.GetUtcNow();
        var fileName = Path.GetFileName(file.FileName);
        var blobName = $"{cycle.Id}/{contributor.Id}/{now.UtcDateTime:yyyyMMddTHHmmssfffZ}-{SafeFileName(fileName)}";
        await using (var stream = file.OpenReadStream())
        {
            await services.Storage.Container(StorageNames.Containers.Returns).GetBlobClient(blobName).UploadAsync(stream, new BlobUploadOptions
            {
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                Metadata = IntakeService.UploadMetadata(fileName, now),
                HttpHeaders = new BlobHttpHeaders { ContentType = XlsxType },
            }, http.RequestAborted);
        }
        if (AfterUpload is not null) await AfterUpload(blobName, CancellationToken.None);
        await WriteJsonAsync(http, StatusCodes.Status202Accepted, new { blobName, fileName, message = "Received; the check runs now." });
    }

    public async Task UploadsAsync(HttpContext http, string cycleId, string contributorId)
    {
        var (cycle, contributor) = await AuthoriseContributorAsync(http, cycleId, contributorId);
        if (cycle is null || contributor is null) return;
        await WriteJsonAsync(http, StatusCodes.Status200OK, await UploadsOfAsync(cycle, contributor, Token(http)!, http.RequestAborted));
    }

    public async Task FeedbackAsync(HttpContext http, string cycleId, string contributorId, string submissionId)
    {
        var (cycle, contributor) = await AuthoriseContributorAsync(http, cycleId, contributorId);
        if (cycle is null || contributor is null) return;
        var submission = Identifiers.IsValid(submissionId) ? await services.Submissions.GetAsync(cycle.Id, contributor.Id, submissionId, http.RequestAborted) : null;
        if (submission?.FeedbackBlob is null)
        {
            await NotFoundAsync(http);
            return;
        }
        var blob = await services.Storage.Container(StorageNames.Containers.Feedback).GetBlobClient(submission.FeedbackBlob).DownloadContentAsync(http.RequestAborted);
        await WriteFileAsync(http, blob.Value.Content.ToArray(), XlsxType, Path.GetFileName(submission.FeedbackBlob));
    }

    // ---- Presidency ------------------------------------------------------------------------------------------------

    public async Task PresidencyPageAsync(HttpContext http, string cycleId)
    {
        var cycle = await AuthorisePresidencyAsync(http, cycleId);
        if (cycle is null) return;
        var t = "?t=" + Uri.EscapeDataString(Token(http)!);
        var statuses = await services.Queries.StatusAsync(cycle, http.RequestAborted);
        var reminders = await content.RemindersSentAsync(cycle, http.RequestAborted);
        var annex = await content.LatestAnnexAsync(cycle, http.RequestAborted);
        var accepted = statuses.Count(s => s.HasAccepted);

        var html = new StringBuilder();
        Head(html, $"{cycle.Title} — Presidency");
        html.Append("<header><h1>").Append(H(cycle.Title)).Append("</h1><p>Reporting cycle ").Append(H(cycle.Id)).Append(" · deadline ")
            .Append(H(cycle.Deadline.ToString("d MMMM yyyy", CultureInfo.InvariantCulture))).Append(" (Brussels) · ").Append(cycle.IsOpen ? "open" : "closed").Append("</p></header><main>");
        html.Append("<section aria-labelledby=\"annex\"><h2 id=\"annex\">Consolidated annex</h2>");
        if (annex is null)
            html.Append("<p>No annex has been compiled yet; it is compiled automatically once returns arrive.</p>");
        else
            html.Append("<p>Compiled ").Append(H(annex.Value.CompiledAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))).Append(" UTC.</p>")
                .Append("<p><a class=\"button\" id=\"annex-xlsx\" href=\"").Append(H($"{Base(http)}/p/{Escape(cycle.Id)}/annex{t}")).Append("\">Download the annex (.xlsx)</a> ")
                .Append("<a class=\"button secondary\" id=\"annex-csv\" href=\"").Append(H($"{Base(http)}/p/{Escape(cycle.Id)}/annex{t}&format=csv")).Append("\">Download all rows (.csv)</a></p>");
        html.Append("</section>");
        html.Append("<section aria-labelledby=\"who\"><h2 id=\"who\">Who has submitted</h2><p>").Append(accepted).Append(" of ").Append(statuses.Count)
            .Append(" contributors have an accepted return.</p><table><thead><tr><th scope=\"col\">Contributor</th><th scope=\"col\">Status</th><th scope=\"col\">Last upload (UTC)</th>")
            .Append("<th scope=\"col\">Rows</th><th scope=\"col\">Errors / warnings</th><th scope=\"col\">Reminders sent</th></tr></thead><tbody>");
        foreach (var s in statuses)
        {
            var shown = s.Current ?? s.Latest;
            var state = ContributorStatus.ToText(s.State);
            html.Append("<tr><td data-label=\"Contributor\">").Append(H(s.Contributor.Name)).Append("</td>")
                .Append("<td data-label=\"Status\"><span class=\"verdict ").Append(H(state)).Append("\">").Append(H(state.Replace('-', ' '))).Append("</span>")
                .Append(s.LatestRejectedButCurrentKept ? "<div class=\"hint\">latest upload rejected; earlier accepted return kept</div>" : "")
                .Append(shown?.Late == true ? "<div class=\"hint\">late</div>" : "").Append("</td>")
                .Append("<td data-label=\"Last upload\">").Append(H(s.Latest?.UploadedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "—")).Append("</td>")
                .Append("<td data-label=\"Rows\">").Append(shown?.Rows.ToString(CultureInfo.InvariantCulture) ?? "—").Append("</td>")
                .Append("<td data-label=\"Errors / warnings\">").Append(shown is null ? "—" : $"{shown.Errors} / {shown.Warnings}").Append("</td>")
                .Append("<td data-label=\"Reminders sent\">").Append(reminders.GetValueOrDefault(s.Contributor.Id).ToString(CultureInfo.InvariantCulture)).Append("</td></tr>");
        }
        html.Append("</tbody></table></section></main></body></html>");
        await WriteHtmlAsync(http, html.ToString());
    }

    public async Task StatusAsync(HttpContext http, string cycleId)
    {
        var cycle = await AuthorisePresidencyAsync(http, cycleId);
        if (cycle is null) return;
        var statuses = await services.Queries.StatusAsync(cycle, http.RequestAborted);
        var reminders = await content.RemindersSentAsync(cycle, http.RequestAborted);
        await WriteJsonAsync(http, StatusCodes.Status200OK, statuses.Select(s => new
        {
            contributor = s.Contributor.Id,
            name = s.Contributor.Name,
            state = ContributorStatus.ToText(s.State),
            lastUpload = s.Latest?.UploadedAt,
            rows = (s.Current ?? s.Latest)?.Rows,
            remindersSent = reminders.GetValueOrDefault(s.Contributor.Id),
        }));
    }

    public async Task AnnexAsync(HttpContext http, string cycleId)
    {
        var cycle = await AuthorisePresidencyAsync(http, cycleId);
        if (cycle is null) return;
        var format = http.Request.Query["format"].ToString() is { Length: > 0 } f ? f.ToLowerInvariant() : "xlsx";
        if (format is not ("xlsx" or "csv" or "json"))
        {
            await WriteJsonAsync(http, StatusCodes.Status400BadRequest, new { message = "format is xlsx, csv or json." });
            return;
        }
        var file = await content.AnnexFileAsync(cycle, format, http.RequestAborted);
        if (file is null)
        {
            await NotFoundAsync(http);
            return;
        }
        var type = format switch { "csv" => "text/csv; charset=utf-8", "json" => "application/json", _ => XlsxType };
        await WriteFileAsync(http, file, type, $"annex-{cycle.Id}.{format}");
    }

    // ---- Assets ----------------------------------------------------------------------------------------------------

    public static async Task AssetAsync(HttpContext http, string name)
    {
        var (bytes, type) = name switch
        {
            "portal.css" => (PortalAssets.Read("portal.css"), "text/css; charset=utf-8"),
            "portal.js" => (PortalAssets.Read("portal.js"), "text/javascript; charset=utf-8"),
            _ => (null, null),
        };
        if (bytes is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        http.Response.ContentType = type;
        http.Response.Headers.CacheControl = "public, max-age=3600";
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }

    // ---- Authorisation ---------------------------------------------------------------------------------------------

    private static string? Token(HttpContext http) => http.Request.Query["t"].ToString() is { Length: > 0 } t ? t : null;

    private PortalGrant? Grant(HttpContext http) =>
        tokens.TryValidate(Token(http), services.Clock.GetUtcNow(), out var grant) ? grant : null;

    private async Task<(Cycle? Cycle, Contributor? Contributor)> AuthoriseContributorAsync(HttpContext http, string cycleId, string contributorId)
    {
        var grant = Grant(http);
        if (grant is null || !grant.Allows(cycleId, contributorId, PortalRole.Contributor))
        {
            await ForbiddenAsync(http);
            return (null, null);
        }
        var cycle = await services.Cycles.GetAsync(cycleId, http.RequestAborted);
        var contributor = cycle is null ? null : await services.CycleStore.ContributorAsync(cycle.Id, contributorId, http.RequestAborted);
        if (cycle is null || contributor is null)
        {
            await NotFoundAsync(http);
            return (null, null);
        }
        return (cycle, contributor.Contributor);
    }

    private async Task<Cycle?> AuthorisePresidencyAsync(HttpContext http, string cycleId)
    {
        var grant = Grant(http);
        if (grant is null || grant.Role != PortalRole.Presidency || !grant.Allows(cycleId, null, PortalRole.Presidency))
        {
            await ForbiddenAsync(http);
            return null;
        }
        var cycle = await services.Cycles.GetAsync(cycleId, http.RequestAborted);
        if (cycle is null) await NotFoundAsync(http);
        return cycle;
    }

    /// <summary>The same plain answer for every token failure: nothing to learn from it.</summary>
    public static Task ForbiddenAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status403Forbidden;
        http.Response.ContentType = "text/plain; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        return http.Response.WriteAsync("Forbidden", http.RequestAborted);
    }

    private static Task NotFoundAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync("Not found", http.RequestAborted);
    }

    // ---- Uploads view ----------------------------------------------------------------------------------------------

    /// <summary>One upload as the delegation sees it: pending until the intake records its verdict.</summary>
    public sealed record UploadView(string BlobName, string FileName, string UploadedAt, string Status, int Rows, int Errors, int Warnings, bool Current,
        IReadOnlyList<FindingView> Findings, string? FeedbackUrl);

    public sealed record FindingView(string Severity, string Where, string Message);

    private async Task<IReadOnlyList<UploadView>> UploadsOfAsync(Cycle cycle, Contributor contributor, string token, CancellationToken cancellationToken)
    {
        var history = await services.Queries.HistoryAsync(cycle.Id, contributor.Id, cancellationToken);
        var record = await services.CycleStore.ContributorAsync(cycle.Id, contributor.Id, cancellationToken);
        var byBlob = history.GroupBy(s => s.BlobName).ToDictionary(g => g.Key, g => g.First());
        var views = new List<UploadView>();
        await foreach (var blob in services.Storage.Container(StorageNames.Containers.Returns)
                           .GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, $"{cycle.Id}/{contributor.Id}/", cancellationToken))
        {
            var uploadedAt = blob.Properties.LastModified ?? DateTimeOffset.MinValue;
            if (blob.Metadata.TryGetValue(IntakeService.UploadedAtMetadata, out var stamp) &&
                DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var precise)) uploadedAt = precise;
            var fileName = blob.Metadata.TryGetValue(IntakeService.OriginalFileNameMetadata, out var original) ? Uri.UnescapeDataString(original) : Path.GetFileName(blob.Name);
            if (byBlob.TryGetValue(blob.Name, out var s))
            {
                var feedback = s.FeedbackBlob is null ? null
                    : $"{PortalOptions.RoutePrefix}/c/{Escape(cycle.Id)}/{Escape(contributor.Id)}/feedback/{s.Id}?t={Uri.EscapeDataString(token)}";
                views.Add(new UploadView(blob.Name, s.FileName, s.UploadedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    ReturnStatuses.ToJson(s.Status), s.Rows, s.Errors, s.Warnings, record?.Pointers.CurrentSubmissionId == s.Id,
                    s.Findings.Select(f => new FindingView(Thb.Intake.Findings.FindingSeverities.ToJson(f.Severity), f.Location, f.Message)).ToList(),
                    feedback is null ? null : "/" + feedback));
            }
            else
            {
                views.Add(new UploadView(blob.Name, fileName, uploadedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    "pending", 0, 0, 0, false, [], null));
            }
        }
        return views.OrderByDescending(v => v.UploadedAt, StringComparer.Ordinal).ThenByDescending(v => v.BlobName, StringComparer.Ordinal).ToList();
    }

    private static void AppendUploads(StringBuilder html, IReadOnlyList<UploadView> uploads)
    {
        if (uploads.Count == 0)
        {
            html.Append("<p class=\"hint\">No uploads yet.</p>");
            return;
        }
        html.Append("<table><thead><tr><th scope=\"col\">File</th><th scope=\"col\">Uploaded (UTC)</th><th scope=\"col\">Verdict</th><th scope=\"col\">Feedback</th></tr></thead><tbody>");
        foreach (var u in uploads)
        {
            html.Append("<tr><td data-label=\"File\">").Append(H(u.FileName)).Append(u.Current ? " <strong>(current)</strong>" : "").Append("</td>")
                .Append("<td data-label=\"Uploaded\">").Append(H(u.UploadedAt)).Append("</td>")
                .Append("<td data-label=\"Verdict\"><span class=\"verdict ").Append(H(u.Status)).Append("\">").Append(H(u.Status == "pending" ? "being checked" : u.Status.Replace('-', ' '))).Append("</span>");
            if (u.Status != "pending")
                html.Append("<div class=\"hint\">").Append(u.Rows).Append(" row(s), ").Append(u.Errors).Append(" error(s), ").Append(u.Warnings).Append(" warning(s)</div>");
            if (u.Findings.Count > 0)
            {
                html.Append("<details><summary>").Append(u.Findings.Count).Append(" finding(s)</summary><ul class=\"findings\">");
                foreach (var f in u.Findings)
                    html.Append("<li><span class=\"sev-").Append(H(f.Severity)).Append("\">").Append(H(f.Severity)).Append("</span> ")
                        .Append(f.Where.Length > 0 ? "<strong>" + H(f.Where) + "</strong>: " : "").Append(H(f.Message)).Append("</li>");
                html.Append("</ul></details>");
            }
            html.Append("</td><td data-label=\"Feedback\">");
            if (u.FeedbackUrl is not null) html.Append("<a href=\"").Append(H(u.FeedbackUrl)).Append("\">Download the marked-up workbook</a>");
            html.Append("</td></tr>");
        }
        html.Append("</tbody></table>");
    }

    // ---- Writing ---------------------------------------------------------------------------------------------------

    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static string Base(HttpContext http) => (http.Request.PathBase.Value ?? "") + "/" + PortalOptions.RoutePrefix;

    private void Head(StringBuilder html, string title) =>
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(H(title)).Append("</title><link rel=\"stylesheet\" href=\"/").Append(PortalOptions.RoutePrefix).Append("/assets/portal.css\"></head><body>");

    private static async Task WriteHtmlAsync(HttpContext http, string html)
    {
        SecureHeaders(http);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(html, http.RequestAborted);
    }

    private static async Task WriteJsonAsync(HttpContext http, int status, object value)
    {
        SecureHeaders(http);
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(JsonSerializer.Serialize(value, Json), http.RequestAborted);
    }

    private static async Task WriteFileAsync(HttpContext http, byte[] bytes, string type, string fileName)
    {
        SecureHeaders(http);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = type;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{SafeFileName(fileName)}\"";
        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }

    /// <summary>No caching of personal pages, no referrer (links carry tokens), scripts only from this app.</summary>
    private static void SecureHeaders(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Content-Type-Options"] = "nosniff";
        headers["X-Frame-Options"] = "DENY";
        headers["Content-Security-Policy"] = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    }

    private static string H(string text) => HtmlEncoder.Default.Encode(text);

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    internal static string SafeFileName(string name)
    {
        var clean = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray()).Trim('.');
        if (clean.Length == 0) clean = "return.xlsx";
        return clean.Length > 120 ? clean[^120..] : clean;
    }
}

/// <summary>What the portal needs from the other capabilities: templates, the latest annex, reminders sent.</summary>
public sealed class PortalContent(
    Func<Cycle, Contributor, CancellationToken, Task<byte[]>> template,
    Func<Cycle, CancellationToken, Task<(DateTimeOffset CompiledAt, string Blob)?>> latestAnnex,
    Func<Cycle, string, CancellationToken, Task<byte[]?>> annexFile,
    Func<Cycle, CancellationToken, Task<IReadOnlyDictionary<string, int>>> remindersSent)
{
    public Task<byte[]> TemplateAsync(Cycle cycle, Contributor contributor, CancellationToken cancellationToken) => template(cycle, contributor, cancellationToken);
    public Task<(DateTimeOffset CompiledAt, string Blob)?> LatestAnnexAsync(Cycle cycle, CancellationToken cancellationToken) => latestAnnex(cycle, cancellationToken);
    public Task<byte[]?> AnnexFileAsync(Cycle cycle, string format, CancellationToken cancellationToken) => annexFile(cycle, format, cancellationToken);
    public Task<IReadOnlyDictionary<string, int>> RemindersSentAsync(Cycle cycle, CancellationToken cancellationToken) => remindersSent(cycle, cancellationToken);
}

internal static class PortalAssets
{
    public static byte[] Read(string name)
    {
        using var stream = typeof(PortalAssets).Assembly.GetManifestResourceStream("Thb.Portal.Assets." + name)
                           ?? throw new FileNotFoundException(name);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}

public static class PortalContentFactory
{
    /// <summary>The portal's view of the other capabilities: templates, the latest annex, the reminder outbox.</summary>
    public static PortalContent For(ThbServices services) => new(
        async (cycle, contributor, ct) => (await services.Templates.CreateAsync(cycle.Id, contributor.Id, cancellationToken: ct)).Content,
        async (cycle, ct) => await services.Annex.Versions.LatestAsync(cycle.Id, ct) is { } latest
            ? (latest.CompiledAt, Thb.Annex.AnnexBlobNames.Latest(cycle.Id, Thb.Annex.AnnexFormat.Xlsx))
            : null,
        async (cycle, format, ct) =>
        {
            var which = format switch { "csv" => Thb.Annex.AnnexFormat.Csv, "json" => Thb.Annex.AnnexFormat.Json, _ => Thb.Annex.AnnexFormat.Xlsx };
            await using var download = await services.Annex.OpenLatestAsync(cycle.Id, which, ct);
            if (download is null) return null;
            using var memory = new MemoryStream();
            await download.Content.CopyToAsync(memory, ct);
            return memory.ToArray();
        },
        async (cycle, ct) => (await services.Reminders.Outbox.ForCycleAsync(cycle.Id, ct))
            .Where(e => e.Type == Thb.Reminders.OutboxEntryType.Reminder && e.State == Thb.Reminders.OutboxState.Sent && e.ContributorId is not null)
            .GroupBy(e => e.ContributorId!)
            .ToDictionary(g => g.Key, g => g.Count()));
}
