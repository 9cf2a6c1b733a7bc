using Thb.Cycles;
using Thb.Review;

namespace Thb.Portal.Pages;

/// <summary>
/// What the Presidency's workspace shows: every contributor's desk (standing, review, rows needing attention, changes,
/// reminders), the latest annex and its map; <see cref="Problem"/> when an action of the page was refused.
/// </summary>
public sealed record PresidencyPageModel(PortalPaths Paths, Cycle Cycle, IReadOnlyList<ContributorDesk> Desks, DateTimeOffset? AnnexCompiledAt,
    string? MapSvg, DateTimeOffset Now, string? PreviousCycleId = null, string? Problem = null)
{
    public int Accepted => Desks.Count(d => d.Status.HasAccepted);
    public int Approved => Desks.Count(d => d.Review?.State == ReviewState.Approved);
    public int CorrectionRequested => Desks.Count(d => d.Review?.State == ReviewState.CorrectionRequested);
    public int NeedingAttention => Desks.Sum(d => d.Attention.Count);
}
