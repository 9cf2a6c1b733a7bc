using Thb.Intake.Returns;

namespace Thb.Publication;

/// <summary>
/// One contributor's part of the publication, and its rows in annex order (none without an accepted return); for a
/// contributor with sub-sections, the same rows under each sub-section; the narrative and additional tables that
/// belong to the whole part (those of a sub-section are under it).
/// </summary>
public sealed record PublicationSection(PublicationContributor Contributor, PublicationSubmission? Submission, IReadOnlyList<PublicationRow> Rows)
{
    public IReadOnlyList<PublicationSubsection> Subsections { get; init; } = [];
    public IReadOnlyList<Narrative> Narrative { get; init; } = [];
    public IReadOnlyList<AdditionalTable> Tables { get; init; } = [];
}
