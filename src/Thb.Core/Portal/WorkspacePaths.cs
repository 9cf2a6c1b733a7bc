using Thb.Cycles;

namespace Thb.Portal;

/// <summary>The Presidency workspace's links and form actions, each carrying the page's token query as every portal link does.</summary>
public static class WorkspacePaths
{
    private static string E(string segment) => Uri.EscapeDataString(segment);

    private static string Presidency(this PortalPaths paths, CycleId cycleId) => $"{paths.Base}/p/{E(cycleId)}";

    public static string PresidencyPage(this PortalPaths paths, CycleId cycleId) => paths.Presidency(cycleId) + paths.TokenQuery;

    /// <summary>The workspace at one contributor's desk (its section's fragment).</summary>
    public static string PresidencyDesk(this PortalPaths paths, CycleId cycleId, ContributorId contributorId) => paths.PresidencyPage(cycleId) + "#" + DeskId(contributorId);

    public static string PresidencyRows(this PortalPaths paths, CycleId cycleId, ContributorId contributorId) =>
        paths.Presidency(cycleId) + $"/rows/{E(contributorId)}" + paths.TokenQuery;

    /// <summary>A review form's action: approve, request-correction, correct or undo.</summary>
    public static string Review(this PortalPaths paths, CycleId cycleId, ContributorId contributorId, string action) =>
        paths.Presidency(cycleId) + $"/review/{E(contributorId)}/{action}" + paths.TokenQuery;

    public static string RemindNow(this PortalPaths paths, CycleId cycleId, ContributorId contributorId) =>
        paths.Presidency(cycleId) + $"/remind/{E(contributorId)}" + paths.TokenQuery;

    /// <summary>The id of a contributor's section on the workspace ("desk-austria").</summary>
    public static string DeskId(ContributorId contributorId) => "desk-" + contributorId;
}
