using Thb.Cycles;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Thb.Intake;
using Thb.Local;
using Thb.IntegrationTests.Portal;
using Thb.IntegrationTests.Reminders;
using Thb.Portal;
using Thb.Review;
using static Microsoft.Playwright.Assertions;

namespace Thb.IntegrationTests.Workspace;

/// <summary>
/// The Presidency's workspace as a person uses it: `thb serve` on a free port over the test Azurite, sending through the
/// test MailDev, and Debian's Chromium (headless, through Playwright) with script switched off — the forms work
/// without it. Five contributors in mixed states; the full page is kept as
/// artifacts/portal-screenshots/7-presidency-workspace.png (copied to docs/presidency-workspace.png for the README).
/// </summary>
public class PresidencyWorkspaceBrowserTests
{
    public static string ScreenshotPath => Path.Combine(PortalBrowser.ScreenshotFolder, "7-presidency-workspace.png");

    /// <summary>Both cycles' returns: Austria and Germany rewrite theirs, Bulgaria keeps its, Frontex sends a Word document, Cyprus nothing.</summary>
    private static async Task<WorkspaceScenario> MixedAsync()
    {
        var s = await WorkspaceScenario.CreateAsync();
        await s.SubmitAsync(s.Previous, "austria",
            WorkspaceScenario.Row("Kenya", "Workshops for judges on the identification of victims of trafficking", "2011", "45.000 EUR"),
            WorkspaceScenario.Row("Moldova", "Shelter for women returning from abroad", "2010-2011", "120.000 EUR", "Protection", "La Strada"),
            WorkspaceScenario.Row("Nigeria", "Awareness campaign in schools of Edo State", "2011", "30.000 EUR", "Prevention"));
        await s.SubmitAsync(s.Cycle, "austria",
            WorkspaceScenario.Row("Kenya", "Workshops for judges on the identification of victims of trafficking", "2011-2012", "60.000 EUR"),
            WorkspaceScenario.Row("Nigeria", "Awareness campaign in the schools of Edo State", "2011", "30.000 EUR", "Prevention"),
            WorkspaceScenario.Row("the region", "Regional hotline for victims, run with the ministries of the interior", "as soon as funding allows", "USD 20,000", "Protection", "IOM, UNODC"));
        foreach (var cycle in new[] { s.Previous, s.Cycle })
            await s.SubmitAsync(cycle, "bulgaria",
                WorkspaceScenario.Row("Ukraine", "Joint training of border guards on the indicators of trafficking", "2011", "25.000 EUR"),
                WorkspaceScenario.Row("Turkey", "Exchange of liaison officers", "2010-2012", "non-monetary", "Cooperation", "Turkish National Police"));
        await s.SubmitAsync(s.Previous, "germany", WorkspaceScenario.Row("Romania", "Police cooperation against labour exploitation", "2011", "80.000 EUR", "Cooperation", "BKA"));
        await s.SubmitAsync(s.Cycle, "germany",
            WorkspaceScenario.Row("Romania", "Police cooperation against labour exploitation", "2011-2012", "80.000 EUR", "Cooperation", "BKA"),
            WorkspaceScenario.Row("Westafrika", "Support for victims' return", "2012", "50.000 EUR", "Protection", "GIZ"));
        await s.SubmitBytesAsync(s.Cycle, "frontex", "narrative.docx",
            WorkspaceScenario.Narrative("Frontex: joint operations", "Frontex trained border guards of third countries on the identification of victims."));
        return s;
    }

    [Fact]
    public async Task The_presidency_reviews_approves_and_reminds_from_its_workspace_without_script()
    {
        var s = await MixedAsync();
        var environment = new Dictionary<string, string?>
        {
            ["THB_STORAGE"] = await TestStorage.ConnectionStringAsync(),
            [PortalOptions.SecretSetting] = PortalScenario.Secret,
            ["THB_SMTP"] = await TestMailDev.SmtpUriAsync(),
            ["THB_MAIL_FROM"] = "THB test <thb@example.test>",
            [IntakeOptions.ReprocessAfterSetting] = "86400",
        };
        await using var portal = await ServedPortal.StartAsync(environment, Directory.CreateTempSubdirectory("thb-workspace-").FullName);
        var link = $"{portal.Address}/api/portal/p/{s.Cycle.Id}?t={Uri.EscapeDataString(s.PresidencyToken())}";

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PortalBrowser.LaunchAsync(playwright);
        await using var noScript = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, JavaScriptEnabled = false });
        var page = await noScript.NewPageAsync();
        var opened = await page.GotoAsync(link);
        Assert.Equal(200, opened!.Status);
        Assert.Equal(HttpEdge.ContentSecurityPolicy, await opened.HeaderValueAsync("content-security-policy"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("second half");

        // Germany: a correction requested, pointing at a cell — one e-mail to the delegation.
        var germany = page.Locator("#desk-germany");
        await germany.Locator("summary", new() { HasText = "Request a correction" }).ClickAsync();
        await germany.GetByLabel("Comment to the delegation").FillAsync("Row 8: 'Westafrika' — which countries? Please name them.");
        await germany.GetByLabel("Rows or cells it is about (optional)").FillAsync("Return!A8");
        await germany.GetByRole(AriaRole.Button, new() { Name = "Request a correction" }).ClickAsync();
        await Expect(page.Locator("#desk-germany .review")).ToHaveTextAsync("correction requested");
        var mail = Assert.Single(await MessagesAsync(s, "germany", 1));
        Assert.StartsWith("Correction requested — Germany", mail.Subject);
        Assert.Contains("Return!A8", mail.Text);

        // Bulgaria: approved.
        await page.Locator("#desk-bulgaria").GetByRole(AriaRole.Button, new() { Name = "Approve the return of Bulgaria" }).ClickAsync();
        await Expect(page.Locator("#desk-bulgaria .review")).ToHaveTextAsync("approved");
        Assert.Equal(ReviewState.Approved, (await s.Services.Reviews.ShowAsync(s.Cycle.Id, ContributorId.Parse("bulgaria")))!.Review!.State);

        // Cyprus: nothing yet — reminded now, once.
        await page.Locator("#desk-cyprus").GetByRole(AriaRole.Button, new() { Name = "Remind now Cyprus" }).ClickAsync();
        await Expect(page.Locator("#desk-cyprus")).ToContainTextAsync("asked for by the Presidency, sent");
        Assert.Single(await MessagesAsync(s, "cyprus", 1));

        // Austria's rows: the row needing attention first, its places corrected there.
        await page.Locator("#desk-austria").GetByRole(AriaRole.Link, new() { Name = "Its rows (3)" }).ClickAsync();
        var row = page.Locator("li.row-review").First;
        await Expect(row).ToContainTextAsync("places not recognised");
        await row.Locator("summary").ClickAsync();
        await row.GetByLabel("Corrected reading").FillAsync("RS, AL, MK");
        await row.GetByLabel("Reason").FillAsync("Austria's 'region' is the Western Balkans");
        await row.GetByRole(AriaRole.Button, new() { Name = "Correct the reading" }).ClickAsync();
        await Expect(page.Locator("li.row-review").First).ToContainTextAsync("reading corrected");
        await Expect(page.Locator("li.row-review").First).ToContainTextAsync("Serbia, Albania");
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the workspace" }).ClickAsync();

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath, FullPage = true });

        // Every control labelled; nothing wider than a phone's screen (checked with script on, as the checks need it).
        await using var checking = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true });
        var phone = await checking.NewPageAsync();
        await phone.GotoAsync(link);
        Assert.Empty(await PortalBrowser.UnlabelledControlsAsync(phone));
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the workspace scrolls sideways on a phone");

        // axe-core's WCAG 2 A and AA rules on the workspace and on a contributor's rows, with the forms' details open.
        await using var desktop = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var checkedPage = await desktop.NewPageAsync();
        foreach (var url in new[] { link, $"{portal.Address}/api/portal/p/{s.Cycle.Id}/rows/austria?t={Uri.EscapeDataString(s.PresidencyToken())}" })
        {
            await checkedPage.GotoAsync(url);
            await checkedPage.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            Assert.Empty(await ViolationsAsync(checkedPage));
        }
        Assert.Equal(0, await portal.StopAsync());
    }

    /// <summary>axe-core's WCAG 2.x A and AA violations on the page, one line each (rule, impact, the first offending element).</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        Assert.Contains(result.Passes, p => p.Id == "label"); // the rules ran: every form control's label was checked
        return result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {v.Nodes.FirstOrDefault()?.Html}").ToList();
    }

    /// <summary>The messages to one contributor's address, once <paramref name="expected"/> have arrived (MailDev lists them moments after it accepts them).</summary>
    private static async Task<IReadOnlyList<MailDevMessage>> MessagesAsync(WorkspaceScenario s, string contributor, int expected)
    {
        IReadOnlyList<MailDevMessage> found = [];
        for (var attempt = 0; attempt < 50 && found.Count < expected; attempt++)
        {
            if (attempt > 0) await Task.Delay(200);
            found = (await TestMailDev.MessagesToAsync(s.Domain)).Where(m => m.To.Contains($"{contributor}@{s.Domain}")).ToList();
        }
        return found;
    }
}
