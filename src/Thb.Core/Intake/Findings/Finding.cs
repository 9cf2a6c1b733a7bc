namespace Thb.Intake.Findings;

/// <summary>How much a finding weighs: an error rejects the return, a warning or info does not.</summary>
public enum FindingSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// One thing a person should know about a return: where it is (sheet and A1 cell, when there is one),
/// what was found and what to write instead. <see cref="Code"/> is stable: tools and tests match on it.
/// </summary>
public sealed record Finding(FindingSeverity Severity, string Code, string Message, string? Sheet = null, string? Cell = null)
{
    public static Finding Error(string code, string message, string? sheet = null, string? cell = null) =>
        new(FindingSeverity.Error, code, message, sheet, cell);

    public static Finding Warning(string code, string message, string? sheet = null, string? cell = null) =>
        new(FindingSeverity.Warning, code, message, sheet, cell);

    public static Finding Info(string code, string message, string? sheet = null, string? cell = null) =>
        new(FindingSeverity.Info, code, message, sheet, cell);

    public string Location => (Sheet, Cell) switch
    {
        (null, null) => "",
        (not null, null) => Sheet,
        (null, not null) => Cell,
        _ => $"{Sheet}!{Cell}",
    };
}

public static class FindingSeverities
{
    public static string ToJson(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "info",
    };

    public static FindingSeverity FromJson(string value) => value switch
    {
        "error" => FindingSeverity.Error,
        "warning" => FindingSeverity.Warning,
        "info" => FindingSeverity.Info,
        _ => throw new FormatException($"Unknown finding severity '{value}'."),
    };
}
