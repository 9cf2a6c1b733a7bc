using ClosedXML.Excel;
using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Localisation;
using Thb.Normalising.Durations;
using Thb.Normalising.Funding;
using Thb.Templates;

namespace Thb.Tests.Templates;

/// <summary>A template in French or German: written in the language, the six annex headers bilingual, and read back like an English one.</summary>
public class TemplateLanguageTests
{
    public static TheoryData<string> Translated() => ["fr", "de"];

    private static byte[] Build(Language language, IReadOnlyList<CarriedRow>? rows = null) =>
        TemplateSamples.Build(rows, contributor: TemplateSamples.Austria with { Language = language });

    private static ReturnCheck Check(byte[] xlsx) =>
        ReturnChecker.Check(new MemoryStream(xlsx), "template.xlsx", new CheckOptions { DelegationNames = ["Austria"], Cycle = "2012-1", ContributorId = "austria" });

    [Theory, MemberData(nameof(Translated))]
    public void An_unfilled_template_reads_back_as_its_delegation_s_nil_return(string code)
    {
        var language = Language.Parse(code);
        var check = Check(Build(language));
        Assert.Equal(ReturnStatus.Accepted, check.Status);
        Assert.Equal("Austria", check.Delegation);
        Assert.Equal("2012-1", check.Cycle);
        Assert.Equal(TemplateLayout.ReturnSheetIn(language), check.Sheet);
        Assert.Equal("B3", check.Metadata.DelegationCell?.ToString());
        Assert.Equal("B4", check.Metadata.CycleCell?.ToString());
        Assert.Equal([FindingCodes.TableNilReturn], check.Findings.Select(f => f.Code));
    }

    [Theory, MemberData(nameof(Translated))]
    public void Carried_rows_read_back_with_every_column_including_the_helper_ones(string code)
    {
        var rows = new[] { new CarriedRow("Albania", "Training", "Police training", "IOM", "2010", "45.000 EUR", new DateOnly(2010, 3, 1), new DateOnly(2011, 6, 30), true, 45000m) };
        var check = Check(Build(Language.Parse(code), rows));
        var english = Check(Build(Language.English, rows));
        Assert.Equal(english.Status, check.Status);
        Assert.Equal(english.Findings.Select(f => (f.Code, f.Cell)), check.Findings.Select(f => (f.Code, f.Cell)));
        Assert.DoesNotContain(check.Findings, f => f.Code.StartsWith("column.", StringComparison.Ordinal));
        var row = Assert.Single(check.Rows);
        Assert.Equal("Police training", row.Description.Raw);
        Assert.Equal("2010-03-01", row.Duration.Start?.ToString());
        Assert.True(row.Duration.Ongoing); // "Oui" / "Ja" from the drop-down
        Assert.Equal(45000m, row.Funding.AmountEur);
    }

    [Theory]
    [InlineData("fr", "Country/ region or organisation at international level / Pays, région ou organisation au niveau international", "Date de début", "Contribution")]
    [InlineData("de", "Country/ region or organisation at international level / Land/Region oder Organisation auf internationaler Ebene", "Beginn", "Beitrag")]
    public void The_annex_headers_are_bilingual_and_the_helper_headers_in_the_language(string code, string country, string start, string sheetName)
    {
        using var workbook = new XLWorkbook(new MemoryStream(Build(Language.Parse(code))));
        var sheet = workbook.Worksheet(sheetName);
        Assert.Equal(country, sheet.Cell(TemplateLayout.HeaderRow, TemplateLayout.ColumnOf(ReturnColumn.CountryRegion)).GetString());
        Assert.Equal(start, sheet.Cell(TemplateLayout.HeaderRow, TemplateLayout.ColumnOf(ReturnColumn.StartDate)).GetString());
        Assert.Equal(ReturnTexts.DelegationLabel(Language.Parse(code)), sheet.Cell(TemplateLayout.DelegationRow, 1).GetString());
    }

    [Theory]
    [InlineData("fr", "vendredi 29 juin 2012, jusqu'à minuit (heure de Bruxelles)", "engagées après avril 2011 et jusqu'au 30 avril 2012")]
    [InlineData("de", "Freitag, 29. Juni 2012, bis 24 Uhr (Brüsseler Zeit)", "die nach April 2011 und bis zum 30. April 2012 eingeleitet wurden")]
    public void The_deadline_and_the_period_are_dates_of_the_language(string code, string deadline, string period)
    {
        using var workbook = new XLWorkbook(new MemoryStream(Build(Language.Parse(code))));
        var instructions = string.Join("\n", workbook.Worksheet(1).CellsUsed().Select(c => c.GetString()));
        Assert.Contains(deadline, instructions);
        Assert.Contains(period, instructions);
    }

    [Theory, MemberData(nameof(Translated))]
    public void Each_example_written_in_the_language_reads_as_its_English_original(string code)
    {
        var translated = TemplateExamples.For(Language.Parse(code));
        Assert.Equal(TemplateExamples.All.Count, translated.Count);
        for (var i = 0; i < translated.Count; i++)
        {
            var (english, own) = (TemplateExamples.All[i], translated[i]);
            Assert.Equal(english.Poor, own.Poor);
            if (english.Column == ReturnColumn.Duration)
            {
                Duration a = DurationNormaliser.Normalise(english.Good), b = DurationNormaliser.Normalise(own.Good);
                Assert.Equal((a.Kind, a.Start?.ToString(), a.End?.ToString(), a.Ongoing), (b.Kind, b.Start?.ToString(), b.End?.ToString(), b.Ongoing));
            }
            else
            {
                var (a, b) = (FundingNormaliser.Normalise(english.Good), FundingNormaliser.Normalise(own.Good));
                Assert.Equal((a.Kind, a.AmountEur), (b.Kind, b.AmountEur));
            }
        }
    }

    [Theory, MemberData(nameof(Translated))]
    public void Its_feedback_workbook_uploaded_again_reads_as_the_return_did(string code)
    {
        var language = Language.Parse(code);
        var rows = new[] { new CarriedRow("Albania", "Training", "", "IOM", "since 2010, ongoing", "XX") };
        var template = Build(language, rows);
        var inspection = Thb.Intake.Workbooks.PackageInspector.Inspect(new MemoryStream(template), Thb.Intake.Workbooks.WorkbookLimits.Default);
        var check = Check(template);
        Assert.Contains(check.Findings, f => f.Code == FindingCodes.RowDescriptionMissing);
        var feedback = Thb.Intake.FeedbackWorkbook.Create(inspection.Package, check, DateTimeOffset.UnixEpoch, language);

        var again = Check(feedback);
        Assert.Equal(check.Sheet, again.Sheet);
        Assert.Equal(check.Findings.Select(f => (f.Code, f.Cell)), again.Findings.Select(f => (f.Code, f.Cell)));
        using var workbook = new XLWorkbook(new MemoryStream(feedback));
        Assert.Equal(Thb.Intake.Feedback.FeedbackTexts.SheetName(language), workbook.Worksheet(1).Name);
    }

    [Fact]
    public void The_English_examples_are_the_English_resource()
    {
        var texts = TemplateTexts.In(Language.English);
        for (var i = 0; i < TemplateExamples.All.Count; i++)
        {
            Assert.Equal(TemplateExamples.All[i].Good, texts[$"Example.{i + 1}.Good"]);
            Assert.Equal(TemplateExamples.All[i].Why, texts[$"Example.{i + 1}.Why"]);
        }
    }

    [Fact]
    public void An_English_template_is_as_it_was()
    {
        using var workbook = new XLWorkbook(new MemoryStream(TemplateSamples.Build()));
        Assert.Equal(["Instructions", "Return", "Narrative", "Lists", "_thb"], workbook.Worksheets.Select(w => w.Name)); // and the Narrative sheet of issue 19
        var sheet = workbook.Worksheet("Return");
        Assert.Equal(ReturnLayout.Header(ReturnColumn.CountryRegion), sheet.Cell(TemplateLayout.HeaderRow, 1).GetString());
        Assert.Equal("Delegation", sheet.Cell(TemplateLayout.DelegationRow, 1).GetString());
    }
}
