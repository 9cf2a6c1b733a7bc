using ClosedXML.Excel;
using Thb.IntegrationTests.Cli;
using Thb.Localisation;
using Thb.Tests.Localisation;

namespace Thb.IntegrationTests.Reminders;

/// <summary>
/// Each delegation reads us in its language end to end: a French delegation's rejected upload gets a French feedback
/// workbook, and its reminder arrives at the SMTP server (MailDev) in French with that upload's errors in French; a
/// German one in German; an English one as before. None has an English phrase left.
/// </summary>
public class LanguageMailTests
{
    [Fact]
    public async Task Reminders_arrive_in_each_delegation_s_language_with_its_stored_findings_in_that_language()
    {
        var cycle = TestStorage.NewCycleId("lang-mail");
        var domain = $"{cycle}.test";
        var folder = Directory.CreateTempSubdirectory("thb-lang-mail-").FullName;
        var env = new Dictionary<string, string?> { ["THB_STORAGE"] = await TestStorage.ConnectionStringAsync(), ["THB_SMTP"] = await TestMailDev.SmtpUriAsync() };
        var csv = Path.Combine(folder, "contributors.csv");
        await File.WriteAllTextAsync(csv, $"id,name,kind,order,emails,language\nfrance,France,member-state,1,paris@{domain},fr\ngermany,Germany,member-state,2,berlin@{domain},de\nmalta,Malta,member-state,3,valletta@{domain},\n");
        var open = await CliRunner.RunAsync(env, folder, "cycle", "open", cycle, "--deadline", "2026-12-08", "--contributors", csv, "--title", "THB 2026-2", "--owner", $"owner@{domain}");
        Assert.True(open.ExitCode == 0, open.Error);

        // France's first attempt lacks its Description column: rejected, with a French feedback workbook.
        var rejected = Path.Combine(LocalisedResources.RepositoryRoot, "src", "Thb.Cli", "Demo", "Rejected", "Germany-first-attempt.xlsx");
        var feedbackFolder = Path.Combine(folder, "feedback");
        var submit = await CliRunner.RunAsync(env, folder, "submit", rejected, "--cycle", cycle, "--contributor", "france", "--save-feedback", feedbackFolder);
        Assert.True(submit.ExitCode == 3, submit.Out + submit.Error);
        using (var feedback = new XLWorkbook(Directory.GetFiles(feedbackFolder, "*.xlsx").Single()))
        {
            var findings = feedback.Worksheet(1);
            Assert.Equal("Constats", findings.Name);
            var text = string.Join("\n", findings.CellsUsed().Select(c => c.GetString()));
            Assert.Contains("Le tableau n'a pas de colonne «\u00a0Description des actions et activités\u00a0»", text);
            Assert.Empty(LocalisedResources.EnglishLeftIn(text, Language.French));
        }

        var run = await CliRunner.RunAsync(env, folder, "remind", "--cycle", cycle, "--now", "2026-12-01T09:00Z");
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        var messages = await TestMailDev.MessagesToAsync(domain);

        var france = Assert.Single(messages, m => m.To.SequenceEqual([$"paris@{domain}"]));
        Assert.Equal("Rappel — France\u00a0: contribution sur la traite des êtres humains pour «\u00a0THB 2026-2\u00a0», attendue le 8 décembre 2026 (7 jours restants)", france.Subject);
        Assert.Contains("mardi 8 décembre 2026", france.Text);
        Assert.Contains("a été refusé", france.Text);
        Assert.Contains("Le tableau n'a pas de colonne «\u00a0Description des actions et activités\u00a0»", france.Text); // the stored finding, in French
        Assert.Contains("<strong>7 jours restants</strong>", System.Net.WebUtility.HtmlDecode(france.Html));
        Assert.Empty(LocalisedResources.EnglishLeftIn(france.Subject + "\n" + france.Text + "\n" + france.Html, Language.French));

        var germany = Assert.Single(messages, m => m.To.SequenceEqual([$"berlin@{domain}"]));
        Assert.Equal("Erinnerung — Germany: Beitrag zur Bekämpfung des Menschenhandels für „THB 2026-2“, fällig am 8. Dezember 2026 (noch 7 Tage)", germany.Subject);
        Assert.Contains("Dienstag, 8. Dezember 2026", germany.Text);
        Assert.Empty(LocalisedResources.EnglishLeftIn(germany.Subject + "\n" + germany.Text + "\n" + germany.Html, Language.German));

        var malta = Assert.Single(messages, m => m.To.SequenceEqual([$"valletta@{domain}"]));
        Assert.Equal("Reminder — Malta: THB return for “THB 2026-2” due on 8 December 2026 (7 days left)", malta.Subject);

        var digest = Assert.Single(messages, m => m.To.SequenceEqual([$"owner@{domain}"]));
        Assert.StartsWith("THB “THB 2026-2”: 3 reminders sent", digest.Subject); // the Presidency's side stays English
    }
}
