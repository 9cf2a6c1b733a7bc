using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Thb.Intake;
using Thb.Intake.Returns;
using Thb.Intake.Workbooks;

namespace Thb.Tests.Intake;

/// <summary>
/// The feedback copy of returns written by other programs (tests/writers/make-returns.sh): every sheet, the picture,
/// the drop-down and the merged title kept; the finding cells filled and commented; the Findings sheet first.
/// </summary>
public class FeedbackWorkbookTests
{
    public static TheoryData<string> Writers => new() { "exceljs", "openpyxl", "libreoffice", "gnumeric" };

    private static string Writer(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "writers", name + ".xlsx");

    private static (ReturnCheck Check, byte[] Feedback) Feedback(string writer)
    {
        using var file = File.OpenRead(Writer(writer));
        var inspection = PackageInspector.Inspect(file, WorkbookLimits.Default);
        Assert.Null(inspection.Problem);
        var check = ReturnChecker.Check(inspection, writer + ".xlsx", new CheckOptions());
        return (check, FeedbackWorkbook.Create(inspection.Package, check, DateTimeOffset.UnixEpoch));
    }

    [Theory, MemberData(nameof(Writers))]
    public void Every_sheet_is_kept_with_Findings_first(string writer)
    {
        var (_, feedback) = Feedback(writer);
        using var document = SpreadsheetDocument.Open(new MemoryStream(feedback), false);
        var names = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal([FeedbackWorkbook.FindingsSheetName, "Return", "Notes"], names);
    }

    [Theory, MemberData(nameof(Writers))]
    public void Finding_cells_are_filled_and_commented(string writer)
    {
        var (check, feedback) = Feedback(writer);
        Assert.Contains(check.Findings, f => f.Cell?.ToString() == "C8");
        using var document = SpreadsheetDocument.Open(new MemoryStream(feedback), false);
        var workbook = document.WorkbookPart!;
        var sheet = SheetPart(workbook, "Return");
        var cell = sheet.Worksheet.Descendants<Cell>().Single(c => c.CellReference == "C8");
        var format = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        var fill = workbook.WorkbookStylesPart.Stylesheet.Fills!.Elements<Fill>().ElementAt((int)format.FillId!.Value);
        Assert.Equal("FFFFEB9C", fill.PatternFill!.ForegroundColor!.Rgb!.Value); // a warning's amber
        var comments = sheet.WorksheetCommentsPart!.Comments;
        var comment = comments.CommentList!.Elements<Comment>().Single(c => c.Reference == "C8");
        Assert.Contains("row.description-missing", comment.InnerText);
        Assert.NotNull(sheet.VmlDrawingParts.SingleOrDefault());
        Assert.NotNull(sheet.Worksheet.GetFirstChild<LegacyDrawing>());
    }

    [Theory, MemberData(nameof(Writers))]
    public void Pictures_drop_downs_and_merged_cells_are_kept(string writer)
    {
        var (_, feedback) = Feedback(writer);
        using var original = SpreadsheetDocument.Open(Writer(writer), false);
        using var document = SpreadsheetDocument.Open(new MemoryStream(feedback), false);
        var before = SheetPart(original.WorkbookPart!, "Return");
        var after = SheetPart(document.WorkbookPart!, "Return");
        Assert.Equal(before.DrawingsPart?.ImageParts.Count() ?? 0, after.DrawingsPart?.ImageParts.Count() ?? 0);
        if (writer != "openpyxl") Assert.Single(after.DrawingsPart!.ImageParts);
        Assert.Equal(before.Worksheet.Descendants<DataValidation>().Count(), after.Worksheet.Descendants<DataValidation>().Count());
        Assert.Equal("A1:F1", after.Worksheet.Descendants<MergeCell>().Single().Reference!.Value);
        // Unmarked cells keep their value and style.
        var title = after.Worksheet.Descendants<Cell>().Single(c => c.CellReference == "B3");
        var originalTitle = before.Worksheet.Descendants<Cell>().Single(c => c.CellReference == "B3");
        Assert.Equal(originalTitle.OuterXml, title.OuterXml);
    }

    [Fact]
    public void The_copy_reads_back_as_the_same_return()
    {
        var (check, feedback) = Feedback("openpyxl");
        var again = ReturnChecker.Check(new MemoryStream(feedback), "again.xlsx");
        Assert.Equal(check.Rows.Count, again.Rows.Count);
        Assert.Equal(check.Rows.Select(r => r.Description), again.Rows.Select(r => r.Description));
    }

    [Fact]
    public void A_marked_cell_that_does_not_exist_is_added_in_its_row()
    {
        var (_, feedback) = Feedback("openpyxl");
        using var document = SpreadsheetDocument.Open(new MemoryStream(feedback), false);
        var row = SheetPart(document.WorkbookPart!, "Return").Worksheet.Descendants<Row>().Single(r => r.RowIndex! == 8U);
        Assert.Equal(["A8", "B8", "C8", "D8", "E8", "F8"], row.Elements<Cell>().Select(c => c.CellReference!.Value!));
    }

    [Fact]
    public void Findings_only_when_the_file_is_no_package()
    {
        var check = ReturnChecker.Check(new MemoryStream("not a workbook"u8.ToArray()), "notes.xlsx");
        var feedback = FeedbackWorkbook.Create(null, check, DateTimeOffset.UnixEpoch);
        using var document = SpreadsheetDocument.Open(new MemoryStream(feedback), false);
        Assert.Equal([FeedbackWorkbook.FindingsSheetName], document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        using var zip = new ZipArchive(new MemoryStream(feedback));
        Assert.NotNull(zip.GetEntry("docProps/core.xml"));
    }

    private static WorksheetPart SheetPart(WorkbookPart workbook, string name)
    {
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)workbook.GetPartById(sheet.Id!);
    }
}
