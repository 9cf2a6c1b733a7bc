using Thb.Intake.Findings;

namespace Thb.Intake.Returns;

/// <summary>The verdict on one return: status, where the table was, every finding and every row.</summary>
public sealed record ReturnCheck(
    string File,
    ReturnStatus Status,
    string? Delegation,
    string? Cycle,
    string? Sheet,
    int? HeaderRow,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ReturnRow> Rows,
    ReturnMetadata Metadata)
{
    /// <summary>The sub-sections read, in annex order; empty for a return of a contributor without sections.</summary>
    public IReadOnlyList<ReturnSection> Sections { get; init; } = [];

    /// <summary>Tables whose columns are not the annex's, kept as written (<see cref="AdditionalTable"/>).</summary>
    public IReadOnlyList<AdditionalTable> Tables { get; init; } = [];

    /// <summary>The prose of the return (its Narrative sheet), or of a Word document.</summary>
    public IReadOnlyList<Narrative> Narrative { get; init; } = [];

    /// <summary>A Word document's check: narrative and tables, never actions; an accepted one joins the contributor's current workbook.</summary>
    public bool IsDocument { get; init; }

    public int ErrorCount => Findings.Count(f => f.Severity == FindingSeverity.Error);
    public int WarningCount => Findings.Count(f => f.Severity == FindingSeverity.Warning);
}
