using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Thb.Intake;
using Thb.Intake.Returns;
using Thb.Intake.Workbooks;
using Thb.IntegrationTests.Templates;

namespace Thb.IntegrationTests.Interop;

/// <summary>
/// The feedback copies of returns written by exceljs, openpyxl, LibreOffice and Gnumeric open in openpyxl with all
/// their sheets, and LibreOffice, saving them again, keeps the comments at the finding cells and the picture.
/// </summary>
public class FeedbackInteropTests
{
    public static TheoryData<string> Writers => new() { "exceljs", "openpyxl", "libreoffice", "gnumeric" };

    private static string FeedbackFile(string writer, DirectoryInfo folder)
    {
        using var upload = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Data", "writers", writer + ".xlsx"));
        var inspection = PackageInspector.Inspect(upload, WorkbookLimits.Default);
        var check = ReturnChecker.Check(inspection, writer + ".xlsx", new CheckOptions());
        var path = Path.Combine(folder.FullName, writer + "-feedback.xlsx");
        File.WriteAllBytes(path, FeedbackWorkbook.Create(inspection.Package, check, DateTimeOffset.UnixEpoch));
        return path;
    }

    [Theory, MemberData(nameof(Writers))]
    public async Task Openpyxl_reads_every_sheet(string writer)
    {
        var folder = Directory.CreateTempSubdirectory("feedback-");
        try
        {
            var sheets = await WorkbookReaders.ReadAsync("openpyxl", FeedbackFile(writer, folder));
            Assert.Equal([FeedbackWorkbook.FindingsSheetName, "Return", "Notes"], sheets.Select(s => s.Name));
            Assert.Equal("Prepared by the desk officer", sheets[2].Cell(1, 1));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory, MemberData(nameof(Writers))]
    public async Task LibreOffice_keeps_the_comments_and_the_picture(string writer)
    {
        var folder = Directory.CreateTempSubdirectory("feedback-");
        try
        {
            var feedback = FeedbackFile(writer, folder);
            var saved = Directory.CreateDirectory(Path.Combine(folder.FullName, "saved"));
            var run = await LibreOffice.RunAsync("soffice", [$"-env:UserInstallation=file://{folder.FullName}/profile", "--headless",
                "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", saved.FullName, feedback]);
            Assert.True(run.ExitCode == 0, run.Error);
            using var document = SpreadsheetDocument.Open(Path.Combine(saved.FullName, Path.GetFileName(feedback)), false);
            var workbook = document.WorkbookPart!;
            var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
            Assert.Equal(FeedbackWorkbook.FindingsSheetName, sheets[0].Name!.Value);
            var returnSheet = (WorksheetPart)workbook.GetPartById(sheets.Single(s => s.Name == "Return").Id!);
            var comment = returnSheet.WorksheetCommentsPart!.Comments.CommentList!.Elements<Comment>().Single(c => c.Reference == "C8");
            Assert.Contains("row.description-missing", comment.InnerText);
            if (writer != "openpyxl") Assert.Single(returnSheet.DrawingsPart!.ImageParts);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
