using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.Playwright;
using Thb.Annex;
using Thb.Intake;
using Thb.IntegrationTests.Cli;
using static Microsoft.Playwright.Assertions;

namespace Thb.IntegrationTests.Portal;

/// <summary>
/// The portal as people use it: `thb serve` on a free port, links from `thb links`, and Debian's Chromium (headless,
/// through Playwright) uploading, reading verdicts, downloading feedback and the annex. Screenshots are kept in
/// artifacts/portal-screenshots/ for a person to look at.
/// </summary>
public class PortalEndToEndTests
{
    private const string Secret = "e2e-portal-secret-1d8f3b6a0c2e4f5a7b9c1d3e5f7a9b0c";

    /// <summary>The intake runs beside the request on a shared machine: allow it time, but wait on the page, not a clock.</summary>
    private static readonly LocatorAssertionsToContainTextOptions VerdictWait = new() { Timeout = 90_000 };

    private static string Shot(string name) => Path.Combine(PortalBrowser.ScreenshotFolder, name + ".png");

    [Fact]
    public async Task Delegations_upload_and_read_verdicts_and_the_presidency_downloads_the_annex_in_a_browser()
    {
        // This run's screenshots only: none left over from an earlier run of another version of the pages.
        foreach (var old in Directory.GetFiles(PortalBrowser.ScreenshotFolder, "*.png")) File.Delete(old);
        var environment = new Dictionary<string, string?>
        {
            ["THB_STORAGE"] = await TestStorage.ConnectionStringAsync(),
            [Thb.Portal.PortalOptions.SecretSetting] = Secret,
            // The storage is shared with the other tests, some of which leave uploads without a verdict on purpose:
            // serve's sweep of every open cycle must not reprocess theirs here (this test's uploads get their verdicts
            // from the intake serve runs after each upload; the sweep has its own tests).
            [IntakeOptions.ReprocessAfterSetting] = "86400",
        };
        var folder = Directory.CreateTempSubdirectory("thb-portal-e2e-").FullName;
        var cycle = TestStorage.NewCycleId("e2e");
        var contributors = Path.Combine(folder, "contributors.csv");
        await File.WriteAllTextAsync(contributors, "id,name,kind,order,emails\nbulgaria,Bulgaria,member-state,1,\ngermany,Germany,member-state,2,\n");
        var open = await CliRunner.RunAsync(environment, folder, "cycle", "open", cycle, "--deadline", DateTime.UtcNow.AddDays(21).ToString("yyyy-MM-dd"),
            "--contributors", contributors, "--title", "EU external action report, first half");
        Assert.True(open.ExitCode == 0, open.Error);

        await using var portal = await ServedPortal.StartAsync(environment, folder);
        Assert.Matches(@"^http://127\.0\.0\.1:\d+$", portal.Address);
        Assert.DoesNotMatch(":0$", portal.Address);
        Assert.Contains($"Portal listening on {portal.Address}", portal.Output);

        var links = await CliRunner.RunAsync(environment, folder, "links", "--cycle", cycle, "--base-url", portal.Address);
        Assert.True(links.ExitCode == 0, links.Error);
        var lines = links.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(3, lines.Length);
        var bulgaria = Assert.Single(lines, l => l.Contains($"/api/portal/c/{cycle}/bulgaria?t="));
        var germany = Assert.Single(lines, l => l.Contains($"/api/portal/c/{cycle}/germany?t="));
        var presidency = Assert.Single(lines, l => l.Contains($"/api/portal/p/{cycle}?t="));
        Assert.All(lines, l => Assert.StartsWith(portal.Address + "/api/portal/", l));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PortalBrowser.LaunchAsync(playwright);
        await using var desktop = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, AcceptDownloads = true });
        var page = await desktop.NewPageAsync();

        // --- Bulgaria: a good return, uploaded with the keyboard only -------------------------------------------------
        var opened = await page.GotoAsync(bulgaria);
        Assert.Equal(200, opened!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Bulgaria");
        Assert.Empty(await PortalBrowser.UnlabelledControlsAsync(page));
        var fileInput = page.GetByLabel("Your return");
        Assert.Equal("file", await fileInput.GetAttributeAsync("type"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("1-delegation-first-view"), FullPage = true });

        await fileInput.FocusAsync();
        await fileInput.SetInputFilesAsync(TestData.Sample("Bulgaria"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("upload-button", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("Enter");

        var status = page.GetByRole(AriaRole.Status);
        Assert.Equal("polite", await status.GetAttributeAsync("aria-live"));
        await Expect(status).ToContainTextAsync("was accepted", VerdictWait);
        await Expect(status).ToContainTextAsync("Bulgaria.xlsx was accepted");
        await Expect(status).ToContainTextAsync("15 rows, no errors");
        await Expect(page.Locator("#standing")).ToContainTextAsync("Received and accepted");
        await Expect(page.Locator("#uploads")).ToContainTextAsync("Bulgaria.xlsx");
        Assert.Equal(100, await page.Locator("#upload-progress").EvaluateAsync<int>("p => p.value"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("2-delegation-accepted"), FullPage = true });

        // --- Germany: a return without its Description column --------------------------------------------------------
        Assert.Equal(200, (await page.GotoAsync(germany))!.Status);
        await page.GetByLabel("Your return").SetInputFilesAsync(PortalScenario.RejectedSamplePath);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();
        await Expect(status).ToContainTextAsync("was rejected", VerdictWait);
        await Expect(status).ToContainTextAsync("9 rows, 1 error,");
        await Expect(page.Locator("#standing")).ToContainTextAsync("Not accepted yet");
        // The newest rejected upload shows its findings without a click.
        var findings = page.Locator("#uploads details");
        await Expect(findings).ToHaveAttributeAsync("open", "");
        await Expect(findings.Locator("li.sev-error")).ToContainTextAsync("Description of actions and activities");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("3-delegation-rejected-with-findings"), FullPage = true });

        var feedback = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "marked-up workbook" }).First.ClickAsync());
        var feedbackFile = Path.Combine(folder, feedback.SuggestedFilename);
        await feedback.SaveAsAsync(feedbackFile);
        Assert.EndsWith(".xlsx", feedbackFile);
        using (var workbook = new XLWorkbook(feedbackFile))
        {
            Assert.Equal(FeedbackWorkbook.FindingsSheetName, workbook.Worksheet(1).Name);
            Assert.Contains(workbook.Worksheet(1).CellsUsed(), c => c.GetString().Contains("Description of actions and activities"));
        }

        // --- The Presidency: who has submitted, then the annex -------------------------------------------------------
        Assert.Equal(200, (await page.GotoAsync(presidency))!.Status);
        Assert.Empty(await PortalBrowser.UnlabelledControlsAsync(page));
        var bulgariaRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Bulgaria" });
        var germanyRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Germany" });
        await Expect(bulgariaRow).ToContainTextAsync("accepted");
        await Expect(germanyRow).ToContainTextAsync("rejected");
        await Expect(page.Locator("main")).ToContainTextAsync("1 of 2");

        var annex = await CliRunner.RunAsync(environment, folder, "annex", "--cycle", cycle);
        Assert.True(annex.ExitCode == 0, annex.Error);
        await page.ReloadAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("5-presidency"), FullPage = true });

        // --- Both pages on a phone --------------------------------------------------------------------------------------
        await using (var phone = await browser.NewContextAsync(new BrowserNewContextOptions
                     { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2 }))
        {
            var small = await phone.NewPageAsync();
            await small.GotoAsync(germany);
            await Expect(small.Locator("#uploads")).ToContainTextAsync("rejected");
            // Nothing wider than the screen: no sideways scrolling on a phone.
            Assert.True(await small.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the delegation page scrolls sideways on a phone");
            await small.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("4-delegation-phone-first-screen") });
            await small.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("4-delegation-phone-full"), FullPage = true });

            await small.GotoAsync(presidency);
            Assert.True(await small.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the Presidency page scrolls sideways on a phone");
            await small.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("6-presidency-phone-first-screen") });
        }

        var annexDownload = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download the annex (.xlsx)" }).ClickAsync());
        var annexFile = Path.Combine(folder, annexDownload.SuggestedFilename);
        await annexDownload.SaveAsAsync(annexFile);
        using (var workbook = new XLWorkbook(annexFile))
        {
            var sources = workbook.Worksheet(AnnexWorkbook.AnnexSheet).Column(AnnexWorkbook.SourceColumn).CellsUsed().Select(c => c.GetString()).ToList();
            Assert.Contains(sources, s => s.StartsWith("bulgaria/", StringComparison.Ordinal));
            Assert.DoesNotContain(sources, s => s.StartsWith("germany/", StringComparison.Ordinal));
        }
        var csvDownload = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download all rows (.csv)" }).ClickAsync());
        Assert.EndsWith(".csv", csvDownload.SuggestedFilename);
        var csvFile = Path.Combine(folder, csvDownload.SuggestedFilename);
        await csvDownload.SaveAsAsync(csvFile);
        Assert.StartsWith("contributor,", (await File.ReadAllTextAsync(csvFile)).TrimStart('\uFEFF'));

        // --- A tampered link: the plain 403 ----------------------------------------------------------------------------
        var tampered = Regex.Replace(bulgaria, "/bulgaria\\?", "/germany?");
        var refused = await page.GotoAsync(tampered);
        Assert.Equal(403, refused!.Status);
        Assert.Equal("Forbidden", (await refused.TextAsync()).Trim());
        var forged = bulgaria[..^5] + (bulgaria[^5] == 'A' ? 'B' : 'A') + bulgaria[^4..];
        Assert.Equal(403, (await page.GotoAsync(forged))!.Status);

        Assert.Equal(0, await portal.StopAsync());
        // The test storage is shared: serve's sweep may process other tests' uploads left without a verdict, and says so;
        // nothing else, and nothing of this cycle, belongs on standard error.
        Assert.DoesNotContain(portal.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            line => !line.StartsWith("thb serve: reprocessed ", StringComparison.Ordinal) || line.StartsWith($"thb serve: reprocessed {cycle}/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Thb_serve_on_a_port_in_use_says_so_and_exits()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
        var environment = new Dictionary<string, string?> { ["THB_STORAGE"] = await TestStorage.ConnectionStringAsync(), [Thb.Portal.PortalOptions.SecretSetting] = Secret };
        var result = await CliRunner.RunAsync(environment, Directory.CreateTempSubdirectory("thb-serve-").FullName, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"cannot listen on 127.0.0.1:{port}", result.Error);
        Assert.Contains("--port", result.Error);
    }
}
