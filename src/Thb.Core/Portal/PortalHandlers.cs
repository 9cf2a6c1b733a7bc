using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Thb.Annex;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Returns;
using Thb.Localisation;
using Thb.Portal.Pages;
using Thb.Review;
using Thb.Storage;

namespace Thb.Portal;

/// <summary>
/// The portal's request handlers, returning typed results that the HTTP functions and `thb serve` (Kestrel) execute
/// alike. Every request carries a signed link token (?t=); any token problem — missing, forged, expired, another
/// contributor's — gets the same plain 403. Route values arrive as ids (<see cref="RouteIds"/>); null where the text
/// spelled none, which no grant allows.
/// </summary>
public sealed class PortalHandlers(
    CycleService cycles,
    SubmissionQueries queries,
    ThbStorage storage,
    TimeProvider clock,
    IOptions<IntakeOptions> intakeOptions,
    PortalTokens tokens,
    PortalContent content,
    UploadViews uploads,
    PortalRenderer renderer,
    UploadReceiver receiver,
    ReviewService reviews,
    RowStore rows,
    ILogger<PortalHandlers>? logger = null)
{
    private readonly long _maxUploadBytes = intakeOptions.Value.MaxUploadBytes;
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    // ---- Delegation ------------------------------------------------------------------------------------------------

    public async Task<Results<HtmlPage, ContentHttpResult>> ContributorPageAsync(HttpContext http, CycleId? cycleId, ContributorId? contributorId)
    {
        var access = await AuthoriseContributorAsync(http, cycleId, contributorId);
        if (access.Refusal is { } refusal) return refusal;
        var (cycle, contributor, paths) = (access.Cycle!, access.Contributor!, Paths(http));
        var language = PortalLanguage.Of(http, contributor);
        var list = await uploads.OfAsync(cycle, contributor, paths, language, http.RequestAborted);
        var review = await reviews.ShowAsync(cycle.Id, contributor.Id, http.RequestAborted);
        var pointed = await PointedRowsAsync(review, http.RequestAborted);
        var model = new ContributorPageModel(paths, cycle, contributor, list, BrusselsTime.DateAt(clock.GetUtcNow()), _maxUploadBytes,
            language, review, pointed, http.Request.Query.ContainsKey("replied"));
        return new HtmlPage(await renderer.RenderAsync<ContributorPage>(model));
    }

    public async Task<Results<FileDownload, ContentHttpResult>> TemplateAsync(HttpContext http, CycleId? cycleId, ContributorId? contributorId)
    {
        var access = await AuthoriseContributorAsync(http, cycleId, contributorId);
        if (access.Refusal is { } refusal) return refusal;
        var bytes = await content.TemplateAsync(access.Cycle!, access.Contributor!, http.RequestAborted);
        return new FileDownload(new MemoryStream(bytes, writable: false), XlsxType, $"{access.Contributor!.Id}-{access.Cycle!.Id}-template.xlsx", bytes.Length);
    }

    public async Task<Results<JsonHttpResult<UploadAnswer>, JsonHttpResult<PortalMessage>, RedirectHttpResult, HtmlPage, ContentHttpResult>> UploadAsync(
        HttpContext http, CycleId? cycleId, ContributorId? contributorId)
    {
        var access = await AuthoriseContributorAsync(http, cycleId, contributorId);
        if (access.Refusal is { } refusal) return refusal;
        var (cycle, contributor) = (access.Cycle!, access.Contributor!);
        var language = PortalLanguage.Of(http, contributor);
        var received = await receiver.ReadAsync(http, _maxUploadBytes, language);
        if (received.Problem is { } problem)
        {
            _logger.LogWarning("Upload for {Cycle}/{Contributor} refused ({Status}): {Reason}", cycle.Id, contributor.Id, problem.Status, problem.Message);
            return WantsPage(http)
                ? new HtmlPage(await renderer.RenderAsync<ProblemPage>(new ProblemPageModel(Paths(http), cycle, contributor, problem.Message, language)), problem.Status)
                : Message(problem.Status, problem.Message);
        }
        var stored = await receiver.StoreAsync(received.File!, received.FileName!, cycle, contributor, http.RequestAborted, language);
        if (WantsPage(http)) return TypedResults.Redirect(Paths(http).ContributorPage(cycle.Id, contributor.Id));
        return TypedResults.Json(stored, ReturnJson.Compact, JsonType, StatusCodes.Status202Accepted);
    }

    public async Task<Results<JsonHttpResult<IReadOnlyList<UploadView>>, ContentHttpResult>> UploadsAsync(HttpContext http, CycleId? cycleId, ContributorId? contributorId)
    {
        var access = await AuthoriseContributorAsync(http, cycleId, contributorId);
        if (access.Refusal is { } refusal) return refusal;
        var list = await uploads.OfAsync(access.Cycle!, access.Contributor!, Paths(http), PortalLanguage.Of(http, access.Contributor!), http.RequestAborted);
        return TypedResults.Json(list, ReturnJson.Compact, JsonType);
    }

    public async Task<Results<FileDownload, ContentHttpResult>> FeedbackAsync(HttpContext http, CycleId? cycleId, ContributorId? contributorId, SubmissionId? submissionId)
    {
        var access = await AuthoriseContributorAsync(http, cycleId, contributorId);
        if (access.Refusal is { } refusal) return refusal;
        var submission = submissionId is { } id ? await queries.SubmissionAsync(access.Cycle!.Id, access.Contributor!.Id, id, http.RequestAborted) : null;
        if (submission?.FeedbackBlob is not { } name) return NotFound();
        var blob = await storage.Container(StorageNames.Containers.Feedback).GetBlobClient(name).DownloadStreamingAsync(cancellationToken: http.RequestAborted);
        return new FileDownload(blob.Value.Content, XlsxType, Path.GetFileName(name), blob.Value.Details.ContentLength);
    }

    // ---- Delegation: its reply to the Presidency's review (issue 16) ------------------------------------------------

    /// <summary>
    /// A reply posted from the delegation's page (a plain form, no script needed; the signed token in the form's action
    /// is its authority, as for uploads): stored on the thread, then redirected back to the page as an upload without
    /// script is, or a page saying what to do in the page's language.
    /// </summary>
    public async Task<Results<RedirectHttpResult, HtmlPage, ContentHttpResult>> ReplyAsync(HttpContext http, CycleId? cycleId, ContributorId? contributorId)
    {
        var access = await AuthoriseContributorAsync(http, cycleId, contributorId);
        if (access.Refusal is { } refusal) return refusal;
        var (cycle, contributor) = (access.Cycle!, access.Contributor!);
        var texts = ContributorTexts.In(PortalLanguage.Of(http, contributor));
        var form = http.Request.HasFormContentType && http.Request.ContentLength is null or <= MaxReplyBody
            ? await http.Request.ReadFormAsync(new FormOptions { ValueLengthLimit = (int)MaxReplyBody, MultipartBodyLengthLimit = MaxReplyBody }, http.RequestAborted)
            : null;
        var comment = form?["comment"].ToString().Trim() ?? "";
        var problem = form is null || comment.Length > ReviewService.MaxReplyLength ? texts.Format("Reply.TooLong", ReviewService.MaxReplyLength)
            : comment.Length == 0 ? texts["Reply.Empty"] : null;
        var outcome = problem is null ? await reviews.ReplyAsync(contributor, cycle.Id, comment, form!["name"].ToString(), http.RequestAborted) : null;
        if (problem is not null || outcome is { Done: false })
        {
            var model = new ProblemPageModel(Paths(http), cycle, contributor, problem ?? outcome!.Refusal!, texts.Language, "ReplyProblemTitle");
            return new HtmlPage(await renderer.RenderAsync<ProblemPage>(model), StatusCodes.Status400BadRequest);
        }
        _logger.LogInformation("Reply from {Contributor} on its review of cycle {Cycle}", contributor.Id, cycle.Id);
        return TypedResults.Redirect(Paths(http).ContributorPage(cycle.Id, contributor.Id) + "&replied=1#review");
    }

    /// <summary>A reply's form: the comment, a name and the form's own overhead, well under the upload limit.</summary>
    private const long MaxReplyBody = 64 * 1024;

    /// <summary>The text of each row a correction request points at, from the current return (by sheet row).</summary>
    private async Task<IReadOnlyDictionary<int, string>?> PointedRowsAsync(ReviewThread? review, CancellationToken cancellationToken)
    {
        if (review?.Review is not { State: ReviewState.CorrectionRequested, Decision: { Cells.Count: > 0 } } current) return null;
        var submission = await queries.SubmissionAsync(review.CycleId, review.ContributorId, current.SubmissionId, cancellationToken);
        if (submission is null) return null;
        var read = await rows.ReadAsync(submission, cancellationToken);
        return read.GroupBy(r => r.Row).ToDictionary(g => g.Key, g => RowText(g.First()));
    }

    /// <summary>"Kenya · Training · Workshops for judges": the row as the delegation wrote it.</summary>
    private static string RowText(ReturnRow row) =>
        string.Join(" · ", new[] { row.CountryRegion.Raw, row.Form.Raw, row.Description.Raw }.Where(t => !string.IsNullOrWhiteSpace(t)));

    // ---- Presidency ------------------------------------------------------------------------------------------------

    // The Presidency's page is its workspace: PresidencyHandlers.

    public async Task<Results<JsonHttpResult<IEnumerable<ContributorStatusAnswer>>, ContentHttpResult>> StatusAsync(HttpContext http, CycleId? cycleId)
    {
        var (cycle, refusal) = await AuthorisePresidencyAsync(http, cycleId);
        if (refusal is not null) return refusal;
        var statuses = await queries.StatusAsync(cycle!, http.RequestAborted);
        var reminders = await content.RemindersSentAsync(cycle!, http.RequestAborted);
        return TypedResults.Json(statuses.Select(s => ContributorStatusAnswer.Of(s, reminders.GetValueOrDefault(s.Contributor.Id))), ReturnJson.Compact, JsonType);
    }

    public async Task<Results<FileDownload, JsonHttpResult<PortalMessage>, ContentHttpResult>> AnnexAsync(HttpContext http, CycleId? cycleId)
    {
        var (cycle, refusal) = await AuthorisePresidencyAsync(http, cycleId);
        if (refusal is not null) return refusal;
        if (!AnnexFormats.TryParse(http.Request.Query["format"].ToString(), out var format)) return Message(StatusCodes.Status400BadRequest, "format is xlsx, csv, json, docx or svg.");
        var download = await content.OpenAnnexAsync(cycle!, format, http.RequestAborted);
        if (download is null) return NotFound();
        return new FileDownload(download.Content, AnnexFormats.ContentType(format), $"annex-{cycle!.Id}{AnnexFormats.Extension(format)}", download.Length);
    }

    // ---- Assets ----------------------------------------------------------------------------------------------------

    public static Results<AssetFile, ContentHttpResult> Asset(string name) => name switch
    {
        "portal.css" => new AssetFile(PortalAssets.Read("portal.css"), "text/css; charset=utf-8"),
        "portal.js" => new AssetFile(PortalAssets.Read("portal.js"), "text/javascript; charset=utf-8"),
        _ => NotFound(),
    };

    // ---- Authorisation ---------------------------------------------------------------------------------------------

    private sealed record ContributorAccess(Cycle? Cycle, Contributor? Contributor, ContentHttpResult? Refusal);

    private static string? Token(HttpContext http) => http.Request.Query["t"].ToString() is { Length: > 0 } t ? t : null;

    private PortalGrant? Grant(HttpContext http) =>
        tokens.TryValidate(Token(http), clock.GetUtcNow(), out var grant) ? grant : null;

    private async Task<ContributorAccess> AuthoriseContributorAsync(HttpContext http, CycleId? cycleId, ContributorId? contributorId)
    {
        var grant = Grant(http);
        if (grant is null || !grant.Allows(cycleId, contributorId, PortalRole.Contributor)) return new(null, null, Forbidden());
        var cycle = cycleId is { } cycleKey ? await cycles.GetAsync(cycleKey, http.RequestAborted) : null;
        var contributor = cycle is null || contributorId is not { } contributorKey ? null
            : await cycles.Store.ContributorAsync(cycle.Id, contributorKey, http.RequestAborted);
        return cycle is null || contributor is null ? new(null, null, NotFound()) : new(cycle, contributor.Contributor, null);
    }

    private async Task<(Cycle? Cycle, ContentHttpResult? Refusal)> AuthorisePresidencyAsync(HttpContext http, CycleId? cycleId)
    {
        var grant = Grant(http);
        if (grant is null || grant.Role != PortalRole.Presidency || !grant.Allows(cycleId, null, PortalRole.Presidency)) return (null, Forbidden());
        var cycle = cycleId is { } cycleKey ? await cycles.GetAsync(cycleKey, http.RequestAborted) : null;
        return cycle is null ? (null, NotFound()) : (cycle, null);
    }

    /// <summary>The same plain answer for every token failure: nothing to learn from it.</summary>
    public static ContentHttpResult Forbidden() => TypedResults.Text("Forbidden", PlainType, statusCode: StatusCodes.Status403Forbidden);

    private static ContentHttpResult NotFound() => TypedResults.Text("Not found", PlainType, statusCode: StatusCodes.Status404NotFound);

    private static JsonHttpResult<PortalMessage> Message(int status, string message) => TypedResults.Json(new PortalMessage(message), ReturnJson.Compact, JsonType, status);

    // ---- Shared ----------------------------------------------------------------------------------------------------

    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string JsonType = "application/json; charset=utf-8";
    private const string PlainType = "text/plain; charset=utf-8";

    /// <summary>A browser's own form submission (no script): answer with a page, not JSON.</summary>
    private static bool WantsPage(HttpContext http) =>
        http.Request.Headers.Accept.ToString() is var accept && accept.Contains("text/html", StringComparison.OrdinalIgnoreCase) &&
        !accept.Contains("application/json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The portal's base path (behind any path base) and the token query every link of a page carries.</summary>
    private static PortalPaths Paths(HttpContext http) =>
        new((http.Request.PathBase.Value ?? "") + "/" + PortalOptions.RoutePrefix, "?t=" + Uri.EscapeDataString(Token(http) ?? ""));
}
