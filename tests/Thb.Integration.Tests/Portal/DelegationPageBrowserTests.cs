using Thb.Cycles;
using Microsoft.Playwright;
using Thb.Intake;
using Thb.IntegrationTests.Review;
using Thb.Localisation;
using Thb.Portal;
using Thb.Portal.Pages;
using static Microsoft.Playwright.Assertions;

namespace Thb.IntegrationTests.Portal;

/// <summary>
/// A French, a German and an English delegation's pages in headless Chromium behind `thb serve`: a correction request
/// showing, a reply sent through the form without script help, the language switch remembered. The screenshots go to
/// artifacts/portal-screenshots/; with THB_DOCS_SCREENSHOTS=1 also to docs/portal-fr.png, docs/portal-de.png and
/// docs/portal-correction-request.png (the README shows them):
/// <c>THB_DOCS_SCREENSHOTS=1 dotnet test tests/Thb.Integration.Tests -c Release --filter Name~Delegation_pages_in_a_browser</c>.
/// </summary>
public class DelegationPageBrowserTests
{
    private static readonly LocatorAssertionsToContainTextOptions Patient = new() { Timeout = 30_000 };

    private static async Task ShotAsync(IPage page, string name)
    {
        var path = Path.Combine(PortalBrowser.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        if (Environment.GetEnvironmentVariable("THB_DOCS_SCREENSHOTS") == "1") File.Copy(path, Path.Combine(TestData.RepositoryRoot, "docs", name + ".png"), overwrite: true);
    }

    [Fact]
    public async Task Delegation_pages_in_a_browser_in_French_German_and_English_with_a_correction_request()
    {
        var s = await ReviewScenario.CreateAsync("shots", new Dictionary<string, Language> { ["austria"] = Language.French, ["germany"] = Language.German },
            "EU external action against trafficking in human beings, 2026");
        await s.SubmitAsync("austria", ReviewScenario.Row("Kenya"), ReviewScenario.Row("the region", description: "Formation des gardes-frontières"));
        await s.SubmitAsync("bulgaria", ReviewScenario.Row("Moldova"), ReviewScenario.Row("the region", description: "Awareness campaign in schools"));
        await s.SubmitAsync("germany", ReviewScenario.Row("Kenya", duration: "Frühjahr 2012"));
        await s.SubmitBytesAsync("germany", await File.ReadAllBytesAsync(PortalScenario.RejectedSamplePath));
        // The Presidency writes to each delegation in its language; the page shows the comment as written.
        foreach (var (contributor, comment) in new[]
                 {
                     ("austria", "Ligne 8\u00a0: quel pays ou quels pays désigne «\u00a0the region\u00a0»\u00a0? Merci de les indiquer en colonne A."),
                     ("bulgaria", "Row 8: which country or countries does “the region” mean? Please name them in column A."),
                 })
        {
            var asked = await s.Services.Reviews.RequestCorrectionAsync(s.Request(contributor, comment, "Return!A8"), handOff: false);
            Assert.True(asked.Done, asked.Refusal);
        }

        var environment = new Dictionary<string, string?>
        {
            ["THB_STORAGE"] = await TestStorage.ConnectionStringAsync(),
            [PortalOptions.SecretSetting] = ReviewScenario.PortalSecret,
            [IntakeOptions.ReprocessAfterSetting] = "86400",
        };
        await using var portal = await ServedPortal.StartAsync(environment, Directory.CreateTempSubdirectory("thb-shots-").FullName);
        string Link(string contributor) => $"{portal.Address}/api/portal/c/{s.Cycle.Id}/{contributor}?t={Uri.EscapeDataString(s.ContributorToken(contributor))}";

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PortalBrowser.LaunchAsync(playwright);
        // The browser's own words (the file chooser's) in the delegation's language too.
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 900 }, Locale = "fr-FR" });
        var page = await context.NewPageAsync();
        var french = ContributorTexts.In(Language.French);

        // --- Austria, in French: the request, then a reply through the form -------------------------------------------
        Assert.Equal(200, (await page.GotoAsync(Link("austria")))!.Status);
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
        await Expect(page.Locator("#review")).ToContainTextAsync(french["Review.CorrectionRequested"]);
        await Expect(page.Locator("#review")).ToContainTextAsync(french.Cell("Return", "A8"));
        Assert.Empty(await PortalBrowser.UnlabelledControlsAsync(page));
        await page.GetByLabel(french["Reply.Heading"]).FillAsync("La ligne 8 concerne la Serbie et l'Albanie ; nous déposons le classeur corrigé demain.");
        await page.GetByLabel(french["Reply.Name"]).FillAsync("Marie Dupont");
        await page.GetByRole(AriaRole.Button, new() { Name = french["Reply.Button"] }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = french["Reply.Sent"] })).ToBeVisibleAsync();
        await Expect(page.Locator("ol.thread")).ToContainTextAsync("Marie Dupont, Austria", Patient);
        Assert.Single(await s.Services.Reviews.RepliesAsync(s.Cycle.Id, ContributorId.Parse("austria")));
        await ShotAsync(page, "portal-fr");

        // --- The language switch: German, remembered on the next visit ------------------------------------------------
        await page.GetByRole(AriaRole.Link, new() { Name = "Deutsch" }).ClickAsync();
        Assert.Equal("de", await page.GetAttributeAsync("html", "lang"));
        await page.GotoAsync(Link("austria"));
        Assert.Equal("de", await page.GetAttributeAsync("html", "lang"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));

        // --- Germany, in German: its latest upload rejected, the earlier one still counts --------------------------------
        await using (var fresh = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 900 }, Locale = "de-DE" }))
        {
            var german = await fresh.NewPageAsync();
            await german.GotoAsync(Link("germany"));
            Assert.Equal("de", await german.GetAttributeAsync("html", "lang"));
            await Expect(german.Locator("#standing")).ToContainTextAsync(ContributorTexts.In(Language.German)["Kept"]);
            await Expect(german.Locator("#uploads details")).ToHaveAttributeAsync("open", "");
            await ShotAsync(german, "portal-de");

            // --- Bulgaria, in English: the correction request as the delegation first sees it --------------------------
            await using var englishContext = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 900 }, Locale = "en-GB" });
            var english = await englishContext.NewPageAsync();
            await english.GotoAsync(Link("bulgaria"));
            await Expect(english.Locator("#review")).ToContainTextAsync("The Presidency asks you to correct your return.");
            await ShotAsync(english, "portal-correction-request");
        }
        // On a phone the review, its thread and the reply form fit the screen: no sideways scrolling.
        await using (var phone = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true }))
        {
            var small = await phone.NewPageAsync();
            await small.GotoAsync(Link("austria"));
            await Expect(small.Locator("#reply-form")).ToBeVisibleAsync();
            Assert.True(await small.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the delegation page scrolls sideways on a phone");
        }
        Assert.Equal(0, await portal.StopAsync());
    }
}
