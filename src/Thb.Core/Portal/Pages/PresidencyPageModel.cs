using Thb.Cycles;
using Thb.Intake;

namespace Thb.Portal.Pages;

/// <summary>What the Presidency's page shows: every contributor's standing, reminders sent, and the latest annex.</summary>
public sealed record PresidencyPageModel(PortalPaths Paths, Cycle Cycle, IReadOnlyList<ContributorStatus> Statuses, IReadOnlyDictionary<string, int> Reminders,
    DateTimeOffset? AnnexCompiledAt, string? MapSvg = null)
{
    public int Accepted => Statuses.Count(s => s.HasAccepted);
}
