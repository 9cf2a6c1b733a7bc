namespace Thb.Intake.Workbooks;

public enum SheetVisibility
{
    Visible,
    Hidden,
    VeryHidden,
}

public sealed record SheetInfo(string Name, SheetVisibility Visibility, string PartPath, int Position);

/// <summary>The non-empty cells of one worksheet, and its merged ranges.</summary>
public sealed class SheetData
{
    private readonly SortedDictionary<int, SortedDictionary<int, CellValue>> _rows = new();

    public SheetData(SheetInfo sheet) => Sheet = sheet;

    public SheetInfo Sheet { get; }
    public List<CellRange> MergedRanges { get; } = [];

    /// <summary>True when the sheet held more rows than the limit; only the first rows were kept.</summary>
    public bool Truncated { get; internal set; }

    public IEnumerable<int> RowNumbers => _rows.Keys;
    public int LastRow => _rows.Count == 0 ? 0 : _rows.Keys.Max();

    public IReadOnlyDictionary<int, CellValue> Row(int row) =>
        _rows.TryGetValue(row, out var cells) ? cells : EmptyRow;

    public CellValue? Cell(int row, int column) =>
        _rows.TryGetValue(row, out var cells) && cells.TryGetValue(column, out var cell) ? cell : null;

    /// <summary>How many rows hold a value (a non-blank cell or a formula).</summary>
    public int ValueRowCount => _valueRows.Count;

    private readonly HashSet<int> _valueRows = [];

    internal void Set(int row, int column, CellValue value)
    {
        if (!_rows.TryGetValue(row, out var cells)) _rows[row] = cells = new SortedDictionary<int, CellValue>();
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
