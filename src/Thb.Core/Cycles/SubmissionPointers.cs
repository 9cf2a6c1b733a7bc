namespace Thb.Cycles;

/// <summary>Which submission is a contributor's current (accepted) one, and which was its latest upload of any verdict.</summary>
public sealed record SubmissionPointers(
    string? CurrentSubmissionId = null,
    DateTimeOffset? CurrentUploadedAt = null,
    string? LastSubmissionId = null,
    DateTimeOffset? LastUploadedAt = null);
