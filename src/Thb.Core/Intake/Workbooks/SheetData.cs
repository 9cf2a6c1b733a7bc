using Thb.Workbooks;
namespace Thb.Intake.Workbooks;

public enum SheetVisibility
{
    Visible,
    Hidden,
    VeryHidden,
}

public sealed record SheetInfo(string Name, SheetVisibility Visibility, string PartPath, int Position);

/// <summary>The non-empty cells of one worksheet, and its merged ranges.</summary>
/// <remarks>
/// Rows are kept in arrival order, which is row order in every workbook a program wrote (sorted once otherwise), each
/// row's cells in a small sorted list: a sheet of 20,000 rows fills in one pass without a tree per row.
/// </remarks>
public sealed class SheetData
{
    private readonly Dictionary<int, SortedList<int, CellValue>> _rows = new();
    private readonly List<int> _order = [];
    private bool _ordered = true;

    public SheetData(SheetInfo sheet) => Sheet = sheet;

    public SheetInfo Sheet { get; }
    public List<CellRange> MergedRanges { get; } = [];

    /// <summary>True when the sheet held more rows than the limit; only the first rows were kept.</summary>
    public bool Truncated { get; internal set; }

    /// <summary>The numbers of the rows holding a cell, in ascending order.</summary>
    public IReadOnlyList<int> RowNumbers
    {
        get
        {
            if (!_ordered)
            {
                _order.Sort();
                _ordered = true;
            }
            return _order;
        }
    }

    public int LastRow => _order.Count == 0 ? 0 : RowNumbers[^1];

    public IReadOnlyDictionary<int, CellValue> Row(int row) =>
        _rows.TryGetValue(row, out var cells) ? cells : EmptyRow;

    /// <summary>The row's cells in column order, without an interface between (the row walk reads every row); null for a row with none.</summary>
    internal SortedList<int, CellValue>? CellsInRow(int row) => _rows.GetValueOrDefault(row);

    public CellValue? Cell(int row, int column) =>
        _rows.TryGetValue(row, out var cells) && cells.TryGetValue(column, out var cell) ? cell : null;

    /// <summary>How many rows hold a value (a non-blank cell or a formula).</summary>
    public int ValueRowCount => _valueRows.Count;

    private readonly HashSet<int> _valueRows = [];

    internal void Set(int row, int column, CellValue value)
    {
        if (!_rows.TryGetValue(row, out var cells))
        {
            _rows[row] = cells = new SortedList<int, CellValue>(8);
            if (_order.Count > 0 && row < _order[^1]) _ordered = false;
            _order.Add(row);
        }
        cells[column] = value;
        if (!value.IsBlank || value.IsFormula) _valueRows.Add(row);
    }

    public CellRange? MergedRangeAt(int row, int column)
    {
        foreach (var range in MergedRanges)
            if (range.Contains(row, column)) return range;
        return null;
    }

    private static readonly IReadOnlyDictionary<int, CellValue> EmptyRow = new Dictionary<int, CellValue>();
}
