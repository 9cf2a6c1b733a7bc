namespace Thb.Publication;

/// <summary>One contributor's part of the publication, and its rows in sheet order (none without an accepted return).</summary>
public sealed record PublicationSection(PublicationContributor Contributor, PublicationSubmission? Submission, IReadOnlyList<PublicationRow> Rows);
