using ClosedXML.Excel;
using Thb.Cycles;
using Thb.Intake.Findings;
using Thb.Normalising.Forms;
using Thb.Intake.Returns;
using Thb.Templates;

namespace Thb.Tests.Templates;

public class TemplateWorkbookTests
{
    private static ReturnCheck Check(byte[] xlsx, string contributor = "austria") =>
        ReturnChecker.Check(new MemoryStream(xlsx), "template.xlsx", new CheckOptions
        {
            DelegationNames = ["Austria", "austria"],
            Cycle = "2012-1",
            ContributorId = contributor,
        });

    [Fact]
    public void An_unfilled_template_reads_back_as_a_nil_return_of_its_delegation_and_cycle()
    {
        var check = Check(TemplateSamples.Build());

        Assert.Equal(ReturnStatus.Accepted, check.Status);
        Assert.Equal("Austria", check.Delegation);
        Assert.Equal("2012-1", check.Cycle);
        Assert.Equal(TemplateLayout.ReturnSheet, check.Sheet);
        Assert.Equal(TemplateLayout.HeaderRow, check.HeaderRow);
        Assert.Equal("austria", check.Metadata.ContributorId);
        Assert.Equal(TemplateLayout.Version, check.Metadata.TemplateVersion);
        Assert.Equal("B3", check.Metadata.DelegationCell?.ToString());
        Assert.Equal("B4", check.Metadata.CycleCell?.ToString());
        // Only the nil-return note: no missing columns, and the Instructions sheet's examples are not taken for a second table.
        Assert.Equal([FindingCodes.TableNilReturn], check.Findings.Select(f => f.Code));
    }

    [Fact]
    public void The_template_of_one_contributor_is_rejected_for_another()
    {
        var check = Check(TemplateSamples.Build(), contributor: "bulgaria");
        Assert.Equal(ReturnStatus.Rejected, check.Status);
        Assert.Contains(check.Findings, f => f.Code == FindingCodes.ContributorMismatch && f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void The_return_sheet_has_the_six_annex_headers_then_the_helper_columns_with_explicit_widths()
    {
        var package = new TemplatePackage(TemplateSamples.Build());
        using var workbook = new XLWorkbook(new MemoryStream(TemplateSamples.Build()));
        var sheet = workbook.Worksheet(TemplateLayout.ReturnSheet);

        var expected = ReturnLayout.AnnexColumns.Concat(ReturnLayout.HelperColumns).Select(ReturnLayout.Header).ToList();
        var headers = Enumerable.Range(1, expected.Count).Select(c => sheet.Cell(TemplateLayout.HeaderRow, c).GetString()).ToList();
        Assert.Equal(expected, headers);
        Assert.Equal(ReturnLayout.DelegationLabel, sheet.Cell(TemplateLayout.DelegationRow, 1).GetString());
        Assert.Equal(ReturnLayout.CycleLabel, sheet.Cell(TemplateLayout.CycleRow, 1).GetString());

        for (var c = 1; c <= expected.Count; c++)
        {
            var col = package.ColumnDefinition(TemplateLayout.ReturnSheet, c);
            Assert.Equal("1", (string?)col.Attribute("customWidth"));
            Assert.True((double)col.Attribute("width")! >= 9, $"column {c} is too narrow to read");
        }
        // Column definitions in ascending order: readers other than Excel drop the widths otherwise.
        var mins = package.Sheet(TemplateLayout.ReturnSheet).Descendants(TemplatePackage.Main + "col").Select(c => (int)c.Attribute("min")!).ToList();
        Assert.Equal(mins.Order(), mins);
    }

    [Fact]
    public void The_form_drop_down_is_fed_from_a_range_on_the_hidden_lists_sheet()
    {
        var package = new TemplatePackage(TemplateSamples.Build());
        var validations = package.Sheet(TemplateLayout.ReturnSheet).Descendants(TemplatePackage.Main + "dataValidation").ToList();
        var last = TemplateLayout.FirstDataRow + TemplateLayout.ValidatedRows - 1;

        var form = validations.Single(v => (string?)v.Attribute("sqref") == $"B7:B{last}");
        Assert.Equal("list", (string?)form.Attribute("type"));
        Assert.Equal($"Lists!$A$1:$A${ActionCategories.All.Count}", form.Element(TemplatePackage.Main + "formula1")!.Value);
        Assert.Equal("information", (string?)form.Attribute("errorStyle"));

        var ongoing = validations.Single(v => (string?)v.Attribute("sqref") == $"I7:I{last}");
        Assert.Equal("list", (string?)ongoing.Attribute("type"));
        Assert.Equal("Lists!$B$1:$B$2", ongoing.Element(TemplatePackage.Main + "formula1")!.Value);

        foreach (var column in new[] { "G", "H" })
        {
            var date = validations.Single(v => (string?)v.Attribute("sqref") == $"{column}7:{column}{last}");
            Assert.Equal("date", (string?)date.Attribute("type"));
            Assert.Equal("between", (string?)date.Attribute("operator"));
        }
        var amount = validations.Single(v => (string?)v.Attribute("sqref") == $"J7:J{last}");
        Assert.Equal("decimal", (string?)amount.Attribute("type"));
        Assert.Equal("greaterThanOrEqual", (string?)amount.Attribute("operator"));
        Assert.Equal("0", amount.Element(TemplatePackage.Main + "formula1")!.Value);
        // No inline lists anywhere: every list refers to a range.
        Assert.All(validations.Where(v => (string?)v.Attribute("type") == "list"),
            v => Assert.StartsWith("Lists!$", v.Element(TemplatePackage.Main + "formula1")!.Value));

        Assert.Equal("hidden", (string?)package.SheetEntry(TemplateLayout.ListsSheet).Attribute("state"));
        using var workbook = new XLWorkbook(new MemoryStream(TemplateSamples.Build()));
        var lists = workbook.Worksheet(TemplateLayout.ListsSheet);
        Assert.Equal(ActionCategories.All.Select(ActionCategories.Label), Enumerable.Range(1, ActionCategories.All.Count).Select(r => lists.Cell(r, 1).GetString()));
        Assert.Equal([TemplateLayout.Yes, TemplateLayout.No], new[] { lists.Cell(1, 2).GetString(), lists.Cell(2, 2).GetString() });
    }

    [Fact]
    public void Every_drop_down_label_reads_back_as_its_own_form_of_action()
    {
        var rows = ActionCategories.All.Select(c => new CarriedRow("Serbia", ActionCategories.Label(c), "An action", "", "2011", "")).ToList();
        var check = Check(TemplateSamples.Build(rows));
        Assert.Equal(ActionCategories.All, check.Rows.Select(r => r.Form.Category!.Value));
        Assert.Equal(ActionCategories.All.Select(ActionCategories.Label), check.Rows.Select(r => r.Form.Raw));
    }

    [Fact]
    public void Delegation_and_cycle_are_locked_by_sheet_protection_while_the_data_area_is_not()
    {
        var package = new TemplatePackage(TemplateSamples.Build());
        var protection = package.Sheet(TemplateLayout.ReturnSheet).Descendants(TemplatePackage.Main + "sheetProtection").Single();
        Assert.Equal("1", (string?)protection.Attribute("sheet"));
        Assert.Null(protection.Attribute("password"));
        // "0" means the action stays allowed under protection.
        Assert.Equal("0", (string?)protection.Attribute("insertRows"));
        Assert.Equal("0", (string?)protection.Attribute("deleteRows"));

        foreach (var reference in new[] { "A3", "B3", "A4", "B4", "A6", "J6" })
            Assert.True(package.IsLocked((int)package.Cell(TemplateLayout.ReturnSheet, reference)!.Attribute("s")!), $"{reference} should be locked");
        using (var workbook = new XLWorkbook(new MemoryStream(TemplateSamples.Build())))
            Assert.Equal("Austria", workbook.Worksheet(TemplateLayout.ReturnSheet).Cell("B3").GetString());
        // Data rows have no cells yet: their format comes from the column definitions, which must all be unlocked,
        // up to the last column (a protected row can be deleted only when none of its cells is locked).
        foreach (var column in new[] { 1, 2, 3, 7, 10, 11, 16384 })
            Assert.False(package.IsLocked((int)package.ColumnDefinition(TemplateLayout.ReturnSheet, column).Attribute("style")!), $"column {column} should be unlocked");
    }

    [Fact]
    public void Header_is_frozen_and_the_page_prints_landscape_one_page_wide_with_the_header_repeated()
    {
        var package = new TemplatePackage(TemplateSamples.Build());
        var sheet = package.Sheet(TemplateLayout.ReturnSheet);
        var pane = sheet.Descendants(TemplatePackage.Main + "pane").Single();
        Assert.Equal("6", (string?)pane.Attribute("ySplit"));
        Assert.Equal("A7", (string?)pane.Attribute("topLeftCell"));
        Assert.StartsWith("frozen", (string?)pane.Attribute("state"));

        var setup = sheet.Descendants(TemplatePackage.Main + "pageSetup").Single();
        Assert.Equal("landscape", (string?)setup.Attribute("orientation"));
        Assert.Equal("0", (string?)setup.Attribute("fitToHeight"));
        Assert.Contains((string?)setup.Attribute("fitToWidth"), new[] { null, "1" });
        Assert.Equal("9", (string?)setup.Attribute("paperSize")); // A4
        Assert.Equal("1", (string?)sheet.Descendants(TemplatePackage.Main + "pageSetUpPr").Single().Attribute("fitToPage"));

        var titles = package.Workbook.Descendants(TemplatePackage.Main + "definedName").Single(d => (string?)d.Attribute("name") == "_xlnm.Print_Titles");
        Assert.Matches(@"^'?Return'?!\$?6:\$?6$", titles.Value);
        Assert.Equal("1", (string?)titles.Attribute("localSheetId")); // the Return sheet, second in the workbook

        // Wrapped text in the annex columns (the column style), and a header row tall enough for three lines.
        var descriptionStyle = (int)package.ColumnDefinition(TemplateLayout.ReturnSheet, 3).Attribute("style")!;
        var xf = package.Styles.Descendants(TemplatePackage.Main + "cellXfs").Single().Elements(TemplatePackage.Main + "xf").ElementAt(descriptionStyle);
        Assert.Equal("1", (string?)xf.Element(TemplatePackage.Main + "alignment")!.Attribute("wrapText"));
        var header = sheet.Descendants(TemplatePackage.Main + "row").Single(r => (string?)r.Attribute("r") == "6");
        Assert.True((double)header.Attribute("ht")! >= 45);
    }

    [Fact]
    public void The_hidden_metadata_sheet_names_cycle_contributor_delegation_and_template_version()
    {
        var bytes = TemplateSamples.Build([new CarriedRow("Serbia", "Training", "A course", "OSCE", "2011", "")]);
        var package = new TemplatePackage(bytes);
        Assert.Equal("veryHidden", (string?)package.SheetEntry(ReturnLayout.MetadataSheetName).Attribute("state"));
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var metadata = workbook.Worksheet(ReturnLayout.MetadataSheetName);
        var values = Enumerable.Range(1, 5).ToDictionary(r => metadata.Cell(r, 1).GetString(), r => metadata.Cell(r, 2).GetString());
        Assert.Equal("2012-1", values[ReturnLayout.MetadataCycleKey]);
        Assert.Equal("austria", values[ReturnLayout.MetadataContributorKey]);
        Assert.Equal("Austria", values[ReturnLayout.MetadataDelegationKey]);
        Assert.Equal(TemplateLayout.Version, values[ReturnLayout.MetadataTemplateVersionKey]);
        Assert.Equal("2011-1", values[TemplateLayout.MetadataFromCycleKey]);
        // The workbook opens on the Instructions sheet.
        Assert.Equal("0", (string?)package.Workbook.Descendants(TemplatePackage.Main + "workbookView").Single().Attribute("activeTab"));
    }

    [Fact]
    public void Instructions_say_what_to_report_the_deadline_and_where_to_upload()
    {
        var contributor = TemplateSamples.Austria with { DeadlineOverride = new DateOnly(2012, 7, 6) };
        var text = InstructionsText(TemplateSamples.Build(contributor: contributor, cycle: TemplateSamples.Cycle(new DateOnly(2009, 12, 1), new DateOnly(2011, 4, 30))));
        Assert.Contains("initiated after November 2009 and up to 30 April 2011", text);
        Assert.Contains("Friday 6 July 2012, end of the day, Brussels time", text);
        Assert.Contains("the cycle's deadline is 29 June 2012", text);
        Assert.Contains("returns/2012-1/austria/", text);
        Assert.Contains("presidency@example.eu", text);

        var linked = InstructionsText(TemplateSamples.Build(uploadLink: "https://thb.example.eu/upload/2012-1/austria"));
        Assert.Contains("Upload it at https://thb.example.eu/upload/2012-1/austria.", linked);
        Assert.DoesNotContain("returns/2012-1/austria/", linked);
    }

    [Theory]
    [InlineData("2009-12-01", null, "initiated after November 2009.")]
    [InlineData("2011-03-15", "2012-04-30", "initiated after 14 March 2011 and up to 30 April 2012.")]
    [InlineData(null, null, "not reported in an earlier cycle.")]
    public void What_to_report_follows_the_period_of_the_cycle(string? start, string? end, string expectedEnding)
    {
        var cycle = new Cycle(CycleId.Parse("c"), "C", new DateOnly(2012, 6, 29), CycleState.Open, [], start is null ? null : DateOnly.Parse(start), end is null ? null : DateOnly.Parse(end));
        Assert.EndsWith(expectedEnding, TemplateWorkbook.WhatToReport(cycle));
    }

    [Fact]
    public void The_contributors_upload_link_appears_in_the_instructions_when_there_is_one()
    {
        const string link = "https://thb.example.eu/api/portal/c/2012-1/austria?t=abc";
        static string Instructions(byte[] template)
        {
            using var workbook = new XLWorkbook(new MemoryStream(template));
            return string.Join("\n", workbook.Worksheet(TemplateLayout.InstructionsSheet).CellsUsed().Select(c => c.GetString()));
        }
        Assert.Contains(link, Instructions(TemplateSamples.Build(uploadLink: link)));
        Assert.DoesNotContain("api/portal", Instructions(TemplateSamples.Build()));
    }

    [Fact]
    public void Instructions_show_each_example_beside_what_the_intake_reads_from_it()
    {
        using var workbook = new XLWorkbook(new MemoryStream(TemplateSamples.Build()));
        var sheet = workbook.Worksheet(TemplateLayout.InstructionsSheet);
        var rows = sheet.RowsUsed().Select(r => Enumerable.Range(1, 6).Select(c => r.Cell(c).GetString()).ToArray()).ToList();
        foreach (var example in TemplateExamples.All)
        {
            var row = Assert.Single(rows, r => r[1] == example.Good);
            Assert.Equal(TemplateExamples.ReadsAs(example.Column, example.Good), row[2]);
            Assert.Equal(example.Poor, row[3]);
            Assert.Equal(TemplateExamples.ReadsAs(example.Column, example.Poor), row[4]);
            Assert.Equal(example.Why, row[5]);
        }
    }

    private static string InstructionsText(byte[] xlsx)
    {
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        return string.Join("\n", workbook.Worksheet(TemplateLayout.InstructionsSheet).CellsUsed().Select(c => c.GetString()));
    }
}
