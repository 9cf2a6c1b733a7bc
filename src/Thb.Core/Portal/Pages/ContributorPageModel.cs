using Thb.Cycles;

namespace Thb.Portal.Pages;

/// <summary>What the delegation's page shows: its cycle, its uploads (newest first) and the deadline as seen today.</summary>
public sealed record ContributorPageModel(PortalPaths Paths, Cycle Cycle, Contributor Contributor, IReadOnlyList<UploadView> Uploads, DateOnly Today, long MaxUploadBytes)
{
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
}
