using Thb.Intake.Workbooks;

namespace Thb.Intake.Findings;

/// <summary>
/// One thing a person should know about a return: where it is (sheet and A1 cell, when there is one),
/// what was found and what to write instead. <see cref="Code"/> is stable: tools and tests match on it.
/// </summary>
public sealed record Finding(FindingSeverity Severity, string Code, string Message, string? Sheet = null, CellReference? Cell = null)
{
    public static Finding Error(string code, string message, string? sheet = null, CellReference? cell = null) =>
        new(FindingSeverity.Error, code, message, sheet, cell);

    public static Finding Warning(string code, string message, string? sheet = null, CellReference? cell = null) =>
        new(FindingSeverity.Warning, code, message, sheet, cell);

    public static Finding Info(string code, string message, string? sheet = null, CellReference? cell = null) =>
        new(FindingSeverity.Info, code, message, sheet, cell);

    public string Location => (Sheet, Cell) switch
    {
        (null, null) => "",
        (not null, null) => Sheet,
        (null, { } cell) => cell.ToString(),
        var (sheet, cell) => $"{sheet}!{cell}",
    };
}
