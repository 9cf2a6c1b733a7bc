using System.IO.Compression;
using System.Xml.Linq;
using ClosedXML.Excel;
using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Json;

namespace Thb.Intake;

/// <summary>
/// The copy of a delegation's own workbook that comes back with its verdict: every cell with a finding highlighted
/// (red error, amber warning, blue note) and commented, and a first sheet "Findings" listing them all with links to the cells.
/// A file that could not be read as a workbook gets a workbook with the Findings sheet alone.
/// </summary>
public static class FeedbackWorkbook
{
    public const string FindingsSheetName = "Findings";

    private static readonly XLColor ErrorFill = XLColor.FromHtml("#FFC7CE");
    private static readonly XLColor WarningFill = XLColor.FromHtml("#FFEB9C");
    private static readonly XLColor InfoFill = XLColor.FromHtml("#DDEBF7");

    public static byte[] Create(byte[] original, ReturnCheck check, DateTimeOffset processedAt)
    {
        // Only a package the reader could open is worth marking up; anything else gets the findings alone.
        if (check.Sheet is null && check.Findings.Any(f => f.Code.StartsWith("file.", StringComparison.Ordinal)))
            return FindingsOnly(check, processedAt, note: null);
        try
        {
            var (prepared, removedDrawings) = WithoutDrawings(original);
            using var workbook = new XLWorkbook(new MemoryStream(prepared));
            MarkCells(workbook, check.Findings);
            var note = removedDrawings ? "Pictures and charts were left out of this copy; your uploaded file keeps them." : null;
            AddFindingsSheet(workbook, check, processedAt, note, position: 1);
            return Save(workbook);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The verdict must not depend on whether the copy can be marked up: fall back to the findings alone.
            return FindingsOnly(check, processedAt, note: "Your workbook could not be copied with the findings marked in it; they are listed here instead.");
        }
    }

    public static byte[] FindingsOnly(ReturnCheck check, DateTimeOffset processedAt, string? note)
    {
        using var workbook = new XLWorkbook();
        AddFindingsSheet(workbook, check, processedAt, note, position: 1);
        return Save(workbook);
    }

    private static void MarkCells(XLWorkbook workbook, IReadOnlyList<Finding> findings)
    {
        foreach (var group in findings.Where(f => f.Sheet is not null && f.Cell is not null).GroupBy(f => (f.Sheet!, f.Cell!.Value)))
        {
            if (!workbook.Worksheets.TryGetWorksheet(group.Key.Item1, out var sheet)) continue;
            var cell = sheet.Cell(group.Key.Item2.ToString());
            var worst = group.Max(f => f.Severity);
            cell.Style.Fill.BackgroundColor = worst switch
            {
                FindingSeverity.Error => ErrorFill,
                FindingSeverity.Warning => WarningFill,
                _ => InfoFill,
            };
            var comment = cell.Comment;
            comment.Author = "ThbFunctions";
            foreach (var finding in group)
                comment.AddText($"{KebabCase.Of(finding.Severity).ToUpperInvariant()} ({finding.Code}): {finding.Message}").AddNewLine();
            comment.Style.Size.SetWidth(60);
            comment.Style.Size.SetHeight(12);
        }
    }

    private static void AddFindingsSheet(XLWorkbook workbook, ReturnCheck check, DateTimeOffset processedAt, string? note, int position)
    {
        var name = FindingsSheetName;
        for (var i = 2; workbook.Worksheets.Contains(name); i++) name = $"{FindingsSheetName} ({i})";
        var sheet = workbook.Worksheets.Add(name, position);

        sheet.Cell(1, 1).Value = $"Findings for {check.File}";
        sheet.Cell(1, 1).Style.Font.SetBold().Font.SetFontSize(14);
        sheet.Cell(2, 1).Value = $"Verdict: {KebabCase.Of(check.Status)} — {check.Rows.Count} row(s), {check.ErrorCount} error(s), {check.WarningCount} warning(s). " +
                                 "Errors must be corrected before the return is accepted; warnings and notes are for your attention.";
        sheet.Cell(3, 1).Value = $"Checked {processedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC" +
                                 (check.Delegation is null ? "" : $" · Delegation: {check.Delegation}") + (check.Cycle is null ? "" : $" · Reporting cycle: {check.Cycle}");
        var headerRow = 5;
        if (note is not null)
        {
            sheet.Cell(4, 1).Value = note;
            sheet.Cell(4, 1).Style.Font.SetItalic();
        }

        string[] headers = ["#", "Severity", "Where", "Code", "What was found and what to write instead"];
        for (var c = 0; c < headers.Length; c++) sheet.Cell(headerRow, c + 1).Value = headers[c];
        var header = sheet.Range(headerRow, 1, headerRow, headers.Length);
        header.Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.FromHtml("#D9D9D9"));

        var row = headerRow + 1;
        var number = 1;
        foreach (var finding in check.Findings)
        {
            sheet.Cell(row, 1).Value = number++;
            sheet.Cell(row, 2).Value = KebabCase.Of(finding.Severity);
            sheet.Cell(row, 2).Style.Fill.BackgroundColor = finding.Severity switch
            {
                FindingSeverity.Error => ErrorFill,
                FindingSeverity.Warning => WarningFill,
                _ => InfoFill,
            };
            var where = sheet.Cell(row, 3);
            where.SetValue(finding.Location);
            if (finding.Sheet is not null && finding.Cell is not null && workbook.Worksheets.Contains(finding.Sheet))
                where.Hyperlink = new XLHyperlink($"'{finding.Sheet.Replace("'", "''", StringComparison.Ordinal)}'!{finding.Cell}");
            sheet.Cell(row, 4).SetValue(finding.Code);
            sheet.Cell(row, 5).SetValue(finding.Message);
            row++;
        }
        if (check.Findings.Count == 0) sheet.Cell(row, 5).Value = "Nothing to report: the return was read without findings.";

        // Explicit widths and wrapping: automatic sizing needs GDI+, which Linux hosts do not have.
        sheet.Column(1).Width = 5;
        sheet.Column(2).Width = 10;
        sheet.Column(3).Width = 16;
        sheet.Column(4).Width = 30;
        sheet.Column(5).Width = 100;
        sheet.Range(headerRow, 1, Math.Max(row, headerRow + 1), 5).Style.Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        sheet.SheetView.FreezeRows(headerRow);
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
        workbook.Worksheets.ToList().ForEach(ws => ws.TabSelected = false);
        sheet.TabSelected = true;
        sheet.SetTabActive();
    }

    private static byte[] Save(XLWorkbook workbook)
    {
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>
    /// Removes drawing and picture relationships from every sheet: loading pictures makes ClosedXML call GDI+,
    /// which is missing on Linux. The upload itself is never changed; only this copy loses its pictures.
    /// </summary>
    internal static (byte[] Package, bool Removed) WithoutDrawings(byte[] original)
    {
        using var memory = new MemoryStream();
        memory.Write(original);
        var removed = false;
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var rels in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/_rels/", StringComparison.OrdinalIgnoreCase) && e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                XDocument relsXml;
                using (var stream = rels.Open()) relsXml = Workbooks.SafeXmlDocument.Load(stream);
                var drop = relsXml.Root!.Elements()
                    .Where(r => (string?)r.Attribute("Type") is { } type && (type.EndsWith("/drawing", StringComparison.Ordinal) || type.EndsWith("/image", StringComparison.Ordinal)))
                    .ToList();
                if (drop.Count == 0) continue;
                var ids = drop.Select(r => (string?)r.Attribute("Id")).ToHashSet();
                drop.ForEach(r => r.Remove());
                Replace(zip, rels.FullName, relsXml);

                var sheetPath = "xl/worksheets/" + Path.GetFileNameWithoutExtension(rels.FullName[("xl/worksheets/_rels/".Length)..]);
                var sheetEntry = zip.GetEntry(sheetPath);
                if (sheetEntry is null) continue;
                XDocument sheetXml;
                using (var stream = sheetEntry.Open()) sheetXml = Workbooks.SafeXmlDocument.Load(stream);
                sheetXml.Root!.Elements()
                    .Where(e => e.Name.LocalName is "drawing" or "picture" && e.Attributes().Any(a => a.Name.LocalName == "id" && ids.Contains(a.Value)))
                    .ToList()
                    .ForEach(e => e.Remove());
                Replace(zip, sheetPath, sheetXml);
                removed = true;
            }
        }
        return (memory.ToArray(), removed);
    }

    private static void Replace(ZipArchive zip, string path, XDocument document)
    {
        zip.GetEntry(path)?.Delete();
        using var stream = zip.CreateEntry(path).Open();
        document.Save(stream, System.Xml.Linq.SaveOptions.DisableFormatting);
    }
}
