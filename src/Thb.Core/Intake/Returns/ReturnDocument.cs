using Thb.Intake.Findings;

namespace Thb.Intake.Returns;

/// <summary>
/// The JSON of `thb check --json`: the verdict of <see cref="ReturnCheck"/> without what only the check itself needs
/// (the metadata cells), and the counts. Outside tools rely on these names: extend them, never rename.
/// </summary>
public sealed record ReturnDocument(
    string File,
    ReturnStatus Status,
    string? Delegation,
    string? Cycle,
    string? Sheet,
    int? HeaderRow,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ReturnRow> Rows)
{
    public int Errors => Findings.Count(f => f.Severity == FindingSeverity.Error);
    public int Warnings => Findings.Count(f => f.Severity == FindingSeverity.Warning);

    public static ReturnDocument From(ReturnCheck check) =>
        new(check.File, check.Status, check.Delegation, check.Cycle, check.Sheet, check.HeaderRow, check.Findings, check.Rows);
}
