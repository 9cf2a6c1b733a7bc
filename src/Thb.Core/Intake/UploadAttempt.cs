using Thb.Cycles;

namespace Thb.Intake;

/// <summary>
/// The intake's record of one upload, kept apart from its verdict: how many attempts began, when the last began, what
/// went wrong, and — once the content was read — the submission it makes and the row partition it writes, so that a
/// cut-off attempt's rows can be found and removed.
/// </summary>
public sealed record UploadAttempt(
    CycleId CycleId,
    ContributorId ContributorId,
    string BlobName,
    DateTimeOffset UploadedAt,
    UploadProgress Progress,
    int Attempts,
    DateTimeOffset StartedAt,
    SubmissionId? SubmissionId,
    string? RowPartition,
    string? Problem)
{
    /// <summary>
    /// What a reader shows for an upload without a verdict: an attempt begun longer than <paramref name="bound"/> ago that
    /// neither finished nor failed was cut off (the process stopped, storage went away), so it is retrying; no attempt
    /// at all that long after the upload likewise.
    /// </summary>
    public static UploadProgress ProgressOf(UploadAttempt? attempt, DateTimeOffset uploadedAt, DateTimeOffset now, TimeSpan bound) => attempt switch
    {
        null => now - uploadedAt > bound ? UploadProgress.Retrying : UploadProgress.Checking,
        { Progress: UploadProgress.Checking } a => now - a.StartedAt > bound ? UploadProgress.Retrying : UploadProgress.Checking,
        { } a => a.Progress,
    };

    /// <summary>What the delegation and the Presidency read for a failed upload.</summary>
    public const string FailedText = "We could not check this file; it is kept, and we are looking into it.";
}
