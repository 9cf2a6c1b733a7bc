using Thb.Intake.Findings;
using Thb.Intake.Returns;

namespace Thb.Tests.Intake;

public class ReturnReaderTests
{
    private static ReturnCheck Check(RawXlsx workbook, CheckOptions? options = null) =>
        ReturnChecker.Check(new MemoryStream(workbook.Build()), "test.xlsx", options);

    private static readonly string?[] Row1 = ["Albania", "Training", "Training of border police", "IOM", "2010", "10.000 EUR"];
    private static readonly string?[] Row2 = ["Kenya", "Prevention", "School campaign", "UNICEF", "2011", "5.000 EUR"];

    [Fact]
    public void Header_row_is_found_anywhere_in_the_first_30_rows()
    {
        var x = new RawXlsx().Sheet("Sheet1").Row(2, "Our return").Row(25, RawXlsx.AnnexHeaders).Row(26, Row1).Row(27, Row2);
        var check = Check(x);
        Assert.Equal(25, check.HeaderRow);
        Assert.Equal(2, check.Rows.Count);
        Assert.Equal("Training of border police", check.Rows[0].Description.Raw);
    }

    [Fact]
    public void Header_row_below_row_30_is_not_found_and_the_rejection_lists_the_headers()
    {
        var x = new RawXlsx().Sheet("Sheet1").Row(31, RawXlsx.AnnexHeaders).Row(32, Row1);
        var check = Check(x);
        Assert.Equal(ReturnStatus.Rejected, check.Status);
        var finding = Assert.Single(check.Findings, f => f.Code == FindingCodes.TableNotFound);
        Assert.Contains("Funding in EUR", finding.Message);
        Assert.Contains("Description of actions and activities", finding.Message);
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_spelling()
    {
        var x = new RawXlsx().Sheet("Return")
            .Row(1, "Funding in EUR", "Duration (start/ end date)", "Description of actions, their objectives and results",
                "Partner organisation (promoter in bold)", "Form or structure of actions and activities", "Country/ region or organization at international level")
            .Row(2, "1.300 EUR", "2010", "Campaign", "IOM", "Awareness raising", "Serbia");
        var check = Check(x);
        var row = Assert.Single(check.Rows);
        Assert.Equal("Serbia", row.CountryRegion.Raw);
        Assert.Equal("Awareness raising", row.Form.Raw);
        Assert.Equal("Campaign", row.Description.Raw);
        Assert.Equal("IOM", row.Partner.Raw);
        Assert.Equal("2010", row.Duration.Raw);
        Assert.Equal("1.300 EUR", row.Funding.Raw);
    }

    [Fact]
    public void A_missing_funding_column_is_a_warning_not_a_rejection()
    {
        var x = new RawXlsx().Sheet("Return")
            .Row(1, RawXlsx.AnnexHeaders[..5])
            .Row(2, Row1[..5]);
        var check = Check(x);
        Assert.Equal(ReturnStatus.AcceptedWithWarnings, check.Status);
        var finding = Assert.Single(check.Findings, f => f.Code == FindingCodes.ColumnMissing);
        Assert.Contains("Funding in EUR", finding.Message);
        Assert.Equal("", Assert.Single(check.Rows).Funding.Raw);
    }

    [Fact]
    public void A_missing_description_column_rejects_the_return()
    {
        var x = new RawXlsx().Sheet("Return")
            .Row(1, "Country", "Form of action", "Partner organisation", "Duration", "Funding")
            .Row(2, "Albania", "Training", "IOM", "2010", "5 EUR");
        var check = Check(x);
        Assert.Equal(ReturnStatus.Rejected, check.Status);
        Assert.Contains(check.Findings, f => f.Code == FindingCodes.ColumnRequiredMissing && f.Message.Contains("Description"));
    }

    [Fact]
    public void Blank_rows_inside_the_table_are_skipped_and_notes_under_it_are_not_rows()
    {
        var x = RawXlsx.Return("Austria", "2011-1", Row1, [], [], Row2, [], ["Source: Federal Ministry of the Interior"], ["* amounts are provisional"]);
        var check = Check(x);
        Assert.Equal(["Albania", "Kenya"], check.Rows.Select(r => r.CountryRegion.Raw));
        Assert.Equal(2, check.Findings.Count(f => f.Code == FindingCodes.TableNoteSkipped));
        Assert.Contains(check.Findings, f => f.Code == FindingCodes.TableNoteSkipped && f.Cell?.ToString() == "A13");
    }

    [Fact]
    public void A_note_line_between_actions_is_kept_out_but_a_lone_title_between_actions_is_a_row()
    {
        var x = RawXlsx.Return("Europol", "2011-1", ["I. OPERATIONAL AGREEMENTS"], Row1, ["Note: see annex II"], Row2);
        var check = Check(x);
        Assert.Equal(["I. OPERATIONAL AGREEMENTS", "Albania", "Kenya"], check.Rows.Select(r => r.CountryRegion.Raw));
        Assert.Single(check.Findings, f => f.Code == FindingCodes.TableNoteSkipped);
    }

    [Fact]
    public void A_cell_merged_down_several_rows_applies_to_each_of_them()
    {
        var x = RawXlsx.Return("Austria", "2011-1",
            ["Albania", "Training", "First", "IOM", "2010", "1 EUR"],
            [null, "Training", "Second", "IOM", "2010", "2 EUR"],
            [null, "Training", "Third", "IOM", "2010", "3 EUR"]).Merge("A7:A9");
        var check = Check(x);
        Assert.Equal(["Albania", "Albania", "Albania"], check.Rows.Select(r => r.CountryRegion.Raw));
        Assert.Equal(2, check.Findings.Count(f => f.Code == FindingCodes.CellMerged));
    }

    [Fact]
    public void The_sheet_holding_the_table_is_read_and_a_hidden_one_is_named()
    {
        var x = new RawXlsx()
            .Sheet("Instructions").Row(1, "Fill in the return on the next sheet")
            .Sheet("Data", "hidden").Row(1, RawXlsx.AnnexHeaders).Row(2, Row1);
        var check = Check(x);
        Assert.Equal("Data", check.Sheet);
        Assert.Single(check.Rows);
        var finding = Assert.Single(check.Findings, f => f.Code == FindingCodes.SheetHidden);
        Assert.Equal(Thb.Intake.Findings.FindingSeverity.Warning, finding.Severity);
        Assert.Contains("Data", finding.Message);
    }

    [Fact]
    public void A_second_table_on_another_sheet_is_reported()
    {
        var x = new RawXlsx()
            .Sheet("2010").Row(1, RawXlsx.AnnexHeaders).Row(2, Row1).Row(3, Row2)
            .Sheet("2011").Row(1, RawXlsx.AnnexHeaders).Row(2, Row1);
        var check = Check(x);
        Assert.Equal("2010", check.Sheet);
        Assert.Single(check.Findings, f => f.Code == FindingCodes.SheetOtherTable && f.Sheet == "2011");
    }

    [Fact]
    public void Formulas_use_their_cached_value_with_a_warning()
    {
        var x = RawXlsx.Return("Austria", "2011-1").RawRow(
            "<row r=\"7\"><c r=\"A7\" t=\"inlineStr\"><is><t>Albania</t></is></c><c r=\"C7\" t=\"inlineStr\"><is><t>Workshop</t></is></c>" +
            "<c r=\"F7\"><f>1000+300</f><v>1300</v></c><c r=\"D7\" t=\"str\"><f>\"IO\"&amp;\"M\"</f><v>IOM</v></c></row>");
        var check = Check(x);
        var row = Assert.Single(check.Rows);
        Assert.Equal("1300", row.Funding.Raw);
        Assert.Equal("IOM", row.Partner.Raw);
        Assert.Equal(2, check.Findings.Count(f => f.Code == FindingCodes.CellFormula));
        Assert.True(check.Status.IsAccepted());
    }

    [Fact]
    public void Real_excel_dates_and_numbers_are_read_as_such()
    {
        var styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                     "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"#,##0.00\\ &quot;€&quot;\"/></numFmts>" +
                     "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>";
        var x = RawXlsx.Return("Austria", "2011-1").RawRow(
            "<row r=\"7\"><c r=\"A7\" t=\"inlineStr\"><is><t>Albania</t></is></c><c r=\"C7\" t=\"inlineStr\"><is><t>Workshop</t></is></c>" +
            "<c r=\"E7\" s=\"1\"><v>40129</v></c><c r=\"F7\" s=\"2\"><v>53368.01</v></c></row>")
            .Part("xl/styles.xml", styles);
        var bytes = AddStylesRelationship(x.Build());
        var check = ReturnChecker.Check(new MemoryStream(bytes), "dates.xlsx");
        var row = Assert.Single(check.Rows);
        Assert.Equal("12/11/2009", row.Duration.Raw);
        Assert.Equal("2009-11-12", row.Duration.Start?.ToString());
        Assert.Equal(53368.01m, row.Funding.AmountEur);
    }

    [Fact]
    public void Delegation_and_cycle_come_from_the_labelled_cells()
    {
        var check = Check(RawXlsx.Return("Cyprus", "2012-2", Row1));
        Assert.Equal("Cyprus", check.Delegation);
        Assert.Equal("2012-2", check.Cycle);
        Assert.Equal("B3", check.Metadata.DelegationCell?.ToString());
    }

    [Fact]
    public void Another_delegations_return_is_rejected_at_its_delegation_cell()
    {
        var check = Check(RawXlsx.Return("Cyprus", "2011-1", Row1), new CheckOptions { DelegationNames = ["Austria", "austria"] });
        Assert.Equal(ReturnStatus.Rejected, check.Status);
        var finding = Assert.Single(check.Findings, f => f.Code == FindingCodes.DelegationMismatch);
        Assert.Equal("B3", finding.Cell?.ToString());
        Assert.Contains("Cyprus", finding.Message);
        Assert.Contains("Austria", finding.Message);
    }

    [Fact]
    public void Without_a_delegation_cell_the_file_name_names_the_delegation()
    {
        var x = new RawXlsx().Sheet("Sheet1").Row(1, RawXlsx.AnnexHeaders).Row(2, Row1);
        var check = ReturnChecker.Check(new MemoryStream(x.Build()), "Czech Republic_2011.xlsx");
        Assert.Equal("Czech Republic", check.Delegation);
        Assert.Contains(check.Findings, f => f.Code == FindingCodes.DelegationMissing);
        Assert.Null(ReturnChecker.Check(new MemoryStream(x.Build()), "2011.xlsx").Delegation);
    }

    [Theory]
    [InlineData("czech-republic", "Czech Republic")]
    [InlineData("The Netherlands", "Netherlands")]
    [InlineData("AUSTRIA", "Austria")]
    public void Delegation_names_match_loosely(string expected, string written)
    {
        var check = Check(RawXlsx.Return(written, "2011-1", Row1), new CheckOptions { DelegationNames = [expected] });
        Assert.DoesNotContain(check.Findings, f => f.Code == FindingCodes.DelegationMismatch);
    }

    [Fact]
    public void A_header_with_no_rows_is_an_accepted_nil_return()
    {
        var check = Check(RawXlsx.Return("Malta", "2011-1"));
        Assert.Equal(ReturnStatus.Accepted, check.Status);
        Assert.Empty(check.Rows);
        Assert.Single(check.Findings, f => f.Code == FindingCodes.TableNilReturn && f.Severity == FindingSeverity.Info);
    }

    [Fact]
    public void A_cell_longer_than_excels_limit_is_kept_whole_with_a_warning()
    {
        var text = string.Concat(Enumerable.Repeat("Long description of the action. ", 1300)); // 41,600 characters
        var check = Check(RawXlsx.Return("Austria", "2011-1", ["Albania", "Training", text, "IOM", "2010", "1 EUR"]));
        var row = Assert.Single(check.Rows);
        Assert.Equal(text, row.Description.Raw);
        Assert.Single(check.Findings, f => f.Code == FindingCodes.CellTooLong && f.Cell?.ToString() == "C7");
        Assert.True(check.Status.IsAccepted());
    }

    [Fact]
    public void Shared_strings_with_rich_text_runs_and_escapes_are_read_whole()
    {
        var x = RawXlsx.Return("Austria", "2011-1").RawRow(
            "<row r=\"7\"><c r=\"A7\" t=\"s\"><v>0</v></c><c r=\"C7\" t=\"s\"><v>1</v></c></row>");
        x.SharedStringsXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                             "<si><r><rPr><b/></rPr><t>Bosnia and </t></r><r><t>Herzegovina</t></r><rPh><t>ignored</t></rPh></si>" +
                             "<si><t xml:space=\"preserve\">Line one_x000D_\nline two  </t></si></sst>";
        var row = Assert.Single(Check(x).Rows);
        Assert.Equal("Bosnia and Herzegovina", row.CountryRegion.Raw);
        Assert.Equal("Line one\r\nline two  ", row.Description.Raw);
    }

    [Fact]
    public void A_header_split_over_two_rows_is_read_as_one()
    {
        var x = new RawXlsx().Sheet("Return")
            .Row(1, "Country/ region or organisation", "Form or structure of actions", "Description of actions", "Partner organisation", "Duration", "Funding")
            .Row(2, "at international level", null, null, null, "(start/end date)", "(in EUR)")
            .Row(3, Row1);
        var check = Check(x);
        Assert.Equal(1, check.HeaderRow);
        Assert.Equal("Albania", Assert.Single(check.Rows).CountryRegion.Raw);
    }

    [Fact]
    public void A_repeated_header_row_inside_the_table_is_skipped()
    {
        var check = Check(RawXlsx.Return("Austria", "2011-1", Row1, RawXlsx.AnnexHeaders, Row2));
        Assert.Equal(2, check.Rows.Count);
        Assert.Single(check.Findings, f => f.Code == FindingCodes.TableHeaderRepeated);
    }

    [Fact]
    public void A_macro_enabled_workbook_is_read_and_its_macros_ignored()
    {
        var x = RawXlsx.Return("Austria", "2011-1", Row1).Part("xl/vbaProject.bin", "not really a VBA project");
        var check = Check(x);
        Assert.True(check.Status.IsAccepted());
        Assert.Single(check.Findings, f => f.Code == FindingCodes.FileMacros);
    }

    private static byte[] AddStylesRelationship(byte[] package)
    {
        using var memory = new MemoryStream();
        memory.Write(package);
        using (var zip = new System.IO.Compression.ZipArchive(memory, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var rels = zip.GetEntry("xl/_rels/workbook.xml.rels")!;
            string text;
            using (var reader = new StreamReader(rels.Open())) text = reader.ReadToEnd();
            rels.Delete();
            text = text.Replace("</Relationships>",
                "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
            using var writer = new StreamWriter(zip.CreateEntry("xl/_rels/workbook.xml.rels").Open());
            writer.Write(text);
        }
        return memory.ToArray();
    }
}
