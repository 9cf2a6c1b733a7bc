using ClosedXML.Excel;
using Thb.Annex;

namespace Thb.Tests.Annex;

public class AnnexWorkbookTests
{
    private static readonly string Long = AnnexTestData.LongText(40_000);
    private static readonly AnnexInput Input = AnnexTestData.Sample(Long);
    private static readonly byte[] Xlsx = AnnexWorkbook.Write(Input, AnnexAnalysis.Compute(Input));

    private static XLWorkbook Open() => new(new MemoryStream(Xlsx));

    [Fact]
    public void The_package_is_valid_against_the_Office_schemas()
    {
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(Xlsx), false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void The_workbook_has_its_six_sheets_in_order()
    {
        using var workbook = Open();
        Assert.Equal(AnnexWorkbook.SheetNames, workbook.Worksheets.Select(w => w.Name));
    }

    [Fact]
    public void The_annex_holds_each_row_once_in_protocol_order_exactly_as_written()
    {
        using var workbook = Open();
        var rows = AnnexSheets.ReadAnnexRows(workbook);
        var expected = Input.InProtocolOrder.SelectMany(s => s.Rows.Select(r => (Source: AnnexWorkbook.SourceOf(s.Contributor.Id, r.Row), r))).ToList();

        Assert.Equal(expected.Select(e => e.Source), rows.Select(r => r.Source));
        for (var i = 0; i < rows.Count; i++)
        {
            var row = expected[i].r;
            Assert.Equal([row.CountryRegion.Raw, row.Form.Raw, row.Description.Raw, row.Partner.Raw, row.Duration.Raw, row.Funding.Raw], rows[i].Cells);
        }
        // Section titles in protocol order, the contributor without a return included and named as such.
        var sheet = workbook.Worksheet(AnnexWorkbook.AnnexSheet);
        var titles = sheet.RowsUsed().Select(r => r.Cell(1)).Where(c => c.IsMerged() && c.Style.Font.Bold && c.GetString().Length > 0 && c.Address.RowNumber > 1)
            .Select(c => c.GetString()).Where(t => !t.StartsWith("No return", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Austria", "Bulgaria (no accepted return)", "Eurojust"], titles);
    }

    [Fact]
    public void A_40000_character_description_lands_whole_over_continuation_rows()
    {
        using var workbook = Open();
        var row = AnnexSheets.ReadAnnexRows(workbook).Single(r => r.Source == "austria/9");

        Assert.Equal(Long, row.Cells[2]);
        Assert.True(row.PhysicalRows > 1);
        Assert.Equal("Kenia, Tansania", row.Cells[0]);
        var sheet = workbook.Worksheet(AnnexWorkbook.AnnexSheet);
        Assert.All(sheet.CellsUsed(), c => Assert.True(c.GetString().Length <= 32_767));
    }

    [Fact]
    public void Every_annex_cell_is_text_and_nothing_is_a_formula()
    {
        using var workbook = Open();
        var sheet = workbook.Worksheet(AnnexWorkbook.AnnexSheet);
        var cell = sheet.CellsUsed().Single(c => c.GetString().StartsWith("=HYPERLINK", StringComparison.Ordinal));
        Assert.Equal("=HYPERLINK(\"http://example.org\")", cell.GetString());
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.False(cell.HasFormula);
        Assert.All(workbook.Worksheets.SelectMany(w => w.CellsUsed()), c => Assert.False(c.HasFormula, c.Address.ToString()));
        Assert.All(sheet.CellsUsed().Where(c => !c.IsEmpty()), c => Assert.Equal(XLDataType.Text, c.DataType));

        var xml = AnnexSheets.SheetXml(Xlsx, AnnexWorkbook.AnnexSheet);
        Assert.Empty(xml.Descendants(AnnexSheets.Main + "f"));
        Assert.All(xml.Descendants(AnnexSheets.Main + "c").Where(c => c.HasElements), c => Assert.Equal("inlineStr", (string?)c.Attribute("t")));
    }

    [Fact]
    public void Every_sheet_prints_A4_landscape_one_page_wide_with_a_footer_and_the_annex_repeats_its_header()
    {
        foreach (var name in AnnexWorkbook.SheetNames)
        {
            var xml = AnnexSheets.SheetXml(Xlsx, name);
            var setup = xml.Descendants(AnnexSheets.Main + "pageSetup").Single();
            Assert.Equal("9", (string?)setup.Attribute("paperSize"));
            Assert.Equal("landscape", (string?)setup.Attribute("orientation"));
            Assert.Equal("1", (string?)setup.Attribute("fitToWidth"));
            Assert.Equal("0", (string?)setup.Attribute("fitToHeight"));
            Assert.Equal("1", (string?)xml.Descendants(AnnexSheets.Main + "pageSetUpPr").Single().Attribute("fitToPage"));
            var footer = xml.Descendants(AnnexSheets.Main + "oddFooter").Single().Value;
            Assert.Contains("Cycle 2012-2", footer);
            Assert.Contains("&P of &N", footer);
        }
        var workbook = AnnexSheets.Part(Xlsx, "xl/workbook.xml");
        var titles = workbook.Descendants(AnnexSheets.Main + "definedName")
            .Single(d => (string?)d.Attribute("name") == "_xlnm.Print_Titles" && (string?)d.Attribute("localSheetId") == "2");
        Assert.Equal("'Annex'!$1:$1", titles.Value);

        using var book = Open();
        var annex = book.Worksheet(AnnexWorkbook.AnnexSheet);
        Assert.Equal(XLPageOrientation.Landscape, annex.PageSetup.PageOrientation);
        Assert.Equal(XLPaperSize.A4Paper, annex.PageSetup.PaperSize);
        Assert.Equal(1, annex.PageSetup.PagesWide);
        Assert.Equal(1, annex.SheetView.SplitRow);
        Assert.True(annex.Column(AnnexWorkbook.SourceColumn).IsHidden);
        var widths = AnnexSheets.SheetXml(Xlsx, AnnexWorkbook.AnnexSheet).Descendants(AnnexSheets.Main + "col")
            .Select(c => double.Parse((string)c.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(AnnexWorkbook.AnnexColumnWidths, widths);
        Assert.True(annex.Cell(2, 3).Style.Alignment.WrapText || annex.Row(4).Cell(3).Style.Alignment.WrapText);
    }

    [Fact]
    public void The_cover_says_when_and_from_what_it_was_compiled_and_who_is_missing()
    {
        using var workbook = Open();
        var cover = workbook.Worksheet(AnnexWorkbook.CoverSheet);
        var text = string.Join("\n", cover.RowsUsed().Select(r => string.Join(" | ", r.CellsUsed().Select(c => c.GetString()))));

        Assert.Contains("Compiled (UTC) | 2012-07-02 10:15:30 UTC", text);
        Assert.Contains("Compiled (Brussels) | 2012-07-02 12:15:30 Brussels (UTC+02:00)", text);
        Assert.Contains("Missing | Bulgaria", text);
        Assert.Contains("Austria | Member State | accepted | 3 | 2012-07-02 07:15:30 UTC | sub-austria | Austria.xlsx", text);
        Assert.Contains("Bulgaria | Member State | missing", text);
        Assert.Contains("Eurojust | EU body | accepted | 2 |", text);
        Assert.Contains($"Inputs fingerprint | {Input.Fingerprint.Value}", text);
        Assert.Contains("Period covered | 2011-01-01 to 2011-12-31", text);
    }

    [Fact]
    public void The_contents_count_each_contributors_actions_and_link_to_its_section()
    {
        using var workbook = Open();
        var contents = workbook.Worksheet(AnnexWorkbook.ContentsSheet);
        var annex = workbook.Worksheet(AnnexWorkbook.AnnexSheet);
        var lines = contents.RowsUsed().Where(r => r.Cell(1).DataType == XLDataType.Number).ToList();

        Assert.Equal(["Austria", "Bulgaria (no accepted return)", "Eurojust"], lines.Select(r => r.Cell(2).GetString()));
        Assert.Equal([3.0, 0, 2], lines.Select(r => r.Cell(4).GetDouble()));
        foreach (var line in lines)
        {
            var target = (int)line.Cell(5).GetDouble();
            Assert.StartsWith(annex.Cell(target, 1).GetString(), line.Cell(2).GetString());
            Assert.Equal($"'Annex'!A{target}", line.Cell(2).GetHyperlink().InternalAddress);
        }
        Assert.Equal(5, contents.RowsUsed().Single(r => r.Cell(2).GetString() == "Total").Cell(4).GetDouble());
        // Below the contributors, the other sheets, each a link to its first cell.
        var others = contents.RowsUsed().SkipWhile(r => r.Cell(2).GetString() != "Other sheets").Skip(1).ToList();
        Assert.Equal(AnnexSheetGuide.Others.Select(o => o.Sheet), others.Select(r => r.Cell(2).GetString()));
        Assert.All(others, r => Assert.Equal($"'{r.Cell(2).GetString()}'!A1", r.Cell(2).GetHyperlink().InternalAddress));
    }
}
