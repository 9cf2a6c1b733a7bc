using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Thb.Templates;

namespace Thb.IntegrationTests.Templates;

/// <summary>
/// Fills in a template the way a person typing in Excel would, but written with the Open XML SDK directly — a writer
/// other than the ClosedXML that made the template. Text goes in as inline strings; dates and amounts as numbers with
/// the column's own format (what Excel does when you type into a formatted column), unless told to leave it off.
/// </summary>
public static class OpenXmlFiller
{
    /// <summary>One row of values by column letter: string (text), DateOnly (date), decimal (number).</summary>
    public sealed class FilledRow : Dictionary<string, object>;

    public static byte[] Fill(byte[] template, int firstRow, IReadOnlyList<FilledRow> rows, bool keepColumnFormats = true)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbookPart = document.WorkbookPart!;
            var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == TemplateLayout.ReturnSheet);
            var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
            var data = part.Worksheet.GetFirstChild<SheetData>()!;
            var columns = part.Worksheet.GetFirstChild<Columns>()?.Elements<Column>().ToList() ?? [];

            for (var i = 0; i < rows.Count; i++)
            {
                var index = (uint)(firstRow + i);
                var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex?.Value == index);
                if (row is null)
                {
                    row = new Row { RowIndex = index };
                    var after = data.Elements<Row>().LastOrDefault(r => r.RowIndex?.Value < index);
                    if (after is null) data.PrependChild(row);
                    else after.InsertAfterSelf(row);
                }
                foreach (var (letter, value) in rows[i].OrderBy(v => v.Key.Length).ThenBy(v => v.Key, StringComparer.Ordinal))
                {
                    var reference = letter + index;
                    row.Elements<Cell>().FirstOrDefault(c => c.CellReference?.Value == reference)?.Remove();
                    var cell = new Cell { CellReference = reference };
                    var style = keepColumnFormats ? StyleOf(columns, ColumnNumber(letter)) : null;
                    if (style is not null) cell.StyleIndex = style;
                    switch (value)
                    {
                        case string text:
                            cell.DataType = CellValues.InlineString;
                            cell.InlineString = new InlineString(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
                            break;
                        case DateOnly date:
                            cell.CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture));
                            break;
                        case decimal number:
                            cell.CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture));
                            break;
                        default:
                            throw new ArgumentException($"Cannot write a {value.GetType().Name}.");
                    }
                    var next = row.Elements<Cell>().FirstOrDefault(c => ColumnNumber(Letters(c.CellReference!.Value!)) > ColumnNumber(letter));
                    if (next is null) row.Append(cell);
                    else next.InsertBeforeSelf(cell);
                }
            }
            part.Worksheet.Save();
        }
        return stream.ToArray();
    }

    private static uint? StyleOf(List<Column> columns, int column) =>
        columns.FirstOrDefault(c => c.Min!.Value <= column && column <= c.Max!.Value)?.Style?.Value;

    private static string Letters(string reference) => new(reference.TakeWhile(char.IsLetter).ToArray());

    private static int ColumnNumber(string letters) => letters.Aggregate(0, (n, c) => n * 26 + (char.ToUpperInvariant(c) - 'A' + 1));
}
