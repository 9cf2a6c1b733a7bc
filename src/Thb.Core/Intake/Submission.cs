using Thb.Cycles;
using Thb.Intake.Findings;
using Thb.Intake.Returns;

namespace Thb.Intake;

/// <summary>
/// The recorded verdict on one upload. Its id derives from the blob name and the content's SHA-256, so processing the
/// same blob again (same ETag, or the same bytes written again) finds the same submission instead of adding one.
/// An upload to a path whose segments are no ids is still recorded (rejected): its <see cref="CycleId"/> or
/// <see cref="ContributorId"/> is then null, and <see cref="BlobName"/> keeps the path's text as it was written
/// (<see cref="CycleText"/> and <see cref="ContributorText"/> read the segments back from it).
/// </summary>
public sealed record Submission(
    CycleId? CycleId,
    ContributorId? ContributorId,
    SubmissionId Id,
    string BlobName,
    string FileName,
    string? ETag,
    string? Sha256,
    long Size,
    DateTimeOffset UploadedAt,
    DateTimeOffset ProcessedAt,
    ReturnStatus Status,
    int Rows,
    int Errors,
    int Warnings,
    bool Late,
    string? FeedbackBlob,
    string? Delegation,
    IReadOnlyList<Finding> Findings)
{
    /// <summary>The sub-sections the return was read into, with their row counts (none for a contributor without sections).</summary>
    public IReadOnlyList<ReturnSection> Sections { get; init; } = [];

    /// <summary>A Word document (its narrative and tables, no actions): it joins the current workbook instead of replacing it.</summary>
    public bool IsDocument { get; init; }

    /// <summary>How many additional tables the return holds (kept in <see cref="ReturnPartsStore"/>).</summary>
    public int Tables { get; init; }

    /// <summary>How many paragraphs of narrative the return holds (kept in <see cref="ReturnPartsStore"/>).</summary>
    public int Paragraphs { get; init; }

    /// <summary>The cycle as the upload named it: the id, or the path's first segment where it is none ("" for a path without three segments).</summary>
    public string CycleText => CycleId?.Value ?? ReturnPath.TryParse(BlobName, out _)?.CycleText ?? "";

    /// <summary>The contributor as the upload named it: the id, or the path's second segment where it is none ("" for a path without three segments).</summary>
    public string ContributorText => ContributorId?.Value ?? ReturnPath.TryParse(BlobName, out _)?.ContributorText ?? "";

    /// <summary>The cycle and contributor of a submission whose path named both (every one that has rows, a feedback copy or a review).</summary>
    public (CycleId Cycle, ContributorId Contributor) Owner => CycleId is { } cycle && ContributorId is { } contributor
        ? (cycle, contributor)
        : throw new InvalidOperationException($"Submission {Id} of upload '{BlobName}' names no cycle and contributor id.");

    /// <summary>The partition of this submission's rows: one submission, one partition.</summary>
    public string RowPartition => $"{CycleText}~{ContributorText}~{Id}";

    public static string RowPartitionOf(CycleId cycleId, ContributorId contributorId, SubmissionId submissionId) => $"{cycleId}~{contributorId}~{submissionId}";
}
