namespace Thb.Intake.Workbooks;

/// <summary>
/// Bounds that keep a hostile or careless file from costing more than a moment: a return has tens of rows,
/// so every limit sits far above any honest workbook.
/// </summary>
public sealed record WorkbookLimits
{
    public static readonly WorkbookLimits Default = new();

    /// <summary>Size of the uploaded file itself (the intake's configurable limit, 20 MB by default).</summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Sum of all parts once inflated; beyond it the package is treated as a zip bomb.</summary>
    public long MaxInflatedBytes { get; init; } = 400L * 1024 * 1024;

    /// <summary>A single part's inflated size, and the most any one part may expand relative to its compressed size.</summary>
    public long MaxPartBytes { get; init; } = 200L * 1024 * 1024;

    public int MaxEntries { get; init; } = 5_000;

    /// <summary>Rows of actions a table may hold (rows holding a value under its header); the return is rejected beyond it.</summary>
    public int MaxRows { get; init; } = 20_000;

    /// <summary>
    /// Rows holding a value that a sheet may have besides its actions (title, metadata, header, notes): the reader stops
    /// after MaxRows + this many. Empty rows, formatted or not, never count.
    /// </summary>
    public int RowsBesideTable { get; init; } = 200;

    /// <summary>Excel's own limit for the text of one cell.</summary>
    public int ExcelCellCharacterLimit { get; init; } = 32_767;
}
