using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Thb.Cycles;
using Thb.Intake.Returns;
using Thb.Json;
using Thb.Portal.Pages;
using Thb.Reminders;
using Thb.Review;
using Thb.Review.Corrections;

namespace Thb.Portal;

/// <summary>
/// The Presidency's workspace: its page, a contributor's rows, and the review's actions as plain HTML forms that POST
/// here (approve, request a correction, correct a reading, undo a correction, remind now). Only a Presidency link of
/// the cycle opens them; a contributor's link, a forged or expired one, or none gets the same plain 403 as every page.
/// The link's token is in the form's action, as on the upload form: no cookie, so another site cannot post with it.
/// A browser's form gets the page back (after a redirect, or with the refusal on it); anything else a JSON message.
/// </summary>
public sealed class PresidencyHandlers(
    CycleService cycles,
    PortalTokens tokens,
    TimeProvider clock,
    PresidencyWorkspace workspace,
    PortalRenderer renderer,
    ReviewService reviews,
    CorrectionService corrections,
    ReminderService reminders,
    IMailHandOff mail,
    ILogger<PresidencyHandlers>? logger = null)
{
    /// <summary>Who the review records when the form names nobody.</summary>
    public const string DefaultBy = "Presidency (portal)";

    private const int MaxFormBytes = 64 * 1024;
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    public async Task<Results<HtmlPage, ContentHttpResult>> PageAsync(HttpContext http, CycleId? cycleId)
    {
        var (cycle, refusal) = await AuthoriseAsync(http, cycleId);
        if (refusal is not null) return refusal;
        return await PageOfAsync(http, cycle!, null, StatusCodes.Status200OK);
    }

    public async Task<Results<HtmlPage, ContentHttpResult>> RowsAsync(HttpContext http, CycleId? cycleId, ContributorId? contributorId)
    {
        var (cycle, refusal) = await AuthoriseAsync(http, cycleId);
        if (refusal is not null) return refusal;
        return await RowsOfAsync(http, cycle!, contributorId, null, StatusCodes.Status200OK) is { } page ? page : NotFound();
    }

    public Task<Results<RedirectHttpResult, HtmlPage, JsonHttpResult<PortalMessage>, ContentHttpResult>> ApproveAsync(HttpContext http, CycleId? cycleId, ContributorId? contributorId) =>
        ActAsync(http, cycleId, contributorId, async (cycle, contributor, form) =>
            (await reviews.ApproveAsync(new ReviewRequest(cycle.Id, contributor, By(form), Text(form, "comment")), http.RequestAborted)).Refusal);

    /// <summary>The request and its e-mail (one outbox entry, handed to the sender); the same form posted twice in a row is one request.</summary>
    public Task<Results<RedirectHttpResult, HtmlPage, JsonHttpResult<PortalMessage>, ContentHttpResult>> RequestCorrectionAsync(HttpContext http, CycleId? cycleId, ContributorId? contributorId) =>
        ActAsync(http, cycleId, contributorId, async (cycle, contributor, form) =>
        {
            var request = new ReviewRequest(cycle.Id, contributor, By(form), Text(form, "comment"),
                Text(form, "cells")?.Split([',', ';', ' '], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? []);
            if (await RepeatedRequestAsync(request, http.RequestAborted)) return null;
            var outcome = await reviews.RequestCorrectionAsync(request, handOff: false, http.RequestAborted);
            if (outcome.Mail is { } key) await mail.HandOffAsync(key, http.RequestAborted);
            return outcome.Refusal;
        });

    public Task<Results<RedirectHttpResult, HtmlPage, JsonHttpResult<PortalMessage>, ContentHttpResult>> CorrectAsync(HttpContext http, CycleId? cycleId, ContributorId? contributorId) =>
        ActAsync(http, cycleId, contributorId, async (cycle, contributor, form) =>
        {
            if (!int.TryParse(Text(form, "row"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row))
                return "Name the row to correct.";
            if (!KebabCase.TryParse<ReadingField>(Text(form, "field") ?? "", out var field)) return "Choose the reading to correct: places, form, duration or funding.";
            var text = Text(form, "value") ?? "";
            string? problem;
            var reading = field switch
            {
                ReadingField.Places => ReadingInput.Places(text, out problem),
                ReadingField.Form => ReadingInput.Form(text, out problem),
                ReadingField.Duration => ReadingInput.Duration(text, out problem),
                _ => ReadingInput.Funding(text, out problem),
            };
            if (reading is null) return problem;
            var request = new CorrectionRequest(cycle.Id, contributor, row, reading, Text(form, "reason") ?? "", By(form)) { Sheet = Text(form, "sheet") };
            return (await corrections.CorrectAsync(request, http.RequestAborted)).Refusal;
        });

    /// <summary>Undoes a correction of this contributor in this cycle (a Presidency link of one cycle undoes nothing of another).</summary>
    public Task<Results<RedirectHttpResult, HtmlPage, JsonHttpResult<PortalMessage>, ContentHttpResult>> UndoAsync(HttpContext http, CycleId? cycleId, ContributorId? contributorId) =>
        ActAsync(http, cycleId, contributorId, async (cycle, contributor, form) =>
        {
            if (Text(form, "rule") is { } ruleId) return await UndoRuleAsync(cycle, contributor, ruleId, By(form), http.RequestAborted);
            var id = Text(form, "correction") ?? "";
            var found = id.Length is > 0 and <= 64 ? await corrections.Store.FindCorrectionAsync(id, http.RequestAborted) : null;
            if (found is null || found.CycleId != cycle.Id || found.ContributorId != contributor)
                return $"{contributor} has no correction '{id}' in cycle {cycle.Id}. Rules are undone with `thb rules undo`.";
            return (await corrections.UndoAsync(id, By(form), http.RequestAborted)).Refusal;
        });

    /// <summary>
    /// A rule of the registry from the rows page: where a field's raw text contains the words, its reading gains these
    /// places or takes this form category; for this contributor (or all), this cycle (or all). The service refuses a
    /// rule named for this contributor whose words would change another contributor's rows.
    /// </summary>
    public Task<Results<RedirectHttpResult, HtmlPage, JsonHttpResult<PortalMessage>, ContentHttpResult>> AddRuleAsync(HttpContext http, CycleId? cycleId, ContributorId? contributorId) =>
        ActAsync(http, cycleId, contributorId, async (cycle, contributor, form) =>
        {
            if (Text(form, "match") is not { } match) return "Write the words the rule looks for in the delegation's text.";
            var value = Text(form, "value") ?? "";
            string? problem = "Choose what the rule sets: places or form.";
            var reading = Text(form, "field") switch
            {
                "places" => ReadingInput.Places(value, out problem),
                "form" => ReadingInput.Form(value, out problem),
                _ => null,
            };
            if (reading is null) return problem;
            var request = new RuleRequest(Text(form, "cycles") == "all" ? null : cycle.Id, Text(form, "contributors") == "all" ? null : contributor,
                match, reading, Text(form, "reason") ?? "", By(form));
            return (await corrections.AddRuleAsync(request, http.RequestAborted)).Refusal;
        });

    /// <summary>Undoes a rule that applies to this contributor in this cycle (one named for another contributor or cycle is not this page's).</summary>
    private async Task<string?> UndoRuleAsync(Cycle cycle, ContributorId contributorId, string id, string by, CancellationToken cancellationToken)
    {
        var rule = id.Length <= 64 ? await corrections.Store.FindRuleAsync(id, cancellationToken) : null;
        if (rule is null || !rule.AppliesTo(cycle.Id, contributorId))
            return $"No rule '{id}' applies to {contributorId} in cycle {cycle.Id}.";
        return (await corrections.UndoAsync(id, by, cancellationToken)).Refusal;
    }

    /// <summary>A reminder now, keyed by the page's press id: the same press posted twice is one e-mail.</summary>
    public Task<Results<RedirectHttpResult, HtmlPage, JsonHttpResult<PortalMessage>, ContentHttpResult>> RemindNowAsync(HttpContext http, CycleId? cycleId, ContributorId? contributorId) =>
        ActAsync(http, cycleId, contributorId, async (cycle, contributor, form) =>
        {
            var press = Text(form, "press");
            if (!Identifiers.IsValid(press) || press!.Length > 40) return "This button's request is not readable: reload the page and press again.";
            var outcome = await reminders.RemindNowAsync(cycle, contributor, press, clock.GetUtcNow(), http.RequestAborted);
            if (outcome.Key is { } key && (outcome.Recorded || (await reminders.Outbox.GetAsync(key, http.RequestAborted))?.State == OutboxState.Pending))
                await mail.HandOffAsync(key, http.RequestAborted);
            return outcome.Refusal;
        });

    // ---- The form's round trip ------------------------------------------------------------------------------------

    /// <summary>The round trip every form shares: authorise, read the form, act, then answer a page (redirect, or the refusal on it) or JSON.</summary>
    private async Task<Results<RedirectHttpResult, HtmlPage, JsonHttpResult<PortalMessage>, ContentHttpResult>> ActAsync(
        HttpContext http, CycleId? cycleId, ContributorId? contributorId, Func<Cycle, ContributorId, IFormCollection, Task<string?>> act)
    {
        var (cycle, refusal) = await AuthoriseAsync(http, cycleId);
        if (refusal is not null) return refusal;
        if (contributorId is not { } contributor || await cycles.Store.ContributorAsync(cycle!.Id, contributor, http.RequestAborted) is null)
            return NotFound();
        var form = await ReadFormAsync(http);
        if (form is null) return Message(StatusCodes.Status400BadRequest, "Send the form as the page does (application/x-www-form-urlencoded, under 64 KB).");
        var problem = await act(cycle, contributor, form);
        var toRows = Text(form, "return") == "rows";
        if (problem is not null)
        {
            _logger.LogInformation("Presidency action on {Cycle}/{Contributor} refused: {Reason}", cycle.Id.Value, contributor.Value, problem);
            if (!WantsPage(http)) return Message(StatusCodes.Status400BadRequest, problem);
            return toRows
                ? (await RowsOfAsync(http, cycle, contributor, problem, StatusCodes.Status400BadRequest))!
                : await PageOfAsync(http, cycle, problem, StatusCodes.Status400BadRequest);
        }
        if (!WantsPage(http)) return Message(StatusCodes.Status200OK, "Done.");
        var paths = Paths(http);
        return TypedResults.Redirect(toRows ? paths.PresidencyRows(cycle.Id, contributor) : paths.PresidencyDesk(cycle.Id, contributor));
    }

    private static async Task<IFormCollection?> ReadFormAsync(HttpContext http)
    {
        if (http.Request.ContentLength is > MaxFormBytes || !http.Request.HasFormContentType) return null;
        try
        {
            return await http.Request.ReadFormAsync(new FormOptions { ValueCountLimit = 64, ValueLengthLimit = 16 * 1024, MultipartBodyLengthLimit = MaxFormBytes }, http.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException && !http.RequestAborted.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>A correction request identical to the decision now in force (a double click, a form sent again) is not made twice.</summary>
    private async Task<bool> RepeatedRequestAsync(ReviewRequest request, CancellationToken cancellationToken)
    {
        var thread = await reviews.ShowAsync(request.CycleId, request.ContributorId, cancellationToken);
        return thread?.Review is { State: ReviewState.CorrectionRequested, Decision: { } decision } &&
               decision.Comment == request.Comment?.Trim() &&
               decision.Cells.SequenceEqual(ReviewCells.NormaliseAll(request.Cells ?? [], out _) ?? []);
    }

    private async Task<HtmlPage> PageOfAsync(HttpContext http, Cycle cycle, string? problem, int status) =>
        new(await renderer.RenderAsync<PresidencyPage>(await workspace.PageAsync(cycle, Paths(http), problem, http.RequestAborted)), status);

    private async Task<HtmlPage?> RowsOfAsync(HttpContext http, Cycle cycle, ContributorId? contributorId, string? problem, int status) =>
        await workspace.RowsAsync(cycle, contributorId, Paths(http), problem, http.RequestAborted) is { } model
            ? new HtmlPage(await renderer.RenderAsync<PresidencyRowsPage>(model), status)
            : null;

    private static string? Text(IFormCollection form, string name) => form[name].ToString() is { Length: > 0 } text ? text.Trim() : null;

    private static string By(IFormCollection form) => Text(form, "by") is { } by ? by[..Math.Min(by.Length, 100)] : DefaultBy;

    // ---- Authorisation and answers, as PortalHandlers does them ---------------------------------------------------

    private async Task<(Cycle? Cycle, ContentHttpResult? Refusal)> AuthoriseAsync(HttpContext http, CycleId? cycleId)
    {
        var token = http.Request.Query["t"].ToString();
        if (!tokens.TryValidate(token.Length > 0 ? token : null, clock.GetUtcNow(), out var grant) || grant!.Role != PortalRole.Presidency ||
            !grant.Allows(cycleId, null, PortalRole.Presidency)) return (null, PortalHandlers.Forbidden());
        var cycle = cycleId is { } cycleKey ? await cycles.GetAsync(cycleKey, http.RequestAborted) : null;
        return cycle is null ? (null, NotFound()) : (cycle, null);
    }

    private static ContentHttpResult NotFound() => TypedResults.Text("Not found", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);

    private static JsonHttpResult<PortalMessage> Message(int status, string message) =>
        TypedResults.Json(new PortalMessage(message), ReturnJson.Compact, "application/json; charset=utf-8", status);

    private static bool WantsPage(HttpContext http) =>
        http.Request.Headers.Accept.ToString() is var accept && accept.Contains("text/html", StringComparison.OrdinalIgnoreCase) &&
        !accept.Contains("application/json", StringComparison.OrdinalIgnoreCase);

    private static PortalPaths Paths(HttpContext http) =>
        new((http.Request.PathBase.Value ?? "") + "/" + PortalOptions.RoutePrefix, "?t=" + Uri.EscapeDataString(http.Request.Query["t"].ToString()));
}
