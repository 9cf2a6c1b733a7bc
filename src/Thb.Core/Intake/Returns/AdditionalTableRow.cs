namespace Thb.Intake.Returns;

/// <summary>One row of an additional table: its sheet row and its cells' texts from the table's first column to its last ("" where blank).</summary>
public sealed record AdditionalTableRow(int Row, IReadOnlyList<string> Cells);
