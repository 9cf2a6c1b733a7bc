using System.IO.Compression;
using System.Text;
using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Intake.Workbooks;

namespace Thb.Tests.Intake;

/// <summary>Every kind of bad file comes back as a rejected verdict with a finding a person can act on, never an exception.</summary>
public class BadInputTests
{
    private static ReturnCheck Check(byte[] bytes, CheckOptions? options = null) =>
        ReturnChecker.Check(new MemoryStream(bytes), "upload.xlsx", options);

    private static Finding Rejection(ReturnCheck check, string code, bool unreadable = true)
    {
        Assert.Equal(ReturnStatus.Rejected, check.Status);
        if (unreadable) Assert.Empty(check.Rows);
        var finding = Assert.Single(check.Findings, f => f.Code == code);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        return finding;
    }

    [Fact]
    public void An_empty_file()
    {
        var finding = Rejection(Check([]), FindingCodes.FileEmpty);
        Assert.Contains("empty", finding.Message);
    }

    [Fact]
    public void A_csv_file_named_xlsx()
    {
        var csv = Encoding.UTF8.GetBytes("Country;Form;Description;Partner;Duration;Funding\nAlbania;Training;Workshop;IOM;2010;1.000 EUR\n");
        var finding = Rejection(Check(csv), FindingCodes.FileNotWorkbook);
        Assert.Contains("CSV", finding.Message);
        Assert.Contains(".xlsx", finding.Message);
    }

    [Fact]
    public void A_plain_text_file_named_xlsx()
    {
        var finding = Rejection(Check(Encoding.UTF8.GetBytes("Dear colleagues, please find our return attached.")), FindingCodes.FileNotWorkbook);
        Assert.Contains("text", finding.Message);
    }

    [Fact]
    public void A_pdf_named_xlsx()
    {
        var finding = Rejection(Check(Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n")), FindingCodes.FileNotWorkbook);
        Assert.Contains("PDF", finding.Message);
    }

    [Fact]
    public void A_truncated_package()
    {
        var whole = File.ReadAllBytes(Samples.Path_("Austria.xlsx"));
        var finding = Rejection(Check(whole[..(whole.Length / 2)]), FindingCodes.FileDamaged);
        Assert.Contains("incomplete", finding.Message);
    }

    [Fact]
    public void A_package_with_corrupt_compressed_data()
    {
        var bytes = File.ReadAllBytes(Samples.Path_("Austria.xlsx"));
        // Overwrite the middle of the first part's compressed data, leaving the zip directory intact.
        for (var i = 60; i < 400; i++) bytes[i] ^= 0x5A;
        var check = Check(bytes);
        Assert.Equal(ReturnStatus.Rejected, check.Status);
        Assert.Contains(check.Findings, f => f.Code == FindingCodes.FileDamaged);
    }

    [Fact]
    public void A_legacy_xls_workbook()
    {
        var finding = Rejection(Check(OleFiles.Create("Workbook", "\u0005SummaryInformation")), FindingCodes.FileLegacyXls);
        Assert.Contains(".xls", finding.Message);
        Assert.Contains("Save As", finding.Message);
    }

    [Fact]
    public void A_password_protected_workbook()
    {
        var finding = Rejection(Check(OleFiles.Create("EncryptionInfo", "EncryptedPackage")), FindingCodes.FileEncrypted);
        Assert.Contains("password", finding.Message);
    }

    [Fact]
    public void A_zip_bomb()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize);
            using var stream = entry.Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 450; i++) stream.Write(zeros); // 450 MB of zeros deflate to well under 1 MB
        }
        Assert.True(memory.Length < 2 * 1024 * 1024);
        var finding = Rejection(Check(memory.ToArray()), FindingCodes.FileInflatesTooFar);
        Assert.Contains("zip bomb", finding.Message);
    }

    [Fact]
    public void A_file_over_the_size_limit()
    {
        var bytes = File.ReadAllBytes(Samples.Path_("Austria.xlsx"));
        var finding = Rejection(Check(bytes, new CheckOptions { Limits = WorkbookLimits.Default with { MaxFileBytes = 1024 } }), FindingCodes.FileTooLarge);
        Assert.Contains("MB", finding.Message);
    }

    [Fact]
    public void A_workbook_with_no_recognisable_table_lists_the_headers_looked_for()
    {
        var x = new RawXlsx().Sheet("Budget").Row(1, "Item", "Cost").Row(2, "Travel", "100");
        var finding = Rejection(Check(x.Build()), FindingCodes.TableNotFound);
        foreach (var header in RawXlsx.AnnexHeaders) Assert.Contains(header, finding.Message);
    }

    [Fact]
    public void A_return_naming_another_delegation()
    {
        var x = RawXlsx.Return("Germany", "2011-1", ["Albania", "Training", "Workshop", "IOM", "2010", "1 EUR"]);
        var finding = Rejection(Check(x.Build(), new CheckOptions { DelegationNames = ["Austria"] }), FindingCodes.DelegationMismatch, unreadable: false);
        Assert.Contains("Germany", finding.Message);
    }

    [Fact]
    public void An_external_entity_is_never_resolved_and_nothing_from_outside_reaches_the_output()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"thb-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "TOP-SECRET-CONTENT");
        try
        {
            var x = RawXlsx.Return("Austria", "2011-1").RawRow("<row r=\"7\"><c r=\"A7\" t=\"s\"><v>0</v></c><c r=\"C7\" t=\"s\"><v>0</v></c></row>");
            x.SharedStringsXml = $"<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file://{secret}\">]>" +
                                 "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&xxe;</t></si></sst>";
            var check = Check(x.Build());
            var finding = Rejection(check, FindingCodes.FileUnsafeXml);
            Assert.Contains("sharedStrings.xml", finding.Message);
            Assert.DoesNotContain("TOP-SECRET", ReturnJson.Serialize(check));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void A_doctype_in_any_part_is_rejected_even_one_the_reader_does_not_need()
    {
        var x = RawXlsx.Return("Austria", "2011-1", ["Albania", "Training", "Workshop", "IOM", "2010", "1 EUR"])
            .Part("docProps/app.xml", "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY lol \"lol\">]><Properties>&lol;</Properties>");
        var finding = Rejection(Check(x.Build()), FindingCodes.FileUnsafeXml);
        Assert.Contains("docProps/app.xml", finding.Message);
    }

    [Fact]
    public void A_word_document_is_named_as_such()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
        }
        var finding = Rejection(Check(memory.ToArray()), FindingCodes.FileOtherFormat);
        Assert.Contains("Word", finding.Message);
    }

    [Fact]
    public void An_opendocument_spreadsheet_is_named_as_such()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("mimetype").Open());
            writer.Write("application/vnd.oasis.opendocument.spreadsheet");
        }
        var finding = Rejection(Check(memory.ToArray()), FindingCodes.FileOtherFormat);
        Assert.Contains(".ods", finding.Message);
    }

    [Fact]
    public void A_sheet_with_too_many_rows_is_rejected_without_reading_on()
    {
        var x = RawXlsx.Return("Austria", "2011-1");
        var rows = new StringBuilder();
        for (var r = 7; r < 7 + 60; r++) rows.Append($"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>Albania</t></is></c><c r=\"C{r}\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        x.RawRow(rows.ToString());
        var check = Check(x.Build(), new CheckOptions { Limits = WorkbookLimits.Default with { MaxRows = 50 } });
        Rejection(check, FindingCodes.TableTooManyRows);
    }
}

/// <summary>Real files' shape: only rows holding a value count against the row limit.</summary>
public class RowLimitTests
{
    private static string Action(int r) =>
        $"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>Albania</t></is></c><c r=\"C{r}\" t=\"inlineStr\"><is><t>Training {r}</t></is></c></row>";

    [Fact]
    public void Ten_rows_above_a_million_empty_formatted_rows_are_read()
    {
        var x = RawXlsx.Return("Austria", "2011-1");
        var rows = new StringBuilder();
        for (var r = 7; r < 17; r++) rows.Append(Action(r));
        for (var r = 17; r < 1_000_017; r++) rows.Append("<row r=\"").Append(r).Append("\" s=\"1\" customFormat=\"1\"><c r=\"A").Append(r).Append("\" s=\"1\"/></row>");
        x.RawRow(rows.ToString());
        var check = ReturnChecker.Check(new MemoryStream(x.Build()), "formatted.xlsx");
        Assert.True(check.Status.IsAccepted(), string.Join("; ", check.Findings.Select(f => f.Message)));
        Assert.Equal(10, check.Rows.Count);
    }

    [Fact]
    public void Exactly_the_limit_of_actions_is_accepted_and_one_more_is_not()
    {
        var limits = WorkbookLimits.Default with { MaxRows = 300 };
        byte[] Return(int actions)
        {
            var x = RawXlsx.Return("Austria", "2011-1");
            var rows = new StringBuilder();
            for (var r = 7; r < 7 + actions; r++) rows.Append(Action(r));
            return x.RawRow(rows.ToString()).Build();
        }
        var exact = ReturnChecker.Check(new MemoryStream(Return(300)), "exact.xlsx", new CheckOptions { Limits = limits });
        Assert.DoesNotContain(exact.Findings, f => f.Code == FindingCodes.TableTooManyRows);
        Assert.Equal(300, exact.Rows.Count);
        var over = ReturnChecker.Check(new MemoryStream(Return(301)), "over.xlsx", new CheckOptions { Limits = limits });
        Assert.Contains(over.Findings, f => f.Code == FindingCodes.TableTooManyRows);
    }
}
