using Thb.Cycles;
using Thb.Localisation;
using Thb.Review;

namespace Thb.Portal.Pages;

/// <summary>
/// What the delegation's page shows: its cycle, its uploads (newest first), the deadline as seen today, in the page's
/// language; and the Presidency's review of its current return with the thread of messages (null before any), the text
/// of each row a correction request points at (by sheet row), and whether a reply was just sent.
/// </summary>
public sealed record ContributorPageModel(PortalPaths Paths, Cycle Cycle, Contributor Contributor, IReadOnlyList<UploadView> Uploads, DateOnly Today, long MaxUploadBytes,
    Language Language = default, ReviewThread? Review = null, IReadOnlyDictionary<int, string>? PointedRows = null, bool Replied = false)
{
    public ContributorTexts Texts => ContributorTexts.In(Language);

    public UploadView? Latest => Uploads.FirstOrDefault();
    public UploadView? Current => Uploads.FirstOrDefault(u => u.Current);

    /// <summary>Still without a verdict: waiting in the queue, being checked, retrying, or failed.</summary>
    public static bool Unchecked(UploadView upload) => !UploadStates.HasVerdict(upload.Status);

    /// <summary>Where the delegation stands, as the page's first section (and its CSS class) says it.</summary>
    public Standing Standing => (Latest, Current) switch
    {
        (null, _) => Standing.None,
        ({ } latest, _) when Unchecked(latest) => Standing.Pending,
        ({ } latest, { }) when latest.Current || latest.Status != UploadState.Rejected => Standing.Accepted,
        (_, { }) => Standing.Kept,
        _ => Standing.Rejected,
    };

    public DateOnly Deadline => Contributor.DeadlineIn(Cycle);
    public int DaysLeft => Deadline.DayNumber - Today.DayNumber;

    /// <summary>The review state of the current return (null without one).</summary>
    public ReviewState? ReviewState => Review?.Review?.State;

    /// <summary>The correction request that holds for the current return, if that is where the review stands.</summary>
    public ReviewEntry? CorrectionRequest => Review?.Review is { State: Thb.Review.ReviewState.CorrectionRequested, Decision: { } request } ? request : null;

    /// <summary>What people wrote on the thread, oldest first: the Presidency's decisions and comments, the delegation's replies (not the pipeline's own notes).</summary>
    public IReadOnlyList<ReviewEntry> Messages =>
        Review?.Entries.Where(e => e.Role != ReviewRole.System && (e.IsDecision || !string.IsNullOrWhiteSpace(e.Comment))).ToList() ?? [];

    /// <summary>The review section shows once the Presidency has decided or written anything.</summary>
    public bool ShowsReview => Messages.Count > 0;
}
