using Thb.Cycles;
using Thb.Intake.Returns;

namespace Thb.Intake;

/// <summary>Where a contributor stands in a cycle: its current accepted return, and its latest upload whatever the verdict.</summary>
public sealed record ContributorStatus(Contributor Contributor, DateOnly Deadline, Submission? Current, Submission? Latest)
{
    public SubmissionState State => (Current ?? Latest)?.Status switch
    {
        null => SubmissionState.None,
        ReturnStatus.Accepted => SubmissionState.Accepted,
        ReturnStatus.AcceptedWithWarnings => SubmissionState.AcceptedWithWarnings,
        _ => SubmissionState.Rejected,
    };

    public bool HasAccepted => Current is not null;

    /// <summary>True when the latest upload was rejected while an earlier accepted one stays current.</summary>
    public bool LatestRejectedButCurrentKept => Current is not null && Latest is not null && Latest.Id != Current.Id && !Latest.Status.IsAccepted();
}
