using Thb.Cycles;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Thb.IntegrationTests.Portal;
using Thb.IntegrationTests.Reminders;
using Thb.Localisation;
using Thb.Portal;
using Thb.Portal.Pages;
using Thb.Reminders;
using Thb.Review;
using Thb.Tests.Localisation;

namespace Thb.IntegrationTests.Review;

/// <summary>
/// Issue 16's delegation side and issue 18 on Azurite and MailDev: a correction request reaches a French delegation's
/// page in French and MailDev as exactly one French e-mail; the delegation replies through the page's form; the reply
/// is stored with who and when, and listed for the Presidency.
/// </summary>
public class DelegationReviewTests
{
    private static readonly IReadOnlyDictionary<string, Language> AustriaInFrench = new Dictionary<string, Language> { ["austria"] = Language.French };

    /// <summary>A form posted by a browser without script (application/x-www-form-urlencoded, Accept: text/html).</summary>
    private static DefaultHttpContext Form(string token, params (string Name, string Value)[] fields)
    {
        var http = PortalRequests.Get(token);
        http.Request.Method = HttpMethods.Post;
        var body = Encoding.UTF8.GetBytes(string.Join('&', fields.Select(f => $"{f.Name}={Uri.EscapeDataString(f.Value)}")));
        http.Request.ContentType = "application/x-www-form-urlencoded";
        http.Request.ContentLength = body.Length;
        http.Request.Body = new MemoryStream(body);
        http.Request.Headers.Accept = "text/html,application/xhtml+xml";
        return http;
    }

    private static Task<PortalResponse> PageAsync(ReviewScenario s, string token, string? query = null, string? cookie = null)
    {
        var http = PortalRequests.Get(token, query);
        if (cookie is not null) http.Request.Headers.Cookie = cookie;
        return PortalRequests.SendAsync(http, h => s.Services.Portal!.ContributorPageAsync(h, s.Cycle.Id, ContributorId.Parse("austria")));
    }

    [Fact]
    public async Task A_correction_request_reaches_a_French_delegation_in_French_and_its_reply_is_stored_and_listed()
    {
        var s = await ReviewScenario.CreateAsync("dlg", AustriaInFrench);
        await s.SubmitAsync("austria", ReviewScenario.Row("Kenya"), ReviewScenario.Row("the region"));
        var request = await s.Services.Reviews.RequestCorrectionAsync(s.Request("austria", "Row 8: which country is 'the region'?", "Return!A8"), handOff: false);
        Assert.True(request.Done, request.Refusal);
        Assert.Equal(SendOutcome.Sent, (await s.Services.Reminders.SendAsync(request.Mail!.Value, DateTimeOffset.UtcNow)).Outcome);

        // Exactly one e-mail, in French: subject, text and HTML.
        var mail = Assert.Single(await TestMailDev.MessagesToAsync(s.Domain));
        Assert.StartsWith("Demande de correction — Austria\u00a0:", mail.Subject);
        var source = await TestMailDev.SourceAsync(mail);
        Assert.StartsWith("Madame, Monsieur,", source.TextBody);
        Assert.Contains("which country is 'the region'?", source.TextBody);
        Assert.Contains("Cellules concernées\u00a0: Return!A8", source.TextBody);
        Assert.Empty(LocalisedResources.EnglishLeftIn(mail.Subject + "\n" + source.TextBody + "\n" + source.HtmlBody, Language.French));
        Assert.Contains("<html lang=\"fr\">", source.HtmlBody);

        // The delegation's page shows the request in French: its comment, the cell, and the row it points at.
        var token = s.ContributorToken("austria");
        var page = await PageAsync(s, token);
        Assert.Equal(200, page.Status);
        var french = ContributorTexts.In(Language.French);
        var text = WebUtility.HtmlDecode(page.Text);
        Assert.Contains("<html lang=\"fr\">", text);
        Assert.Contains(french["Review.CorrectionRequested"], text);
        Assert.Contains("Row 8: which country is 'the region'?", text);
        Assert.Contains(french.Cell("Return", "A8"), text);
        Assert.Contains(french.Format("Review.Row", 8, "the region · Training · Workshops for judges"), text);
        Assert.Contains($"action=\"/api/portal/c/{s.Cycle.Id}/austria/replies?t=", text);
        var left = LocalisedResources.EnglishLeftIn(page.Text, Language.French);
        Assert.True(left.Count == 0, string.Join("\n", left));

        // The reply, through the page's form (no script): back to the page, stored with who and when, listed for the Presidency.
        var before = DateTimeOffset.UtcNow;
        var posted = await PortalRequests.SendAsync(Form(token, ("comment", "La ligne 8 concerne la Serbie."), ("name", "Marie Dupont")),
            h => s.Services.Portal!.ReplyAsync(h, s.Cycle.Id, ContributorId.Parse("austria")));
        Assert.Equal(302, posted.Status);
        Assert.Equal($"/api/portal/c/{s.Cycle.Id}/austria?t={Uri.EscapeDataString(token)}&replied=1#review", posted.Headers.Location.ToString());
        var reply = Assert.Single(await s.Services.Reviews.RepliesAsync(s.Cycle.Id));
        Assert.Equal(("austria", ReviewRole.Delegation, ReviewAction.Comment), (reply.ContributorId, reply.Role, reply.Action));
        Assert.Equal(("Marie Dupont, Austria", "La ligne 8 concerne la Serbie."), (reply.By, reply.Comment));
        Assert.InRange(reply.At, before.AddSeconds(-5), DateTimeOffset.UtcNow.AddSeconds(5));
        Assert.Equal(reply.Id, Assert.Single(await s.Services.Reviews.RepliesAsync(s.Cycle.Id, ContributorId.Parse("austria"))).Id);
        Assert.Empty(await s.Services.Reviews.RepliesAsync(s.Cycle.Id, ContributorId.Parse("bulgaria")));
        // A reply is not a decision: the request still holds.
        Assert.Equal(ReviewState.CorrectionRequested, await s.StateAsync("austria"));

        var after = WebUtility.HtmlDecode((await PageAsync(s, token, "replied=1")).Text);
        Assert.Contains(french["Reply.Sent"], after);
        Assert.Contains("La ligne 8 concerne la Serbie.", after);
        Assert.Contains(french.Format("Review.By.Delegation", "Marie Dupont, Austria"), after);
        // Still the one e-mail: a reply sends none.
        Assert.Single(await TestMailDev.MessagesToAsync(s.Domain));
    }

    [Fact]
    public async Task A_reply_that_cannot_be_taken_is_refused_in_the_page_s_language_and_another_s_link_is_403()
    {
        var s = await ReviewScenario.CreateAsync("dlg", AustriaInFrench);
        await s.SubmitAsync("austria", ReviewScenario.Row("Kenya"));
        var token = s.ContributorToken("austria");
        var empty = await PortalRequests.SendAsync(Form(token, ("comment", "   ")), h => s.Services.Portal!.ReplyAsync(h, s.Cycle.Id, ContributorId.Parse("austria")));
        Assert.Equal(400, empty.Status);
        Assert.Contains(ContributorTexts.In(Language.French)["Reply.Empty"], WebUtility.HtmlDecode(empty.Text));
        var tooLong = await PortalRequests.SendAsync(Form(token, ("comment", new string('x', ReviewService.MaxReplyLength + 1))), h => s.Services.Portal!.ReplyAsync(h, s.Cycle.Id, ContributorId.Parse("austria")));
        Assert.Equal(400, tooLong.Status);
        // Bulgaria's link cannot write on Austria's thread, nor can no link at all.
        var other = await PortalRequests.SendAsync(Form(s.ContributorToken("bulgaria"), ("comment", "Hello")), h => s.Services.Portal!.ReplyAsync(h, s.Cycle.Id, ContributorId.Parse("austria")));
        Assert.Equal(403, other.Status);
        Assert.Equal(403, (await PortalRequests.SendAsync(Form("", ("comment", "Hello")), h => s.Services.Portal!.ReplyAsync(h, s.Cycle.Id, ContributorId.Parse("austria")))).Status);
        Assert.Empty(await s.Services.Reviews.RepliesAsync(s.Cycle.Id));
    }

    [Fact]
    public async Task The_language_switch_is_remembered_by_a_cookie_that_grants_nothing()
    {
        var s = await ReviewScenario.CreateAsync("dlg", AustriaInFrench);
        var token = s.ContributorToken("austria");
        var german = await PageAsync(s, token, "lang=de");
        Assert.Contains("<html lang=\"de\">", german.Text);
        var cookie = german.Headers.SetCookie.ToString();
        Assert.StartsWith($"{PortalLanguage.CookieName}=de;", cookie);
        Assert.Contains("<html lang=\"de\">", (await PageAsync(s, token, cookie: $"{PortalLanguage.CookieName}=de")).Text);
        Assert.Contains("<html lang=\"fr\">", (await PageAsync(s, token)).Text);
        // The cookie is no credential: without the link's token the page is the same plain 403.
        var http = PortalRequests.Get(null);
        http.Request.Headers.Cookie = $"{PortalLanguage.CookieName}=de";
        Assert.Equal(403, (await PortalRequests.SendAsync(http, h => s.Services.Portal!.ContributorPageAsync(h, s.Cycle.Id, ContributorId.Parse("austria")))).Status);
    }
}
