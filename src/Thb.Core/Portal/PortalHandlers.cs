using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Thb.Annex;
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
public sealed class PortalHandlers(
    CycleService cycles,
    SubmissionQueries queries,
    ThbStorage storage,
    TimeProvider clock,
    IOptions<IntakeOptions> intakeOptions,
    PortalTokens tokens,
    PortalContent content,
    UploadReceived? afterUpload = null)
{
    private readonly long _maxUploadBytes = intakeOptions.Value.MaxUploadBytes;

    private static readonly JsonSerializerOptions Json = ReturnJson.Compact;

    // ---- Delegation ------------------------------------------------------------------------------------------------

    public async Task ContributorPageAsync(HttpContext http, string cycleId, string contributorId)
    {
        var (cycle, contributor) = await AuthoriseContributorAsync(http, cycleId, contributorId);
        if (cycle is null || contributor is null) return;
        var paths = Paths(http);
        var uploads = await UploadsOfAsync(cycle, contributor, paths, http.RequestAborted);
        var today = BrusselsTime.DateAt(clock.GetUtcNow());
        await WriteHtmlAsync(http, PortalPages.Contributor(paths, cycle, contributor, uploads, today, _maxUploadBytes));
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
        var limit = _maxUploadBytes;
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
        catch (InvalidDataException) when (http.Request.ContentLength is null)
        {
            // Without a declared length the form reader's limit is what stops an oversized body.
            await WriteJsonAsync(http, StatusCodes.Status413PayloadTooLarge, new { message = $"The file is larger than {limit / 1048576} MB. Remove pictures and unrelated sheets, then upload again." });
            return;
        }
        catch (InvalidDataException)
        {
            // The declared length was within the limit, so the form itself is malformed.
            await WriteJsonAsync(http, StatusCodes.Status400BadRequest, new { message = "The upload could not be read; choose your filled return (.xlsx) and upload it again." });
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

        // A new blob per upload, never overwriting: the intake and the history see every upload. Two uploads of the same
        // name in the same millisecond (a double submit) get a numbered name instead of an error.
        var now = clock.GetUtcNow();
        var fileName = file.FileName.Split('/', '\\')[^1]; // old browsers on Windows send a whole path
        var stamp = $"{cycle.Id}/{contributor.Id}/{now.UtcDateTime:yyyyMMddTHHmmssfffZ}";
        var blobName = $"{stamp}-{SafeFileName(fileName)}";
        for (var attempt = 2; ; attempt++)
        {
            try
            {
                await using var stream = file.OpenReadStream();
                await storage.Container(StorageNames.Containers.Returns).GetBlobClient(blobName).UploadAsync(stream, new BlobUploadOptions
                {
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                    Metadata = IntakeService.UploadMetadata(fileName, now),
                    HttpHeaders = new BlobHttpHeaders { ContentType = XlsxType },
                }, http.RequestAborted);
                break;
            }
            catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.BlobAlreadyExists && attempt <= 20)
            {
                blobName = $"{stamp}-{attempt}-{SafeFileName(fileName)}";
            }
        }
        if (afterUpload is not null) await afterUpload(blobName, CancellationToken.None);
        await WriteJsonAsync(http, StatusCodes.Status202Accepted, new { blobName, fileName, message = "Received; the check runs now." });
    }

    public async Task UploadsAsync(HttpContext http, string cycleId, string contributorId)
    {
        var (cycle, contributor) = await AuthoriseContributorAsync(http, cycleId, contributorId);
        if (cycle is null || contributor is null) return;
        await WriteJsonAsync(http, StatusCodes.Status200OK, await UploadsOfAsync(cycle, contributor, Paths(http), http.RequestAborted));
    }

    public async Task FeedbackAsync(HttpContext http, string cycleId, string contributorId, string submissionId)
    {
        var (cycle, contributor) = await AuthoriseContributorAsync(http, cycleId, contributorId);
        if (cycle is null || contributor is null) return;
        var submission = Identifiers.IsValid(submissionId) ? await queries.SubmissionAsync(cycle.Id, contributor.Id, submissionId, http.RequestAborted) : null;
        if (submission?.FeedbackBlob is null)
        {
            await NotFoundAsync(http);
            return;
        }
        var blob = await storage.Container(StorageNames.Containers.Feedback).GetBlobClient(submission.FeedbackBlob).DownloadContentAsync(http.RequestAborted);
        await WriteFileAsync(http, blob.Value.Content.ToArray(), XlsxType, Path.GetFileName(submission.FeedbackBlob));
    }

    // ---- Presidency ------------------------------------------------------------------------------------------------

    public async Task PresidencyPageAsync(HttpContext http, string cycleId)
    {
        var cycle = await AuthorisePresidencyAsync(http, cycleId);
        if (cycle is null) return;
        var paths = Paths(http);
        var statuses = await queries.StatusAsync(cycle, http.RequestAborted);
        var reminders = await content.RemindersSentAsync(cycle, http.RequestAborted);
        var annex = await content.LatestAnnexAsync(cycle, http.RequestAborted);
        var annexUrl = $"{paths.Base}/p/{Escape(cycle.Id)}/annex{paths.TokenQuery}";
        var links = annex is null ? null : new PortalPages.AnnexLinks(annex.Value.CompiledAt, annexUrl, annexUrl + "&format=csv");
        await WriteHtmlAsync(http, PortalPages.Presidency(paths, cycle, statuses, reminders, links));
    }

    public async Task StatusAsync(HttpContext http, string cycleId)
    {
        var cycle = await AuthorisePresidencyAsync(http, cycleId);
        if (cycle is null) return;
        var statuses = await queries.StatusAsync(cycle, http.RequestAborted);
        var reminders = await content.RemindersSentAsync(cycle, http.RequestAborted);
        await WriteJsonAsync(http, StatusCodes.Status200OK, statuses.Select(s => new
        {
            contributor = s.Contributor.Id,
            name = s.Contributor.Name,
            state = s.State,
            lastUpload = s.Latest?.UploadedAt,
            rows = (s.Current ?? s.Latest)?.Rows,
            remindersSent = reminders.GetValueOrDefault(s.Contributor.Id),
        }));
    }

    public async Task AnnexAsync(HttpContext http, string cycleId)
    {
        var cycle = await AuthorisePresidencyAsync(http, cycleId);
        if (cycle is null) return;
        if (!AnnexFormats.TryParse(http.Request.Query["format"].ToString(), out var format))
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
        await WriteFileAsync(http, file, AnnexFormats.ContentType(format), $"annex-{cycle.Id}{AnnexFormats.Extension(format)}");
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
        tokens.TryValidate(Token(http), clock.GetUtcNow(), out var grant) ? grant : null;

    private async Task<(Cycle? Cycle, Contributor? Contributor)> AuthoriseContributorAsync(HttpContext http, string cycleId, string contributorId)
    {
        var grant = Grant(http);
        if (grant is null || !grant.Allows(cycleId, contributorId, PortalRole.Contributor))
        {
            await ForbiddenAsync(http);
            return (null, null);
        }
        var cycle = await cycles.GetAsync(cycleId, http.RequestAborted);
        var contributor = cycle is null ? null : await cycles.Store.ContributorAsync(cycle.Id, contributorId, http.RequestAborted);
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
        var cycle = await cycles.GetAsync(cycleId, http.RequestAborted);
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

    /// <summary>Every upload of one contributor (newest first): the intake's verdict where recorded, else pending.</summary>
    private async Task<IReadOnlyList<UploadView>> UploadsOfAsync(Cycle cycle, Contributor contributor, PortalPages.Paths paths, CancellationToken cancellationToken)
    {
        var history = await queries.HistoryAsync(cycle.Id, contributor.Id, cancellationToken);
        var record = await cycles.Store.ContributorAsync(cycle.Id, contributor.Id, cancellationToken);
        var byBlob = history.GroupBy(s => s.BlobName).ToDictionary(g => g.Key, g => g.First());
        var attempts = await queries.AttemptsAsync(cycle.Id, contributor.Id, cancellationToken);
        var views = new List<(DateTimeOffset At, UploadView View)>();
        await foreach (var blob in storage.Container(StorageNames.Containers.Returns)
                           .GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, $"{cycle.Id}/{contributor.Id}/", cancellationToken))
        {
            var uploadedAt = blob.Properties.LastModified ?? DateTimeOffset.MinValue;
            if (blob.Metadata.TryGetValue(IntakeService.UploadedAtMetadata, out var stamp) &&
                DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var precise)) uploadedAt = precise;
            var fileName = blob.Metadata.TryGetValue(IntakeService.OriginalFileNameMetadata, out var original) ? Uri.UnescapeDataString(original) : Path.GetFileName(blob.Name);
            if (byBlob.TryGetValue(blob.Name, out var s))
            {
                var feedback = s.FeedbackBlob is null ? null
                    : $"{paths.Base}/c/{Escape(cycle.Id)}/{Escape(contributor.Id)}/feedback/{Escape(s.Id)}{paths.TokenQuery}";
                views.Add((s.UploadedAt, new UploadView(blob.Name, s.FileName, PortalPages.Brussels(s.UploadedAt), UploadStates.Of(s.Status),
                    s.Rows, s.Errors, s.Warnings, (record?.Pointers.CurrentSubmissionId == s.Id || record?.Pointers.CurrentDocumentId == s.Id),
                    s.Findings.Select(f => new FindingView(f.Severity, Where(f), f.Message)).ToList(),
                    feedback)));
            }
            else
            {
                var state = UploadStates.Of(queries.ProgressOf(attempts.GetValueOrDefault(blob.Name), uploadedAt));
                views.Add((uploadedAt, new UploadView(blob.Name, fileName, PortalPages.Brussels(uploadedAt), state, 0, 0, 0, false, [], null)));
            }
        }
        return views.OrderByDescending(v => v.At).ThenByDescending(v => v.View.BlobName, StringComparer.Ordinal).Select(v => v.View).ToList();
    }

    /// <summary>"Return, cell C6" reads better to a delegation than "Return!C6".</summary>
    private static string Where(Thb.Intake.Findings.Finding finding) => (finding.Sheet, finding.Cell) switch
    {
        ({ } sheet, { } cell) => $"{sheet}, cell {cell}",
        _ => finding.Location,
    };

    // ---- Writing ---------------------------------------------------------------------------------------------------

    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The portal's base path (behind any path base) and the token query every link of a page carries.</summary>
    private static PortalPages.Paths Paths(HttpContext http) =>
        new((http.Request.PathBase.Value ?? "") + "/" + PortalOptions.RoutePrefix, "?t=" + Uri.EscapeDataString(Token(http) ?? ""));

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

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    internal static string SafeFileName(string name)
    {
        var clean = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray()).Trim('.');
        if (clean.Length == 0) clean = "return.xlsx";
        return clean.Length > 120 ? clean[^120..] : clean;
    }
}
