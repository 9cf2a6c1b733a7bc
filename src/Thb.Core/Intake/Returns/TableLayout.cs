using Thb.Workbooks;
using Thb.Intake.Findings;
using Thb.Intake.Workbooks;

namespace Thb.Intake.Returns;

/// <summary>Where a sheet's table of actions is: its header row and which column holds what.</summary>
public sealed record TableLayout(int HeaderRow, int LastHeaderRow, IReadOnlyDictionary<ReturnColumn, int> Columns, int DataRowEstimate)
{
    /// <summary>Header cells whose text is not a known header (column number and text), e.g. "Details".</summary>
    public IReadOnlyList<(int Column, string Text)> UnknownHeaders { get; init; } = [];

    public int AnnexColumnCount => ReturnLayout.AnnexColumns.Count(Columns.ContainsKey);
    public int FirstColumn => Columns.Values.Min();

    /// <summary>Finds the header row in the first rows of a sheet; null when the sheet holds no table of actions.</summary>
    public static TableLayout? Locate(SheetData sheet)
    {
        TableLayout? best = null;
        foreach (var row in sheet.RowNumbers)
        {
            if (row > ReturnLayout.HeaderSearchRows) break;
            var columns = RecogniseRow(sheet, row);
            var annex = ReturnLayout.AnnexColumns.Count(columns.ContainsKey);
            if (annex < 3 || !columns.ContainsKey(ReturnColumn.CountryRegion) && !columns.ContainsKey(ReturnColumn.Description)) continue;
            if (best is not null && annex <= best.AnnexColumnCount) continue;

            // A header split over two rows ("Duration" above "(start/end date)") continues on the next row.
            var last = row;
            var next = RecogniseContinuation(sheet, row + 1);
            if (next is not null)
            {
                last = row + 1;
                foreach (var (column, at) in next) columns.TryAdd(column, at);
            }
            var estimate = sheet.RowNumbers.Count(r => r > last && sheet.Row(r).Values.Any(c => !c.IsBlank));
            var unknown = sheet.Row(row)
                .Where(c => !c.Value.IsBlank && !columns.ContainsValue(c.Key) && c.Key <= columns.Values.Max() + 1)
                .Select(c => (c.Key, c.Value.Text.Trim()))
                .ToList();
            best = new TableLayout(row, last, columns, estimate) { UnknownHeaders = unknown };
        }
        return best;
    }

    private static Dictionary<ReturnColumn, int> RecogniseRow(SheetData sheet, int row)
    {
        var columns = new Dictionary<ReturnColumn, int>();
        foreach (var (column, cell) in sheet.Row(row))
        {
            if (cell.Kind != CellKind.Text) continue;
            var recognised = ReturnLayout.Recognise(cell.Text);
            if (recognised is { } r) columns.TryAdd(r, column);
        }
        return columns;
    }

    private static Dictionary<ReturnColumn, int>? RecogniseContinuation(SheetData sheet, int row)
    {
        var cells = sheet.Row(row).Where(c => !c.Value.IsBlank).ToList();
        if (cells.Count == 0) return null;
        var found = new Dictionary<ReturnColumn, int>();
        foreach (var (column, cell) in cells)
        {
            var text = cell.Text.Trim();
            if (cell.Kind != CellKind.Text || text.Length > 60) return null;
            // Continuations are header words, a bracketed note, or the lower-case rest of a phrase ("at international level").
            if (ReturnLayout.Recognise(text) is { } r) found.TryAdd(r, column);
            else if (!(text.StartsWith('(') && text.EndsWith(')')) && !char.IsLower(text[0])) return null;
        }
        return found;
    }

    /// <summary>True when a row repeats the header (a table pasted twice, or printed page headers kept).</summary>
    internal bool IsHeaderRepeat(SortedList<int, CellValue>? rowCells)
    {
        var needed = Math.Max(3, Columns.Count - 1);
        if (Columns.Count < needed) return false;
        var misses = 0;
        foreach (var (column, at) in Columns)
        {
            var cell = rowCells is not null && rowCells.TryGetValue(at, out var c) ? c : null;
            if (cell is null || ReturnLayout.Recognise(cell.Text) != column)
            {
                // An action's cells are no headers: stop as soon as too few columns are left to repeat the header.
                if (++misses > Columns.Count - needed) return false;
            }
        }
        return true;
    }
}

/// <summary>A cell of a data row; <see cref="MergedFrom"/> is set when its text came from a merged range above it.</summary>
public sealed record RawCell(CellValue Value, CellRange? MergedFrom = null);

public sealed record RawReturnRow(int Row, IReadOnlyDictionary<ReturnColumn, RawCell> Cells, IReadOnlyDictionary<ReturnColumn, int> Columns, bool LooksLikeContinuation);

/// <summary>Walks the rows under the header: skips blank rows and repeated headers, keeps notes out, expands merged cells.</summary>
public static class TableRows
{
    public static IEnumerable<RawReturnRow> Read(SheetData sheet, TableLayout table, List<Finding> findings)
    {
        var sheetName = sheet.Sheet.Name;
        var tableColumns = table.Columns.Values.ToHashSet();
        var firstColumn = table.FirstColumn;
        var candidates = new List<(int Row, Dictionary<ReturnColumn, RawCell> Cells, int Filled, (string Text, int Column)? Single)>();

        foreach (var row in sheet.RowNumbers.Where(r => r > table.LastHeaderRow))
        {
            var rowCells = sheet.CellsInRow(row);
            var cells = CellsOf(sheet, rowCells, table, row);
            // Text outside the table's columns (a note typed to the right, or under a merged title) counts for note detection only.
            var (outsideCount, firstOutside) = Outside(rowCells, tableColumns);
            var (ownCount, firstOwn) = Own(cells);
            var filled = ownCount + outsideCount;
            if (filled == 0) continue;
            if (table.IsHeaderRepeat(rowCells))
            {
                findings.Add(Finding.Info(FindingCodes.TableHeaderRepeated, FindingMessage.With(row), sheetName, new CellReference(row, firstColumn)));
                continue;
            }
            if (cells.Count == 0)
            {
                findings.Add(NoteFinding(sheetName, row, firstOutside.Key, firstOutside.Value.Text));
                continue;
            }
            (string, int)? single = filled != 1 ? null
                : ownCount == 1 ? (firstOwn.Value.Value.Text, table.Columns[firstOwn.Key]) : (firstOutside.Value.Text, firstOutside.Key);
            candidates.Add((row, cells, filled, single));
        }

        // Notes under the table: single-cell rows after the last real action, or any row opening with "Source:", "Note:", "*"...
        var lastRealRow = candidates.Where(c => c.Filled >= 2).Select(c => c.Row).DefaultIfEmpty(0).Max();
        (int Row, Dictionary<ReturnColumn, RawCell> Cells)? previous = null;
        foreach (var (row, cells, _, single) in candidates)
        {
            if (single is { } note && (row > lastRealRow || StartsWithNoteMarker(note.Text)))
            {
                findings.Add(NoteFinding(sheetName, row, note.Column, note.Text));
                continue;
            }
            var continuation = previous is not null && previous.Value.Row == row - 1 &&
                               !Has(cells, ReturnColumn.CountryRegion) && !Has(cells, ReturnColumn.Form) && Has(cells, ReturnColumn.Description);
            previous = (row, cells);
            yield return new RawReturnRow(row, cells, table.Columns, continuation);
        }
    }

    /// <summary>How many of a row's cells outside the table's columns hold something, and the first of them.</summary>
    private static (int Count, KeyValuePair<int, CellValue> First) Outside(SortedList<int, CellValue>? rowCells, HashSet<int> tableColumns)
    {
        var count = 0;
        KeyValuePair<int, CellValue> first = default;
        if (rowCells is null) return (0, first);
        foreach (var cell in rowCells)
        {
            if (tableColumns.Contains(cell.Key) || cell.Value.IsBlank) continue;
            if (count++ == 0) first = cell;
        }
        return (count, first);
    }

    /// <summary>How many of the table's cells of a row hold something of their own (not merged down), and the first of them.</summary>
    private static (int Count, KeyValuePair<ReturnColumn, RawCell> First) Own(Dictionary<ReturnColumn, RawCell> cells)
    {
        var count = 0;
        KeyValuePair<ReturnColumn, RawCell> first = default;
        foreach (var cell in cells)
        {
            if (cell.Value.MergedFrom is not null || cell.Value.Value.IsBlank) continue;
            if (count++ == 0) first = cell;
        }
        return (count, first);
    }

    /// <summary>The table's cells of a row; a blank cell merged down from a row above carries that row's text (the
    /// delegation's own meaning).</summary>
    private static Dictionary<ReturnColumn, RawCell> CellsOf(SheetData sheet, SortedList<int, CellValue>? rowCells, TableLayout table, int row)
    {
        var cells = new Dictionary<ReturnColumn, RawCell>();
        foreach (var (column, at) in table.Columns)
        {
            var cell = rowCells is not null && rowCells.TryGetValue(at, out var c) ? c : null;
            CellRange? mergedFrom = null;
            if (cell is null || cell.IsBlank)
            {
                var range = sheet.MergedRangeAt(row, at);
                if (range is { SpansRows: true } r && r.TopLeft.Row < row && r.TopLeft.Row > table.LastHeaderRow && r.TopLeft.Column == at)
                {
                    cell = sheet.Cell(r.TopLeft.Row, r.TopLeft.Column);
                    mergedFrom = r;
                }
            }
            if (cell is not null && (!cell.IsBlank || cell.IsFormula)) cells[column] = new RawCell(cell, mergedFrom);
        }
        return cells;
    }

    private static bool Has(Dictionary<ReturnColumn, RawCell> cells, ReturnColumn column) =>
        cells.TryGetValue(column, out var c) && !c.Value.IsBlank;

    private static Finding NoteFinding(string sheet, int row, int column, string text) => Finding.Info(FindingCodes.TableNoteSkipped,
        FindingMessage.With(row, FindingText.Shorten(text, 50)), sheet, new CellReference(row, column));

    internal static bool StartsWithNoteMarker(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0) return false;
        if (trimmed[0] is '*' or '¹' or '²' or '³' or '†') return true;
        var normalised = ReturnLayout.Normalise(trimmed.Length > 30 ? trimmed[..30] : trimmed);
        foreach (var marker in ReturnLayoutVocabulary.Instance.NoteMarkers)
        {
            if (!char.IsLetter(marker[0])) continue;
            if (normalised == marker || normalised.StartsWith(marker + " ", StringComparison.Ordinal))
            {
                // "Note" must be a label ("Note:", "Source -"), not the first word of a sentence about notes.
                var after = trimmed.Length > marker.Length ? trimmed[marker.Length..].TrimStart() : "";
                if (after.Length == 0 || after[0] is ':' or '-' or '–' or '.' || marker is "nb" or "n b") return true;
            }
        }
        return trimmed.StartsWith("(1)", StringComparison.Ordinal) || trimmed.StartsWith("1)", StringComparison.Ordinal) && trimmed.Length > 3 && !char.IsDigit(trimmed[2]);
    }
}
