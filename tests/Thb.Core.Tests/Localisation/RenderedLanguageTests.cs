using System.IO.Compression;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Intake.Workbooks;
using Thb.Localisation;
using Thb.Reminders;
using Thb.Templates;
using Thb.Tests.Templates;
using Thb.Workbooks;

namespace Thb.Tests.Localisation;

/// <summary>
/// Templates, feedback workbooks and reminders rendered in French and German, read back whole and searched for the
/// English resource values: none may be left (the six annex headers are bilingual on purpose).
/// </summary>
public class RenderedLanguageTests
{
    public static TheoryData<string> Translated() => ["fr", "de"];

    /// <summary>The annex columns' headers are written "English / French" in a French template: their English is meant.</summary>
    private static bool NotAnAnnexHeader(string key) =>
        !ReturnLayout.AnnexColumns.Any(c => key == $"ReturnTexts:Header.{c}");

    private static Contributor Contributor(Language language, DateOnly? ownDeadline = null) =>
        TemplateSamples.Austria with { Language = language, DeadlineOverride = ownDeadline };

    private static IEnumerable<byte[]> Templates(Language language)
    {
        var rows = new[]
        {
            new CarriedRow("Albania", "Training", "Police training", "IOM", "since 2010, ongoing", "45.000 EUR", null, null, true, null),
            new CarriedRow("Kosovo", "Awareness raising", "Campaign", "UNODC", "2011", "12.000 EUR", new DateOnly(2011, 1, 1), new DateOnly(2011, 12, 31), false, 1000m),
        };
        yield return TemplateSamples.Build(contributor: Contributor(language));
        yield return TemplateSamples.Build(rows, contributor: Contributor(language, new DateOnly(2012, 7, 13)), uploadLink: "https://thb.example.eu/c/austria");
        yield return TemplateSamples.Build(rows[..1], TemplateSamples.Cycle(new DateOnly(2011, 5, 12), owner: null), Contributor(language));
        yield return TemplateWorkbook.Build(new TemplateRequest(TemplateSamples.Cycle() with { PeriodStart = null, PeriodEnd = null }, Contributor(language), []));
    }

    [Theory, MemberData(nameof(Translated))]
    public void A_template_has_no_English_left_but_the_annex_headers(string code)
    {
        var language = Language.Parse(code);
        foreach (var template in Templates(language))
        {
            var left = LocalisedResources.EnglishLeftIn(LocalisedResources.TextOf(template), language, NotAnAnnexHeader);
            Assert.True(left.Count == 0, string.Join("\n", left));
        }
    }

    [Fact]
    public void The_check_sees_English_left_in_an_English_template()
    {
        var left = LocalisedResources.EnglishLeftIn(LocalisedResources.TextOf(TemplateSamples.Build()), Language.French, NotAnAnnexHeader);
        Assert.Contains(left, l => l.StartsWith("TemplateTexts:Instructions.After.Text", StringComparison.Ordinal));
        Assert.True(left.Count > 30);
    }

    /// <summary>One finding for each message of FindingMessages (each code and each variant), marked at a cell of the Return sheet.</summary>
    private static ReturnCheck EveryMessage()
    {
        var findings = LocalisedResources.Read("src/Thb.Core/Intake/Findings/FindingMessages.resx", Language.English).Select((p, i) =>
        {
            var parts = p.Key.Split('/');
            var arguments = Enumerable.Range(0, 8).Select(n => (object)$"x{n}").ToArray();
            var message = parts.Length == 1 ? FindingMessage.With(arguments) : FindingMessage.Variant(parts[1], arguments);
            return Finding.Warning(parts[0], message, TemplateLayout.ReturnSheet, new CellReference(7 + i, 1));
        }).ToList();
        return new ReturnCheck("return.xlsx", ReturnStatus.AcceptedWithWarnings, "Austria", "2012-1", TemplateLayout.ReturnSheet, TemplateLayout.HeaderRow,
            findings, [], new ReturnMetadata(null, null));
    }

    [Theory, MemberData(nameof(Translated))]
    public void A_feedback_workbook_has_every_message_and_no_English_in_its_findings_and_comments(string code)
    {
        var language = Language.Parse(code);
        var upload = TemplateSamples.Build();
        var inspection = PackageInspector.Inspect(new MemoryStream(upload), WorkbookLimits.Default);
        var check = EveryMessage();
        var feedback = FeedbackWorkbook.Create(inspection.Package, check, DateTimeOffset.UnixEpoch, language);

        var original = PartNames(upload);
        // Only what the feedback adds: the upload's own parts (its sheets, its document properties) are the delegation's.
        var ours = LocalisedResources.TextOf(feedback, part => !original.Contains(part));
        var left = LocalisedResources.EnglishLeftIn(ours, language);
        Assert.True(left.Count == 0, string.Join("\n", left));
        Assert.All(check.Findings, f => Assert.Contains(f.In(language), ours));
        Assert.Contains(Thb.Intake.Feedback.FeedbackTexts.SheetName(language), LocalisedResources.TextOf(feedback, p => p == "xl/workbook.xml"));

        var findingsOnly = FeedbackWorkbook.FindingsOnly(check, DateTimeOffset.UnixEpoch, "note", language);
        Assert.Empty(LocalisedResources.EnglishLeftIn(LocalisedResources.TextOf(findingsOnly), language));
    }

    [Fact]
    public void The_check_sees_an_English_feedback_workbook()
    {
        var feedback = FeedbackWorkbook.FindingsOnly(EveryMessage(), DateTimeOffset.UnixEpoch, null);
        Assert.True(LocalisedResources.EnglishLeftIn(LocalisedResources.TextOf(feedback), Language.German).Count > 50);
    }

    private static HashSet<string> PartNames(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        return zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
    }

    private static async Task<List<MailContent>> RemindersAsync(Language language)
    {
        var cycle = new Cycle(CycleId.Parse("2026-2"), "THB 2026 second half", new DateOnly(2026, 12, 8), CycleState.Open, [14, 7, 0], OwnerEmail: "presidency@example.eu");
        var contributor = new Contributor(ContributorId.Parse("france"), "France", ContributorKind.MemberState, 1, ["paris@example.fr"], Language: language);
        var errors = Enumerable.Range(0, 7).Select(i => Finding.Error(FindingCodes.RowCountryMissing, FindingMessage.With(7 + i), "Return", new CellReference(7 + i, 1))).ToArray();
        var rejected = new Submission(CycleId.Parse("2026-2"), ContributorId.Parse("france"), SubmissionId.Parse("s1"), "2026-2/france/r.xlsx", "r.xlsx", "e", null, 10, new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 12, 1, 9, 0, 1, TimeSpan.Zero), ReturnStatus.Rejected, 7, 7, 0, false, null, null, errors);
        var deadline = cycle.Deadline;
        var link = new Uri("https://thb.example.eu/c/france");
        var mails = new List<MailContent>();
        mails.Add(await ReminderComposer.ReminderAsync(cycle, contributor, deadline, ReminderKind.Before(7), deadline.AddDays(-7), null, null));
        mails.Add(await ReminderComposer.ReminderAsync(cycle, contributor, deadline, ReminderKind.Before(1), deadline.AddDays(-1), rejected, link));
        mails.Add(await ReminderComposer.ReminderAsync(cycle, contributor, deadline, ReminderKind.Before(0), deadline, null, link));
        mails.Add(await ReminderComposer.ReminderAsync(cycle with { OwnerEmail = null }, contributor, deadline, ReminderKind.Overdue(1), deadline.AddDays(1), rejected, null));
        mails.Add(await ReminderComposer.ReminderAsync(cycle, contributor, deadline, ReminderKind.Overdue(2), deadline.AddDays(8), null, null));
        mails.Add(await ReminderComposer.ReminderAsync(cycle, contributor, deadline, ReminderKind.Overdue(3), deadline.AddDays(15), null, link));
        return mails;
    }

    [Theory, MemberData(nameof(Translated))]
    public async Task A_reminder_has_no_English_left_in_its_subject_text_or_HTML(string code)
    {
        var language = Language.Parse(code);
        foreach (var mail in await RemindersAsync(language))
        {
            var left = LocalisedResources.EnglishLeftIn(mail.Subject + "\n" + mail.Text + "\n" + mail.Html, language);
            Assert.True(left.Count == 0, mail.Subject + "\n" + string.Join("\n", left));
            Assert.Contains(LocalisedDates.Date(new DateOnly(2026, 12, 8), language), mail.Subject);
        }
    }

    [Fact]
    public async Task A_French_reminder_reads_as_a_French_letter()
    {
        var mail = (await RemindersAsync(Language.French))[1];
        // French typography: a no-break space before the colon and inside the guillemets.
        Assert.Equal("Rappel — France\u00a0: contribution sur la traite des êtres humains pour «\u00a0THB 2026 second half\u00a0», attendue le 8 décembre 2026 (1 jour restant)", mail.Subject);
        Assert.StartsWith("Madame, Monsieur,", mail.Text);
        Assert.Contains("mardi 8 décembre 2026", mail.Text);
        Assert.Contains("Return!A7\u00a0: La ligne 7 n'indique ni pays, ni région, ni organisation.", mail.Text);
        Assert.Contains("… et 2 autre(s)", mail.Text);
        Assert.Contains("<html lang=\"fr\">", mail.Html);
    }

    [Fact]
    public async Task A_German_reminder_reads_as_a_German_letter()
    {
        var mail = (await RemindersAsync(Language.German))[3];
        Assert.Equal("Überfällig — France: Beitrag zur Bekämpfung des Menschenhandels für „THB 2026 second half“, fällig am 8. Dezember 2026 (1 Tag überfällig)", mail.Subject);
        Assert.StartsWith("Sehr geehrte Damen und Herren,", mail.Text);
        Assert.Contains("Dienstag, 8. Dezember 2026", mail.Text);
        Assert.Contains("Mahnung Nr. 1", mail.Text);
        Assert.Contains("<strong>1 Tag überfällig</strong>", System.Net.WebUtility.HtmlDecode(mail.Html));
    }

    [Fact]
    public async Task The_check_sees_an_English_reminder()
    {
        var mail = (await RemindersAsync(Language.English))[0];
        Assert.NotEmpty(LocalisedResources.EnglishLeftIn(mail.Text, Language.French));
    }
}
