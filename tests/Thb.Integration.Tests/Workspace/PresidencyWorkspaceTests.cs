using Microsoft.AspNetCore.Http;
using Thb.Cycles;
using Thb.IntegrationTests.Portal;
using Thb.IntegrationTests.Reminders;
using Thb.Intake.Returns;
using Thb.Portal;
using Thb.Reminders;
using Thb.Review;

namespace Thb.IntegrationTests.Workspace;

/// <summary>
/// Issue 16, item 4 on Azurite and MailDev: the Presidency's page is its workspace. Its forms (approve, request a
/// correction, correct a reading, undo, remind now) do what the CLI does, through the same services; a contributor's
/// link, a forged one or none gets the plain 403 and changes nothing.
/// </summary>
public class PresidencyWorkspaceTests
{
    private static Dictionary<string, string> Fields(params (string Name, string Value)[] fields) => fields.ToDictionary(f => f.Name, f => f.Value);

    /// <summary>The registry's rules made for this test's cycle (the registry holds every test's).</summary>
    private static async Task<List<Thb.Review.Corrections.ReadingRule>> RulesOfAsync(WorkspaceScenario s) =>
        (await s.Services.Corrections.Store.RulesAsync()).Where(r => r.CycleId == s.Cycle.Id).ToList();

    private static string Forged(string token) => token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];

    /// <summary>Austria's return in both cycles (one row continued with its dates extended, one new that needs attention), Bulgaria's in this one.</summary>
    private static async Task<WorkspaceScenario> SubmittedAsync()
    {
        var s = await WorkspaceScenario.CreateAsync();
        await s.SubmitAsync(s.Previous, "austria",
            WorkspaceScenario.Row("Kenya", "Workshops for judges on the identification of victims", "2011"),
            WorkspaceScenario.Row("Moldova", "Shelter for women returning from abroad", "2010-2011"));
        await s.SubmitAsync(s.Cycle, "austria",
            WorkspaceScenario.Row("Kenya", "Workshops for judges on the identification of victims", "2011-2012"),
            WorkspaceScenario.Row("the region", "Regional hotline for victims", "sometime soon", "USD 20,000"));
        await s.SubmitAsync(s.Cycle, "bulgaria", WorkspaceScenario.Row("Ukraine", "Training of border guards"));
        return s;
    }

    [Fact]
    public async Task The_workspace_shows_each_contributor_with_its_review_rows_needing_attention_changes_and_reminders()
    {
        var s = await SubmittedAsync();
        var page = await PortalRequests.SendAsync(PortalRequests.Get(s.PresidencyToken()), h => s.Presidency.PageAsync(h, s.Cycle.Id));
        Assert.Equal(200, page.Status);
        Assert.Equal(HttpEdge.ContentSecurityPolicy, page.Headers["Content-Security-Policy"].ToString());
        var austria = Desk(page.Text, "austria");
        Assert.Contains("received, not yet reviewed", austria);
        // Austria's second row needs attention: places, duration and currency; its first does not.
        Assert.Contains("Row 8", austria);
        Assert.Contains("places not recognised, duration not readable, other currency", austria);
        Assert.DoesNotContain("Row 7</strong><span class=\"attention\"", austria);
        Assert.Contains("Changes since " + s.Previous.Id, austria);
        Assert.Contains("1 new, 1 continued (1 dates extended), 1 no longer reported", austria);
        Assert.Contains($"href=\"/api/portal/c/{s.Cycle.Id}/austria?t=", austria);
        Assert.Contains($"href=\"/api/portal/p/{s.Cycle.Id}/rows/austria?t=", austria);
        // Cyprus has sent nothing: no review, a "remind now", a reminder planned.
        var cyprus = Desk(page.Text, "cyprus");
        Assert.Contains("nothing to review yet", cyprus);
        Assert.Contains("Remind now", cyprus);
        Assert.Contains("Next: 14 days before the deadline", cyprus);
        Assert.DoesNotContain("Approve the return", cyprus);
        Assert.Contains("1 row needs attention.", page.Text);

        var rows = await PortalRequests.SendAsync(PortalRequests.Get(s.PresidencyToken()), h => s.Presidency.RowsAsync(h, s.Cycle.Id, RouteIds.Contributor("austria")));
        Assert.Equal(200, rows.Status);
        // Attention first: row 8 is listed before row 7.
        Assert.True(rows.Text.IndexOf("Row 8", StringComparison.Ordinal) < rows.Text.IndexOf("Row 7", StringComparison.Ordinal), rows.Text);
        Assert.Contains("continued: dates extended", rows.Text);
        Assert.Equal(404, (await PortalRequests.SendAsync(PortalRequests.Get(s.PresidencyToken()), h => s.Presidency.RowsAsync(h, s.Cycle.Id, RouteIds.Contributor("nobody")))).Status);
    }

    private static string Desk(string html, string contributor)
    {
        var start = html.IndexOf($"<article class=\"desk\" id=\"{WorkspacePaths.DeskId(ContributorId.Parse(contributor))}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no desk for {contributor}");
        return html[start..html.IndexOf("</article>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task Request_a_correction_from_the_page_e_mails_the_delegation_once_and_approve_from_the_page_approves()
    {
        var s = await SubmittedAsync();
        var token = s.PresidencyToken();
        var form = Fields(("comment", "Row 8: which country is 'the region'?"), ("cells", "Return!A8"), ("by", "Anna, Presidency"));
        var posted = await PortalRequests.SendAsync(WorkspaceScenario.Form(token, form), h => s.Presidency.RequestCorrectionAsync(h, s.Cycle.Id, RouteIds.Contributor("austria")));
        Assert.Equal(302, posted.Status);
        Assert.Equal($"/api/portal/p/{s.Cycle.Id}?t={Uri.EscapeDataString(token)}#desk-austria", posted.Headers.Location.ToString());
        Assert.Equal(HttpEdge.ContentSecurityPolicy, posted.Headers["Content-Security-Policy"].ToString());
        // The same form sent again (a double click) is the same request.
        Assert.Equal(302, (await PortalRequests.SendAsync(WorkspaceScenario.Form(token, form), h => s.Presidency.RequestCorrectionAsync(h, s.Cycle.Id, RouteIds.Contributor("austria")))).Status);

        var thread = (await s.Services.Reviews.ShowAsync(s.Cycle.Id, ContributorId.Parse("austria")))!;
        Assert.Equal(ReviewState.CorrectionRequested, thread.Review!.State);
        Assert.Equal("Anna, Presidency", thread.Review.Decision!.By);
        Assert.Equal(["Return!A8"], thread.Review.Decision.Cells);
        Assert.Single(thread.Entries, e => e.Action == ReviewAction.CorrectionRequested);
        // Handed to the sender (the queue in Azure); sending what is pending reaches MailDev once.
        var sent = await s.Services.Reminders.DrainAsync(s.Cycle.Id, DateTimeOffset.UtcNow);
        Assert.Equal(SendOutcome.Sent, Assert.Single(sent).Outcome);
        Assert.Empty(await s.Services.Reminders.DrainAsync(s.Cycle.Id, DateTimeOffset.UtcNow));
        var mail = Assert.Single(await TestMailDev.MessagesToAsync(s.Domain));
        Assert.Equal([$"austria@{s.Domain}"], mail.To);
        Assert.StartsWith("Correction requested — Austria", mail.Subject);
        Assert.Contains("which country is 'the region'?", mail.Text);

        var page = await PortalRequests.SendAsync(PortalRequests.Get(token), h => s.Presidency.PageAsync(h, s.Cycle.Id));
        Assert.Contains("Correction requested by Anna, Presidency", Desk(page.Text, "austria"));

        var approved = await PortalRequests.SendAsync(WorkspaceScenario.Form(token, Fields()), h => s.Presidency.ApproveAsync(h, s.Cycle.Id, RouteIds.Contributor("bulgaria")));
        Assert.Equal(302, approved.Status);
        Assert.Equal(ReviewState.Approved, (await s.Services.Reviews.ShowAsync(s.Cycle.Id, ContributorId.Parse("bulgaria")))!.Review!.State);
        Assert.Equal(PresidencyHandlers.DefaultBy, (await s.Services.Reviews.ShowAsync(s.Cycle.Id, ContributorId.Parse("bulgaria")))!.Review!.Decision!.By);
        Assert.Contains("1 of 2 accepted returns approved, 1 with a correction requested.",
            (await PortalRequests.SendAsync(PortalRequests.Get(token), h => s.Presidency.PageAsync(h, s.Cycle.Id))).Text);

        // Refused input comes back as the page with the reason (a browser) or a JSON message (a script).
        var empty = await PortalRequests.SendAsync(WorkspaceScenario.Form(token, Fields(("comment", ""))), h => s.Presidency.RequestCorrectionAsync(h, s.Cycle.Id, RouteIds.Contributor("bulgaria")));
        Assert.Equal(400, empty.Status);
        Assert.Contains("role=\"alert\">A correction request needs a comment", empty.Text);
        var nothing = await PortalRequests.SendAsync(WorkspaceScenario.Form(token, Fields(), browser: false), h => s.Presidency.ApproveAsync(h, s.Cycle.Id, RouteIds.Contributor("cyprus")));
        Assert.Equal(400, nothing.Status);
        Assert.Contains("has no accepted return", nothing.Text);
    }

    [Fact]
    public async Task A_contributor_that_filed_only_a_word_document_is_approvable_from_the_page()
    {
        var s = await WorkspaceScenario.CreateAsync();
        var filed = await s.SubmitBytesAsync(s.Cycle, "frontex", "narrative.docx", WorkspaceScenario.Narrative("Progress overview", "Agreements with third partners are under way."));
        Assert.True(filed.Submission.Status.IsAccepted(), string.Join("; ", filed.Submission.Findings.Select(f => f.Message)));
        Assert.Equal(ReviewState.Received, (await s.Services.Reviews.ShowAsync(s.Cycle.Id, ContributorId.Parse("frontex")))!.Review?.State);
        var approved = await PortalRequests.SendAsync(WorkspaceScenario.Form(s.PresidencyToken(), Fields()), h => s.Presidency.ApproveAsync(h, s.Cycle.Id, RouteIds.Contributor("frontex")));
        Assert.Equal(302, approved.Status);
        var review = (await s.Services.Reviews.ShowAsync(s.Cycle.Id, ContributorId.Parse("frontex")))!.Review!;
        Assert.Equal((ReviewState.Approved, filed.Submission.Id), (review.State, review.SubmissionId));
        var statuses = await s.Services.Queries.StatusAsync(s.Cycle);
        Assert.True((await s.Services.Reviews.StatesAsync(s.Cycle, statuses))["frontex"].IsApproved);
    }

    [Fact]
    public async Task Remind_now_sends_one_e_mail_per_press()
    {
        var s = await WorkspaceScenario.CreateAsync();
        var token = s.PresidencyToken();
        var press = PresidencyWorkspace.NewPressId();
        for (var i = 0; i < 2; i++)
            Assert.Equal(302, (await PortalRequests.SendAsync(WorkspaceScenario.Form(token, Fields(("press", press))), h => s.Presidency.RemindNowAsync(h, s.Cycle.Id, RouteIds.Contributor("cyprus")))).Status);
        Assert.Single(await s.Services.Reminders.DrainAsync(s.Cycle.Id, DateTimeOffset.UtcNow));
        var mail = Assert.Single(await TestMailDev.MessagesToAsync(s.Domain));
        Assert.Equal([$"cyprus@{s.Domain}"], mail.To);
        Assert.Contains("Cyprus", mail.Subject);

        // A second press is a second reminder; the page lists both as sent.
        Assert.Equal(302, (await PortalRequests.SendAsync(WorkspaceScenario.Form(token, Fields(("press", PresidencyWorkspace.NewPressId()))), h => s.Presidency.RemindNowAsync(h, s.Cycle.Id, RouteIds.Contributor("cyprus")))).Status);
        Assert.Single(await s.Services.Reminders.DrainAsync(s.Cycle.Id, DateTimeOffset.UtcNow));
        Assert.Equal(2, (await TestMailDev.MessagesToAsync(s.Domain)).Count);
        var page = await PortalRequests.SendAsync(PortalRequests.Get(token), h => s.Presidency.PageAsync(h, s.Cycle.Id));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(Desk(page.Text, "cyprus"), "asked for by the Presidency, sent").Count);

        // Nobody is reminded of a return already accepted.
        await s.SubmitAsync(s.Cycle, "bulgaria", WorkspaceScenario.Row("Ukraine", "Training of border guards"));
        var refused = await PortalRequests.SendAsync(WorkspaceScenario.Form(token, Fields(("press", PresidencyWorkspace.NewPressId())), browser: false), h => s.Presidency.RemindNowAsync(h, s.Cycle.Id, RouteIds.Contributor("bulgaria")));
        Assert.Equal(400, refused.Status);
        Assert.Contains("has an accepted return", refused.Text);
    }

    [Fact]
    public async Task Correct_a_reading_from_the_rows_page_then_undo_it()
    {
        var s = await SubmittedAsync();
        var token = s.PresidencyToken();
        var corrected = await PortalRequests.SendAsync(
            WorkspaceScenario.Form(token, Fields(("row", "8"), ("field", "places"), ("value", "RS, AL"), ("reason", "Austria's 'region' is the Western Balkans"), ("return", "rows"))),
            h => s.Presidency.CorrectAsync(h, s.Cycle.Id, RouteIds.Contributor("austria")));
        Assert.Equal(302, corrected.Status);
        Assert.Equal($"/api/portal/p/{s.Cycle.Id}/rows/austria?t={Uri.EscapeDataString(token)}", corrected.Headers.Location.ToString());
        var row = (await s.Services.ReviewedRows.CurrentRowsAsync(s.Cycle, ContributorId.Parse("austria"))).Single(r => r.Row == 8);
        Assert.Equal(["RS", "AL"], row.CountryRegion.Places.Select(p => p.Code));
        Assert.Equal("the region", row.CountryRegion.Raw);
        var correction = Assert.Single(row.Corrections!);

        var rows = await PortalRequests.SendAsync(PortalRequests.Get(token), h => s.Presidency.RowsAsync(h, s.Cycle.Id, RouteIds.Contributor("austria")));
        Assert.Contains("duration not readable, other currency, reading corrected", rows.Text);
        Assert.Contains($"name=\"correction\" value=\"{correction.Id}\"", rows.Text);

        // A bad reading is refused with the reason; another contributor's correction cannot be undone through Bulgaria.
        var bad = await PortalRequests.SendAsync(WorkspaceScenario.Form(token, Fields(("row", "8"), ("field", "places"), ("value", "QQ"), ("reason", "x"))),
            h => s.Presidency.CorrectAsync(h, s.Cycle.Id, RouteIds.Contributor("austria")));
        Assert.Equal(400, bad.Status);
        Assert.Contains("is not a country code (ISO 3166-1 alpha-2", bad.Text);
        var elsewhere = await PortalRequests.SendAsync(WorkspaceScenario.Form(token, Fields(("correction", correction.Id))), h => s.Presidency.UndoAsync(h, s.Cycle.Id, RouteIds.Contributor("bulgaria")));
        Assert.Equal(400, elsewhere.Status);
        Assert.True((await s.Services.ReviewedRows.CurrentRowsAsync(s.Cycle, ContributorId.Parse("austria"))).Single(r => r.Row == 8).IsCorrected);

        var undone = await PortalRequests.SendAsync(WorkspaceScenario.Form(token, Fields(("correction", correction.Id))), h => s.Presidency.UndoAsync(h, s.Cycle.Id, RouteIds.Contributor("austria")));
        Assert.Equal(302, undone.Status);
        Assert.False((await s.Services.ReviewedRows.CurrentRowsAsync(s.Cycle, ContributorId.Parse("austria"))).Single(r => r.Row == 8).IsCorrected);
        Assert.NotNull(Assert.Single(await s.Services.Corrections.Store.CorrectionsAsync(s.Cycle.Id)).Undone);
    }

    [Fact]
    public async Task Every_review_action_with_a_contributor_link_a_forged_one_or_none_is_a_plain_403_and_changes_nothing()
    {
        var s = await SubmittedAsync();
        var presidency = s.PresidencyToken();
        var correction = await s.Services.Corrections.CorrectAsync(new Thb.Review.Corrections.CorrectionRequest(s.Cycle.Id, ContributorId.Parse("austria"), 8,
            Thb.Review.Corrections.ReadingInput.Places("RS", out _)!, "test", "analyst"));
        var actions = new (string Name, Dictionary<string, string> Form, Func<HttpContext, Task<IResult>> Handler)[]
        {
            ("approve", Fields(), async h => await s.Presidency.ApproveAsync(h, s.Cycle.Id, RouteIds.Contributor("austria"))),
            ("request a correction", Fields(("comment", "Which country?")), async h => await s.Presidency.RequestCorrectionAsync(h, s.Cycle.Id, RouteIds.Contributor("austria"))),
            ("correct", Fields(("row", "7"), ("field", "form"), ("value", "prevention"), ("reason", "x")), async h => await s.Presidency.CorrectAsync(h, s.Cycle.Id, RouteIds.Contributor("austria"))),
            ("undo", Fields(("correction", correction.Id!)), async h => await s.Presidency.UndoAsync(h, s.Cycle.Id, RouteIds.Contributor("austria"))),
            ("remind now", Fields(("press", PresidencyWorkspace.NewPressId())), async h => await s.Presidency.RemindNowAsync(h, s.Cycle.Id, RouteIds.Contributor("cyprus"))),
            ("add a rule", Fields(("match", "the region"), ("field", "places"), ("value", "RS"), ("reason", "x")), async h => await s.Presidency.AddRuleAsync(h, s.Cycle.Id, RouteIds.Contributor("austria"))),
        };
        var austria = s.ContributorToken("austria");
        var tokens = new Dictionary<string, string?>
        {
            ["austria's own link"] = austria,
            ["cyprus's own link"] = s.ContributorToken("cyprus"),
            ["no link"] = null,
            ["a forged presidency link"] = Forged(presidency),
            ["another cycle's presidency link"] = s.Services.PortalTokens.Issue(new PortalGrant(s.Previous.Id, null, PortalRole.Presidency, DateTimeOffset.UtcNow.AddDays(1))),
        };
        foreach (var (name, form, handler) in actions)
        foreach (var (what, token) in tokens)
        {
            var response = await PortalRequests.SendAsync(WorkspaceScenario.Form(token, form), handler);
            Assert.True(response.Status == 403 && response.Text == "Forbidden", $"{name} with {what}: {response.Status} {response.Text}");
            Assert.Equal(HttpEdge.ContentSecurityPolicy, response.Headers["Content-Security-Policy"].ToString());
        }
        foreach (var (what, token) in tokens)
            Assert.Equal(403, (await PortalRequests.SendAsync(PortalRequests.Get(token), h => s.Presidency.RowsAsync(h, s.Cycle.Id, RouteIds.Contributor("austria")))).Status);

        // Nothing changed: Austria still received, its one correction in force, nothing in the outbox.
        var thread = (await s.Services.Reviews.ShowAsync(s.Cycle.Id, ContributorId.Parse("austria")))!;
        Assert.Equal(ReviewState.Received, thread.Review!.State);
        Assert.DoesNotContain(thread.Entries, e => e.Role == ReviewRole.Presidency);
        Assert.Null(Assert.Single(await s.Services.Corrections.Store.CorrectionsAsync(s.Cycle.Id)).Undone);
        Assert.Empty(await s.Services.Reminders.Outbox.ForCycleAsync(s.Cycle.Id));
        Assert.Empty(await RulesOfAsync(s));

        // The same forms with the Presidency's link do what they say, so the 403s above are the links' doing.
        foreach (var (name, form, handler) in actions)
            Assert.True((await PortalRequests.SendAsync(WorkspaceScenario.Form(presidency, form), handler)).Status == 302, name);
    }
    [Fact]
    public async Task The_delegation_s_replies_are_on_its_desk_and_no_one_else_s()
    {
        var s = await SubmittedAsync();
        var austria = await s.Services.Cycles.Store.ContributorAsync(s.Cycle.Id, ContributorId.Parse("austria"));
        var outcome = await s.Services.Reviews.ReplyAsync(austria!.Contributor, s.Cycle.Id, "Row 8 is about <Serbia> & Kosovo*.", "Anna Huber");
        Assert.True(outcome.Done, outcome.Refusal);

        var page = await PortalRequests.SendAsync(PortalRequests.Get(s.PresidencyToken()), h => s.Presidency.PageAsync(h, s.Cycle.Id));
        var desk = System.Net.WebUtility.HtmlDecode(Desk(page.Text, "austria"));
        Assert.Contains("The delegation's reply", desk);
        Assert.Contains("Anna Huber, Austria, ", desk);
        Assert.Contains("“Row 8 is about <Serbia> & Kosovo*.”", desk);
        Assert.Contains("&lt;Serbia&gt;", Desk(page.Text, "austria")); // encoded by the renderer, never markup
        Assert.DoesNotContain("Anna Huber", Desk(page.Text, "bulgaria"));
    }
    [Fact]
    public async Task A_rule_made_on_the_rows_page_reads_the_words_from_now_on_and_can_be_undone_there()
    {
        var s = await SubmittedAsync();
        var token = s.PresidencyToken();
        // Named for Austria, words that Bulgaria's rows carry too: refused, nothing stored.
        var wide = await PortalRequests.SendAsync(WorkspaceScenario.Form(token, Fields(("match", "Ukraine"), ("field", "places"), ("value", "MD"), ("reason", "x"), ("return", "rows"))),
            h => s.Presidency.AddRuleAsync(h, s.Cycle.Id, RouteIds.Contributor("austria")));
        Assert.Equal(400, wide.Status);
        Assert.Contains("would change rows of another contributor", System.Net.WebUtility.HtmlDecode(wide.Text));
        var unknown = await PortalRequests.SendAsync(WorkspaceScenario.Form(token, Fields(("match", "the region"), ("field", "duration"), ("value", "2012"), ("reason", "x"))),
            h => s.Presidency.AddRuleAsync(h, s.Cycle.Id, RouteIds.Contributor("austria")));
        Assert.Equal(400, unknown.Status);
        Assert.Empty(await RulesOfAsync(s));

        var added = await PortalRequests.SendAsync(
            WorkspaceScenario.Form(token, Fields(("match", "the region"), ("field", "places"), ("value", "RS, ME"), ("reason", "Austria's 'region' is the Western Balkans"), ("return", "rows"))),
            h => s.Presidency.AddRuleAsync(h, s.Cycle.Id, RouteIds.Contributor("austria")));
        Assert.Equal(302, added.Status);
        Assert.Equal($"/api/portal/p/{s.Cycle.Id}/rows/austria?t={Uri.EscapeDataString(token)}", added.Headers.Location.ToString());
        var rule = Assert.Single(await RulesOfAsync(s));
        Assert.Equal(((string?)s.Cycle.Id, (string?)"austria", "the region"), (rule.CycleId, rule.ContributorId, rule.Match));
        var row = (await s.Services.ReviewedRows.CurrentRowsAsync(s.Cycle, ContributorId.Parse("austria"))).Single(r => r.Row == 8);
        Assert.Contains("RS", row.CountryRegion.Places.Select(p => p.Code));
        Assert.Equal("the region", row.CountryRegion.Raw);

        // A later upload of Austria reads the words the same way.
        await s.SubmitAsync(s.Cycle, "austria", WorkspaceScenario.Row("the region", "Regional hotline for victims, second phase", "2012"));
        var later = Assert.Single(await s.Services.ReviewedRows.CurrentRowsAsync(s.Cycle, ContributorId.Parse("austria")));
        Assert.Contains("ME", later.CountryRegion.Places.Select(p => p.Code));

        var page = System.Net.WebUtility.HtmlDecode((await PortalRequests.SendAsync(PortalRequests.Get(token), h => s.Presidency.RowsAsync(h, s.Cycle.Id, RouteIds.Contributor("austria")))).Text);
        Assert.Contains("“the region” → places", page);
        Assert.Contains($"name=\"rule\" value=\"{rule.Id}\"", page);
        var elsewhere = await PortalRequests.SendAsync(WorkspaceScenario.Form(token, Fields(("rule", rule.Id))), h => s.Presidency.UndoAsync(h, s.Cycle.Id, RouteIds.Contributor("bulgaria")));
        Assert.Equal(400, elsewhere.Status);
        var undone = await PortalRequests.SendAsync(WorkspaceScenario.Form(token, Fields(("rule", rule.Id), ("return", "rows"))), h => s.Presidency.UndoAsync(h, s.Cycle.Id, RouteIds.Contributor("austria")));
        Assert.Equal(302, undone.Status);
        Assert.NotNull(Assert.Single(await RulesOfAsync(s)).Undone);
        Assert.DoesNotContain("ME", Assert.Single(await s.Services.ReviewedRows.CurrentRowsAsync(s.Cycle, ContributorId.Parse("austria"))).CountryRegion.Places.Select(p => p.Code));
    }
}
