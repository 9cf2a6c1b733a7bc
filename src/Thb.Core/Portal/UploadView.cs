namespace Thb.Portal;

/// <summary>One upload as the delegation sees it: pending until the intake records its verdict.</summary>
public sealed record UploadView(string BlobName, string FileName, string UploadedAt, UploadState Status, int Rows, int Errors, int Warnings, bool Current,
    IReadOnlyList<FindingView> Findings, string? FeedbackUrl);
