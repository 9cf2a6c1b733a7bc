namespace Thb.Cycles;

/// <summary>
/// Which submission is a contributor's current (accepted) workbook, which its current Word document (the narrative it
/// sent with or after the workbook), and which was its latest upload of any verdict.
/// </summary>
public sealed record SubmissionPointers(
    SubmissionId? CurrentSubmissionId = null,
    DateTimeOffset? CurrentUploadedAt = null,
    SubmissionId? LastSubmissionId = null,
    DateTimeOffset? LastUploadedAt = null,
    SubmissionId? CurrentDocumentId = null,
    DateTimeOffset? CurrentDocumentUploadedAt = null)
{
    /// <summary>An accepted workbook or Word document is in.</summary>
    public bool HasAccepted => CurrentSubmissionId is not null || CurrentDocumentId is not null;
}
