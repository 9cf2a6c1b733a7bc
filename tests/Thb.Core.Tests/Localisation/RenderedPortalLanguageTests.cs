using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Localisation;
using Thb.Portal;
using Thb.Portal.Pages;
using Thb.Review;
using Thb.Workbooks;

namespace Thb.Tests.Localisation;

/// <summary>
/// The delegation's page (every standing, the Presidency's review, the problem page) and the correction request e-mail
/// rendered in French and German and searched for the English resource values: none may be left.
/// </summary>
public class RenderedPortalLanguageTests
{
    public static TheoryData<string> Translated() => ["fr", "de"];

    private static readonly Cycle Open = new(CycleId.Parse("2026-2"), "THB 2026 second half", new DateOnly(2026, 12, 8), CycleState.Open, [14, 7, 0], OwnerEmail: "presidency@example.eu");
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);
    private static readonly PortalPaths Paths = new("/api/portal", "?t=abc");

    private static Contributor France(Language language) => new(ContributorId.Parse("france"), "France", ContributorKind.MemberState, 1, ["paris@example.fr"], Language: language);

    private static UploadView Upload(Language language, UploadState state, int errors = 0, int warnings = 0, bool current = false)
    {
        var texts = ContributorTexts.In(language);
        var findings = Enumerable.Range(0, errors).Select(i => new FindingView(FindingSeverity.Error, texts.Cell("Return", $"A{7 + i}"), FindingMessages.Render(FindingCodes.RowCountryMissing, FindingMessage.With(7 + i), language)))
            .Concat(Enumerable.Range(0, warnings).Select(i => new FindingView(FindingSeverity.Warning, "", FindingMessages.Render(FindingCodes.RowCountryMissing, FindingMessage.With(20 + i), language))))
            .ToList();
        var verdict = UploadStates.HasVerdict(state);
        return new UploadView($"2026-2/france/{state}.xlsx", $"{state}.xlsx", texts.Brussels(At), state, verdict ? 12 : 0, errors, warnings, current, findings,
            verdict ? "/api/portal/c/2026-2/france/feedback/s1?t=abc" : null);
    }

    private static ReviewEntry Entry(ReviewAction action, ReviewRole role, string by, string? comment, params string[] cells) =>
        new(CycleId.Parse("2026-2"), ContributorId.Parse("france"), ReviewStore.NewId(At), action, SubmissionId.Parse("s1"), by, role, At, comment, cells);

    private static ReviewThread Thread(ReviewState state, params ReviewEntry[] entries) =>
        new(CycleId.Parse("2026-2"), ContributorId.Parse("france"), new ContributorReview(ContributorId.Parse("france"), SubmissionId.Parse("s1"), state, entries.LastOrDefault(e => e.IsDecision)), entries);

    /// <summary>Every way the page can look: each standing, a closed cycle, a correction request with its thread, an approval, a reply just sent.</summary>
    internal static IEnumerable<ContributorPageModel> Pages(Language language)
    {
        var contributor = France(language);
        var today = new DateOnly(2026, 12, 2);
        ContributorPageModel Page(IReadOnlyList<UploadView> uploads, Cycle? cycle = null, ReviewThread? review = null, bool replied = false, DateOnly? on = null) =>
            new(Paths, cycle ?? Open, contributor, uploads, on ?? today, 20 * 1048576, language, review,
                new Dictionary<int, string> { [8] = "the region · Training · Workshops for judges" }, replied);
        var accepted = Upload(language, UploadState.AcceptedWithWarnings, warnings: 2, current: true);
        var request = Entry(ReviewAction.CorrectionRequested, ReviewRole.Presidency, "analyst", "Row 8: which country is 'the region'?", "Return!A8", "B9");
        yield return Page([]);
        yield return Page([Upload(language, UploadState.Pending)]);
        yield return Page([Upload(language, UploadState.Waiting)]);
        yield return Page([Upload(language, UploadState.Retrying)]);
        yield return Page([Upload(language, UploadState.Failed)]);
        yield return Page([accepted], on: Open.Deadline);
        yield return Page([Upload(language, UploadState.Accepted, current: true)], on: Open.Deadline.AddDays(-1));
        yield return Page([Upload(language, UploadState.Rejected, errors: 3, warnings: 1), accepted], on: Open.Deadline.AddDays(1));
        yield return Page([Upload(language, UploadState.Rejected, errors: 1)], Open with { State = CycleState.Closed }, on: Open.Deadline.AddDays(9));
        yield return Page([accepted], review: Thread(ReviewState.CorrectionRequested, Entry(ReviewAction.Received, ReviewRole.System, "intake", "accepted upload"), request,
            Entry(ReviewAction.Comment, ReviewRole.Delegation, "Marie Dupont, France", "Row 8 is Serbia.")), replied: true);
        yield return Page([accepted], review: Thread(ReviewState.Approved, request, Entry(ReviewAction.Approved, ReviewRole.Presidency, "analyst", null)));
        yield return Page([accepted], review: Thread(ReviewState.Received, Entry(ReviewAction.Comment, ReviewRole.Presidency, "analyst", "Thank you.")));
    }

    private static async Task<IReadOnlyList<string>> RenderAllAsync(Language language)
    {
        await using var renderer = new PortalRenderer(new ServiceCollection().BuildServiceProvider());
        var pages = new List<string>();
        foreach (var model in Pages(language)) pages.Add(await renderer.RenderAsync<ContributorPage>(model));
        var texts = ContributorTexts.In(language);
        PortalFileNames.TryRead("..", out _, out var noName, language);
        PortalFileNames.TryRead("a\u202Eb.xlsx", out _, out var odd, language);
        PortalFileNames.TryRead(new string('x', 300) + ".xlsx", out _, out var tooLong, language);
        var problems = new[] { texts["Reply.Empty"], texts.Format("Reply.TooLong", 4000), texts.Format("Upload.TooLarge", 20), texts["Upload.NotForm"], texts["Upload.Unreadable"],
            texts["Upload.NoFile"], texts.Format("Upload.Limit", 25.3, 20), noName, odd, tooLong };
        foreach (var (problem, i) in problems.Select((p, i) => (p!, i)))
            pages.Add(await renderer.RenderAsync<ProblemPage>(new ProblemPageModel(Paths, Open, France(language), problem, language, i < 2 ? "ReplyProblemTitle" : "ProblemTitle")));
        return pages;
    }

    [Theory, MemberData(nameof(Translated))]
    public async Task The_delegation_s_page_has_no_English_left_in_any_state(string code)
    {
        var language = Language.Parse(code);
        var pages = await RenderAllAsync(language);
        foreach (var html in pages)
        {
            var left = LocalisedResources.EnglishLeftIn(html, language);
            Assert.True(left.Count == 0, string.Join("\n", left));
            Assert.Contains($"<html lang=\"{code}\">", html);
        }
        var all = WebUtility.HtmlDecode(string.Join("\n", pages));
        var texts = ContributorTexts.In(language);
        // Every text of the page's resource is used somewhere (Review.Action.comment: the Presidency's comment).
        foreach (var key in new[] { "Review.CorrectionRequested", "Review.Approved", "Review.Received", "Reply.Sent", "Reply.Button", "Verdict.retrying", "Closed", "Script.Expired", "Summary.Rejected", "Review.Action.reply", "Review.Action.comment" })
            Assert.Contains(texts[key], all);
        Assert.Contains(texts.Format("Review.Row", 8, "the region · Training · Workshops for judges"), all);
        Assert.Contains(texts.Cell("Return", "A8"), all);
        // A sentence's bold start and its rest are two words apart, not run together.
        var lead = all[all.IndexOf(texts["Accepted"], StringComparison.Ordinal)..][..300];
        Assert.True(lead.StartsWith(texts["Accepted"] + "</strong> " + texts.AcceptedDetail(Pages(language).ElementAt(5).Current!), StringComparison.Ordinal), lead);
        Assert.Contains(LocalisedDates.Date(Open.Deadline, language), all);
    }

    [Fact]
    public async Task The_check_sees_English_left_in_an_English_page()
    {
        var left = LocalisedResources.EnglishLeftIn(string.Join("\n", await RenderAllAsync(Language.English)), Language.French);
        Assert.Contains(left, l => l.StartsWith("ContributorTexts:Review.CorrectionRequested", StringComparison.Ordinal));
        Assert.Contains(left, l => l.StartsWith("ContributorTexts:FileHint", StringComparison.Ordinal));
        Assert.True(left.Count > 40, left.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_page_offers_the_other_languages_and_marks_its_own()
    {
        await using var renderer = new PortalRenderer(new ServiceCollection().BuildServiceProvider());
        var html = await renderer.RenderAsync<ContributorPage>(Pages(Language.German).First());
        Assert.Contains("<span aria-current=\"page\" lang=\"de\">Deutsch</span>", html);
        Assert.Contains("href=\"/api/portal/c/2026-2/france?t=abc&amp;lang=fr\"", html);
        Assert.Contains("href=\"/api/portal/c/2026-2/france?t=abc&amp;lang=en\"", html);
        Assert.Contains("aria-label=\"Sprache dieser Seite\"", html);
    }

    private static Task<Thb.Reminders.MailContent> CorrectionAsync(Language language, Uri? link)
    {
        var current = new Submission(CycleId.Parse("2026-2"), ContributorId.Parse("france"), SubmissionId.Parse("s1"), "2026-2/france/r.xlsx", "r.xlsx", "e", null, 10, At, At, ReturnStatus.Accepted, 7, 0, 0, false, null, null, []);
        var request = Entry(ReviewAction.CorrectionRequested, ReviewRole.Presidency, "analyst", "Row 8: which country is <the region>?", "Return!A8");
        return CorrectionMail.ComposeAsync(Open, France(language), request, current, link);
    }

    [Theory, MemberData(nameof(Translated))]
    public async Task A_correction_request_e_mail_has_no_English_left(string code)
    {
        var language = Language.Parse(code);
        foreach (var link in new[] { new Uri("https://thb.example.eu/c/france?t=a&b=1"), null })
        {
            var mail = await CorrectionAsync(language, link);
            var left = LocalisedResources.EnglishLeftIn(mail.Subject + "\n" + mail.Text + "\n" + mail.Html, language);
            Assert.True(left.Count == 0, string.Join("\n", left));
            Assert.Contains($"<html lang=\"{code}\">", mail.Html);
            Assert.Contains("Return!A8", mail.Text);
            // The Presidency's comment as written, escaped in the HTML.
            Assert.Contains("which country is <the region>?", mail.Text);
            Assert.Contains("&lt;the region&gt;", mail.Html);
        }
    }

    [Fact]
    public async Task A_French_correction_request_reads_as_a_French_letter()
    {
        var mail = await CorrectionAsync(Language.French, new Uri("https://thb.example.eu/c/france?t=a&b=1"));
        Assert.Equal("Demande de correction — France\u00a0: contribution sur la traite des êtres humains pour «\u00a0THB 2026 second half\u00a0»", mail.Subject);
        Assert.StartsWith("Madame, Monsieur,", mail.Text);
        Assert.Contains("Cellules concernées\u00a0: Return!A8", mail.Text);
        Assert.Contains("— analyst, pour la Présidence", mail.Text);
        Assert.Contains("href=\"https://thb.example.eu/c/france?t=a&amp;b=1\"", mail.Html);
        var german = await CorrectionAsync(Language.German, null);
        Assert.Equal("Bitte um Korrektur — France: Beitrag zur Bekämpfung des Menschenhandels für „THB 2026 second half“", german.Subject);
        Assert.Contains("<code>returns/2026-2/france/</code>", german.Html);
    }

    [Fact]
    public async Task The_check_sees_an_English_correction_request() =>
        Assert.NotEmpty(LocalisedResources.EnglishLeftIn((await CorrectionAsync(Language.English, null)).Text, Language.German));
}
