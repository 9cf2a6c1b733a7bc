using Thb.Intake.Findings;
using Thb.Intake.Workbooks;
using Thb.Workbooks;

namespace Thb.Intake.Returns;

/// <summary>
/// Reads a sheet without a table of annex columns as an additional table: its header is the first row of two or more
/// cells (labels such as "Delegation" | "Europol" aside), the single-cell rows above it its title, and every non-blank
/// row below it a row, each cell's shown text kept exactly, from the table's first column to its last.
/// </summary>
public static class AdditionalTableReader
{
    /// <summary>The sheet's table, or null when no row of it has two cells (prose, a lone note: a finding says it was not read).</summary>
    public static AdditionalTable? Read(SheetData sheet, WorkbookLimits limits, List<Finding> findings)
    {
        var name = sheet.Sheet.Name;
        var filled = sheet.RowNumbers.Where(r => sheet.Row(r).Values.Any(c => !c.IsBlank)).ToList();
        if (filled.Count == 0) return null;
        int? header = null;
        var title = new List<string>();
        foreach (var row in filled)
        {
            var cells = sheet.Row(row).Where(c => !c.Value.IsBlank).ToList();
            if (cells.Count >= 2 && !IsLabel(cells[0].Value.Text))
            {
                header = row;
                break;
            }
            if (cells.Count == 1) title.Add(cells[0].Value.Text.Trim());
        }
        if (header is not { } headerRow)
        {
            findings.Add(Finding.Info(FindingCodes.SheetNotRead, FindingMessage.With(name), name));
            return null;
        }
        var rows = filled.Where(r => r > headerRow).ToList();
        if (rows.Count > limits.MaxRows)
        {
            findings.Add(Finding.Error(FindingCodes.TableTooManyRows, FindingMessage.With(name, limits.MaxRows), name));
            return null;
        }
        var columns = rows.Append(headerRow).SelectMany(r => sheet.Row(r).Where(c => !c.Value.IsBlank).Select(c => c.Key)).ToList();
        var (first, last) = (columns.Min(), columns.Max());
        string[] Cells(int row) => Enumerable.Range(first, last - first + 1).Select(c => sheet.Cell(row, c) is { IsBlank: false } cell ? cell.Text : "").ToArray();
        var table = new AdditionalTable(name, title.Count == 0 ? null : string.Join("\n", title), headerRow, first, Cells(headerRow),
            rows.Select(r => new AdditionalTableRow(r, Cells(r))).ToList());
        findings.Add(Finding.Info(FindingCodes.TableAdditional, FindingMessage.With(name, Preview(table.Columns), table.Columns.Count, table.Rows.Count), name, new CellReference(headerRow, first)));
        return table;
    }

    private static bool IsLabel(string text)
    {
        var colon = text.IndexOf(':');
        var label = ReturnLayout.Normalise(colon > 0 ? text[..colon] : text);
        return ReturnLayout.IsDelegationLabel(label) || ReturnLayout.IsCycleLabel(label) || label is "section" or "sub section" or "subsection";
    }

    private static string Preview(IReadOnlyList<string> columns) =>
        string.Join(", ", columns.Where(c => c.Length > 0).Take(3).Select(c => $"\"{FindingText.Shorten(c, 30)}\"")) + (columns.Count > 3 ? ", …" : "");
}
