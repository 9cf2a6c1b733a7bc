using ClosedXML.Excel;
using Thb.Cycles;
using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Templates;
using Thb.Tests.Intake;
using Thb.Tests.Templates;

namespace Thb.Tests.Sections;

/// <summary>Returns in sub-sections: the template's sheet per section, headed blocks on one sheet, unknown and missing headings.</summary>
public class SectionReadingTests
{
    public static readonly IReadOnlyList<SectionTitle> Titles = [new("DG Home Affairs"), new("DG Enlargement"), new("DG Development Cooperation")];

    public static readonly Contributor Commission =
        new(ContributorId.Parse("european-commission"), "European Commission", ContributorKind.Commission, 32, []) { Sections = Titles };

    private static CheckOptions Options(IReadOnlyList<SectionTitle>? sections = null) => new()
    {
        DelegationNames = ["European Commission", "european-commission"],
        Cycle = "2012-1",
        ContributorId = "european-commission",
        Sections = sections ?? Titles,
    };

    private static ReturnCheck Check(byte[] xlsx, CheckOptions? options = null) => ReturnChecker.Check(new MemoryStream(xlsx), "commission.xlsx", options ?? Options());

    /// <summary>The Commission's template with actions typed on its section sheets: (sheet index, country, description) each.</summary>
    private static byte[] FilledTemplate(params (int Sheet, string Country, string Description)[] actions)
    {
        using var workbook = new XLWorkbook(new MemoryStream(TemplateSamples.Build(contributor: Commission)));
        var names = TemplateLayout.SectionSheetNames(Titles);
        foreach (var group in actions.GroupBy(a => a.Sheet))
        {
            var sheet = workbook.Worksheet(names[group.Key]);
            var row = TemplateLayout.FirstDataRow;
            foreach (var (_, country, description) in group)
            {
                sheet.Cell(row, 1).SetValue(country);
                sheet.Cell(row, 2).SetValue("Project");
                sheet.Cell(row, 3).SetValue(description);
                sheet.Cell(row, 5).SetValue("2010 - 2012");
                sheet.Cell(row++, 6).SetValue("100.000 EUR");
            }
        }
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    [Fact]
    public void The_template_of_a_sectioned_contributor_has_one_sheet_per_section_each_naming_its_section()
    {
        using var workbook = new XLWorkbook(new MemoryStream(TemplateSamples.Build(contributor: Commission)));
        var names = workbook.Worksheets.Select(s => s.Name).ToList();
        Assert.Equal([TemplateLayout.InstructionsSheet, "DG Home Affairs", "DG Enlargement", "DG Development Cooperation"], names.Take(4));
        Assert.DoesNotContain(TemplateLayout.ReturnSheet, names);
        foreach (var title in Titles)
        {
            var sheet = workbook.Worksheet(title.Text);
            Assert.Equal(TemplateLayout.SectionLabel, sheet.Cell(TemplateLayout.HintRow, 1).GetString());
            Assert.Equal(title.Text, sheet.Cell(TemplateLayout.HintRow, 2).GetString());
            Assert.Equal(ReturnLayout.Header(ReturnColumn.Description), sheet.Cell(TemplateLayout.HeaderRow, 3).GetString());
        }
        Assert.Equal("DG Home Affairs|DG Enlargement|DG Development Cooperation", workbook.Worksheet(ReturnLayout.MetadataSheetName).Cell(5, 2).GetString());
    }

    [Fact]
    public void Sheet_names_keep_to_what_excel_allows()
    {
        var names = TemplateLayout.SectionSheetNames([new("DG Home Affairs: ISEC/AGIS [2003-2013]"), new("Instructions"), new("A title far longer than thirty-one characters, one"),
            new("A title far longer than thirty-one characters, two")]);
        Assert.Equal("DG Home Affairs  ISEC AGIS  200", names[0]);
        Assert.Equal("Instructions (2)", names[1]);
        Assert.All(names, n => Assert.True(n.Length <= 31, n));
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Each_row_of_a_filled_template_carries_the_section_of_its_sheet()
    {
        var check = Check(FilledTemplate((0, "Global", "Indexing THB"), (0, "Albania", "JITs"), (2, "Nepal", "Capacity building")));

        Assert.Equal(ReturnStatus.Accepted, check.Status);
        Assert.Equal("DG Home Affairs", check.Sheet);
        Assert.Equal(["Indexing THB", "JITs", "Capacity building"], check.Rows.Select(r => r.Description.Raw));
        Assert.Equal(["DG Home Affairs", "DG Home Affairs", "DG Development Cooperation"], check.Rows.Select(r => r.Section?.Text));
        Assert.Equal([null, null, "DG Development Cooperation"], check.Rows.Select(r => r.Sheet));
        Assert.Equal([("DG Home Affairs", true, 2), ("DG Enlargement", true, 0), ("DG Development Cooperation", true, 1)],
            check.Sections.Select(s => (s.Title.Text, s.Known, s.Rows)));
        Assert.DoesNotContain(check.Findings, f => f.Code is FindingCodes.SheetOtherTable or FindingCodes.SectionUnknown or FindingCodes.SectionNone);
    }

    [Fact]
    public void Without_the_registry_the_templates_own_sections_are_read()
    {
        var check = Check(FilledTemplate((1, "Serbia", "Workshop")), Options(sections: []));
        Assert.Equal("DG Enlargement", check.Rows.Single().Section?.Text);
        Assert.Equal(3, check.Sections.Count);
    }

    [Fact]
    public void The_json_of_a_sectioned_check_adds_each_rows_section_and_sheet_and_the_sections_read()
    {
        var json = ReturnJson.Serialize(Check(FilledTemplate((0, "Global", "Indexing THB"), (1, "Serbia", "Workshop"))));
        Assert.Contains("\"section\": \"DG Enlargement\"", json);
        Assert.Contains("\"sheet\": \"DG Enlargement\"", json);
        Assert.Contains("\"sections\": [", json);
        var back = System.Text.Json.JsonSerializer.Deserialize<ReturnCheck>(json, ReturnJson.Options)!;
        Assert.Equal(["DG Home Affairs", "DG Enlargement"], back.Rows.Select(r => r.Section?.Text));
        Assert.Equal(3, back.Sections.Count);
    }

    /// <summary>The 2011 annex's own layout: one table, the sections as heading rows inside it.</summary>
    private static RawXlsx HeadedBlocks(params string?[][] rows)
    {
        var x = new RawXlsx().Sheet("Commission").Row(3, "Delegation", "European Commission").Row(4, "Reporting cycle", "2012-1").Row(6, RawXlsx.AnnexHeaders);
        for (var i = 0; i < rows.Length; i++) x.Row(7 + i, rows[i]);
        return x;
    }

    [Fact]
    public void Headed_blocks_on_one_sheet_put_each_row_under_the_heading_above_it_and_rows_under_none_in_the_first()
    {
        var check = Check(HeadedBlocks(
            ["Albania", "Project", "Before any heading", "IOM", "2011", "1.000 EUR"],
            [null, "DG Enlargement"],
            ["Serbia", "Workshop", "Under enlargement", "MoI", "2010", "2.000 EUR"],
            ["dg development-cooperation"],
            ["Nepal", "Project", "Under development", "NGO", "2009", "3.000 EUR"]).Build());

        Assert.Equal(["Before any heading", "Under enlargement", "Under development"], check.Rows.Select(r => r.Description.Raw));
        Assert.Equal(["DG Home Affairs", "DG Enlargement", "DG Development Cooperation"], check.Rows.Select(r => r.Section?.Text));
        Assert.Equal([7, 9, 11], check.Rows.Select(r => r.Row));
        Assert.DoesNotContain(check.Findings, f => f.Code == FindingCodes.RowCountryMissing);
    }

    [Fact]
    public void An_unknown_section_heading_is_a_warning_naming_the_known_ones_and_its_rows_keep_it()
    {
        var check = Check(HeadedBlocks(
            ["Section: DG Trade"],
            ["Chile", "Project", "Trade rows", "ILO", "2011", "5.000 EUR"],
            ["Section: DG Home Affairs"],
            ["Global", "Project", "Home rows", "IOM", "2011", "6.000 EUR"]).Build());

        var warning = Assert.Single(check.Findings, f => f.Code == FindingCodes.SectionUnknown);
        Assert.Equal(FindingSeverity.Warning, warning.Severity);
        Assert.Contains("\"DG Trade\"", warning.Message);
        Assert.Contains("\"DG Home Affairs\", \"DG Enlargement\", \"DG Development Cooperation\"", warning.Message);
        Assert.Equal("A7", warning.Cell?.ToString());
        Assert.Equal(ReturnStatus.AcceptedWithWarnings, check.Status);
        Assert.Equal(["DG Trade", "DG Home Affairs"], check.Rows.Select(r => r.Section?.Text));
        Assert.Equal([("DG Home Affairs", true, 1), ("DG Enlargement", true, 0), ("DG Development Cooperation", true, 0), ("DG Trade", false, 1)],
            check.Sections.Select(s => (s.Title.Text, s.Known, s.Rows)));
    }

    [Fact]
    public void A_return_naming_no_section_puts_everything_in_the_first_and_says_so()
    {
        var check = Check(RawXlsx.Return("European Commission", "2012-1", ["Albania", "Project", "One", "IOM", "2011", "1.000 EUR"]).Build());
        Assert.Equal("DG Home Affairs", check.Rows.Single().Section?.Text);
        var info = Assert.Single(check.Findings, f => f.Code == FindingCodes.SectionNone);
        Assert.Equal(FindingSeverity.Info, info.Severity);
    }

    [Fact]
    public void A_contributor_without_sections_reads_as_before_one_table_and_no_section()
    {
        var check = ReturnChecker.Check(new MemoryStream(RawXlsx.Return("Austria", "2012-1", ["Albania", "Training", "One", "IOM", "2011", "1.000 EUR"]).Build()), "a.xlsx");
        Assert.Null(check.Rows.Single().Section);
        Assert.Empty(check.Sections);
        Assert.DoesNotContain("\"section", ReturnJson.Serialize(check));
    }
}

/// <summary>A sectioned template in another language reads back the same: its sections' sheets, its narrative sheet and its levels in German.</summary>
public class SectionLanguageTests
{
    [Fact]
    public void A_german_commission_template_reads_back_with_its_sections_and_its_narrative()
    {
        var commission = SectionReadingTests.Commission with { Language = Thb.Localisation.Language.German };
        using var workbook = new XLWorkbook(new MemoryStream(TemplateSamples.Build(contributor: commission)));
        var names = TemplateLayout.SectionSheetNames(SectionReadingTests.Titles, Thb.Localisation.Language.German);
        var enlargement = workbook.Worksheet(names[1]);
        Assert.Equal("Abschnitt", enlargement.Cell(TemplateLayout.HintRow, 1).GetString());
        enlargement.Cell(TemplateLayout.FirstDataRow, 1).SetValue("Serbien");
        enlargement.Cell(TemplateLayout.FirstDataRow, 3).SetValue("Workshop zu Menschenhandel");
        var narrative = workbook.Worksheet("Fließtext");
        Assert.Equal(("Ebene", "Text"), (narrative.Cell(TemplateLayout.HeaderRow, 1).GetString(), narrative.Cell(TemplateLayout.HeaderRow, 2).GetString()));
        narrative.Cell(TemplateLayout.FirstDataRow, 1).SetValue("Überschrift 1");
        narrative.Cell(TemplateLayout.FirstDataRow, 2).SetValue("Überblick");
        narrative.Cell(TemplateLayout.FirstDataRow + 1, 1).SetValue("Nummeriert");
        narrative.Cell(TemplateLayout.FirstDataRow + 1, 2).SetValue("Albanien");
        using var output = new MemoryStream();
        workbook.SaveAs(output);

        var check = ReturnChecker.Check(new MemoryStream(output.ToArray()), "kommission.xlsx", new CheckOptions
        {
            DelegationNames = ["European Commission", "european-commission"], Cycle = "2012-1", ContributorId = "european-commission", Sections = SectionReadingTests.Titles,
        });
        Assert.True(check.Status.IsAccepted(), string.Join("\n", check.Findings.Select(f => f.Message)));
        Assert.Equal("DG Enlargement", check.Rows.Single().Section?.Text);
        Assert.Equal(["Überblick", "1. Albanien"], check.Narrative.Single().Paragraphs.Select(p => p.Shown));
        Assert.Empty(check.Tables); // the German Instructions ("Anleitung") and Lists are the template's own
    }
}
