namespace Thb.Intake.Workbooks;

public enum CellKind
{
    Text,
    Number,
    Date,
    Boolean,
    Error,
}

/// <summary>
/// One non-empty cell as a spreadsheet program would show it. <see cref="Text"/> is the displayed text (for numbers and
/// dates, formatted with the cell's number format); <see cref="Number"/> and <see cref="Date"/> keep the typed value.
/// </summary>
/// <remarks><see cref="FormatFailed"/>: the number format could not be applied, so <see cref="Text"/> is the General text.</remarks>
public sealed record CellValue(string Text, CellKind Kind, double? Number = null, DateTime? Date = null, string? Formula = null, string? NumberFormat = null,
    bool FormatFailed = false)
{
    public bool IsFormula => Formula is not null;
    public bool IsBlank => Kind == CellKind.Text && string.IsNullOrWhiteSpace(Text);
}
