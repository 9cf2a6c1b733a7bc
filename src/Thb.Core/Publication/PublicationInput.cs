namespace Thb.Publication;

/// <summary>
/// Everything the publication pieces (priority view, charts, map, Council document) read: the cycle, when and from
/// what the annex was compiled, and one section per contributor in protocol order. Made from the annex's input by
/// Thb.Annex.PublicationInputs, the only place that knows the annex's row types.
/// </summary>
public sealed record PublicationInput(
    string CycleId,
    string CycleTitle,
    DateTimeOffset CompiledAt,
    string Reference,
    IReadOnlyList<PublicationSection> Sections,
    PreviousCycleChanges? Previous = null)
{
    /// <summary>The sections of contributors with an accepted return.</summary>
    public IEnumerable<PublicationSection> WithReturn => Sections.Where(s => s.Submission is not null);

    public int RowCount => Sections.Sum(s => s.Rows.Count);
}
