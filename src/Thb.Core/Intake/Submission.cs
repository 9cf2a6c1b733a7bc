using Thb.Intake.Findings;
using Thb.Intake.Returns;

namespace Thb.Intake;

/// <summary>
/// The recorded verdict on one upload. Its id derives from the blob name and the content's SHA-256, so processing the
/// same blob again (same ETag, or the same bytes written again) finds the same submission instead of adding one.
/// </summary>
public sealed record Submission(
    string CycleId,
    string ContributorId,
    string Id,
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

    /// <summary>The partition of this submission's rows: one submission, one partition.</summary>
    public string RowPartition => RowPartitionOf(CycleId, ContributorId, Id);

    public static string RowPartitionOf(string cycleId, string contributorId, string submissionId) => $"{cycleId}~{contributorId}~{submissionId}";
}
