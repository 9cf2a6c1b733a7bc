using System.Text.Json.Serialization;
using Thb.Cycles;

namespace Thb.Intake.Returns;

/// <summary>
/// A contributor's prose: the paragraphs of its return's Narrative sheet, or of a Word document it uploaded, in order.
/// <see cref="Source"/> names where it came from (the sheet, or the document's file name). In the check's JSON as
/// "narrative".
/// </summary>
public sealed record Narrative(string Source, IReadOnlyList<NarrativeParagraph> Paragraphs)
{
    /// <summary>The sub-section it sits under, for a sectioned contributor (its sheet's heading; else the first).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SectionTitle? Section { get; init; }

    public int Characters => Paragraphs.Sum(p => p.Text.Length);
}
