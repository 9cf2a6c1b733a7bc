using System.Text.Json.Serialization;
using Thb.Cycles;

namespace Thb.Intake.Returns;

/// <summary>
/// A table of a return whose columns are not the annex's (Europol's agreements: partner, then the date of each step),
/// kept exactly as written: the title above it, its header cells and every row's cells, from its first column to its
/// last, as the sheet shows them. Shown in the contributor's part of the annex as it is; never normalised, never in
/// the analysis. In the check's JSON as "tables".
/// </summary>
public sealed record AdditionalTable(string Sheet, string? Title, int HeaderRow, int FirstColumn, IReadOnlyList<string> Columns, IReadOnlyList<AdditionalTableRow> Rows)
{
    /// <summary>The sub-section it sits under, for a sectioned contributor.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SectionTitle? Section { get; init; }

    /// <summary>Every cell's text, header first, row by row: what the annex shows, once each.</summary>
    public IEnumerable<string> Cells => Columns.Concat(Rows.SelectMany(r => r.Cells));
}
