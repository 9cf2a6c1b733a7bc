using Thb.Cycles;
using Thb.Intake.Returns;

namespace Thb.Intake;

/// <summary>
/// Where a contributor stands in a cycle: its current accepted return, its latest upload whatever the verdict, and its
/// newest upload still without one (<paramref name="Unchecked"/>, when newer than the latest verdict).
/// </summary>
public sealed record ContributorStatus(Contributor Contributor, DateOnly Deadline, Submission? Current, Submission? Latest, UncheckedUpload? Unchecked = null)
{
    /// <summary>The current Word document (narrative and tables sent with or after the workbook), if any.</summary>
    public Submission? Document { get; init; }

    public SubmissionState State => Unchecked is { } u ? u.Progress switch
    {
        UploadProgress.Failed => SubmissionState.Failed,
        UploadProgress.Retrying => SubmissionState.Retrying,
        _ => SubmissionState.Checking,
    } : (Current ?? Document ?? Latest)?.Status switch
    {
        null => SubmissionState.None,
        ReturnStatus.Accepted => SubmissionState.Accepted,
        ReturnStatus.AcceptedWithWarnings => SubmissionState.AcceptedWithWarnings,
        _ => SubmissionState.Rejected,
    };

    public bool HasAccepted => Current is not null || Document is not null;

    /// <summary>True when the latest upload was rejected while an earlier accepted one stays current.</summary>
    public bool LatestRejectedButCurrentKept => (Current ?? Document) is { } kept && Latest is not null && Latest.Id != kept.Id && !Latest.Status.IsAccepted();
}
