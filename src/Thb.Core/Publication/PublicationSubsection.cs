using Thb.Intake.Returns;

namespace Thb.Publication;

/// <summary>
/// One sub-section of a contributor's part ("DG Enlargement"): its title, whether the registry lists it, its rows in
/// return order, and the narrative and additional tables the return put under it.
/// </summary>
public sealed record PublicationSubsection(string Title, bool Known, IReadOnlyList<PublicationRow> Rows)
{
    public IReadOnlyList<Narrative> Narrative { get; init; } = [];
    public IReadOnlyList<AdditionalTable> Tables { get; init; } = [];
}
