using Thb.Localisation;
using Thb.Workbooks;

namespace Thb.Intake.Findings;

/// <summary>
/// One thing a person should know about a return: where it is (sheet and A1 cell, when there is one),
/// what was found and what to write instead. <see cref="Code"/> is stable: tools and tests match on it.
/// <see cref="Message"/> is in English (the contract's text); <see cref="Text"/> is the same message by its key and
/// arguments, written in a delegation's language by <see cref="FindingMessages.In"/>.
/// </summary>
public sealed record Finding(FindingSeverity Severity, string Code, string Message, string? Sheet = null, CellReference? Cell = null)
{
    /// <summary>The message before it is put into words; null for a finding made from an English text alone.</summary>
    public FindingMessage? Text { get; init; }

    public static Finding Error(string code, FindingMessage text, string? sheet = null, CellReference? cell = null) => Of(FindingSeverity.Error, code, text, sheet, cell);

    public static Finding Warning(string code, FindingMessage text, string? sheet = null, CellReference? cell = null) => Of(FindingSeverity.Warning, code, text, sheet, cell);

    public static Finding Info(string code, FindingMessage text, string? sheet = null, CellReference? cell = null) => Of(FindingSeverity.Info, code, text, sheet, cell);

    private static Finding Of(FindingSeverity severity, string code, FindingMessage text, string? sheet, CellReference? cell) =>
        new(severity, code, FindingMessages.Render(code, text, Language.English), sheet, cell) { Text = text };

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
