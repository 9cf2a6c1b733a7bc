using Thb.Cycles;

namespace Thb.Portal.Pages;

/// <summary>One contributor's rows for the Presidency: those needing attention first, each with its corrections and the form to correct it.</summary>
public sealed record PresidencyRowsPageModel(PortalPaths Paths, Cycle Cycle, ContributorDesk Desk, string? Problem = null)
{
    /// <summary>The registry's rules in force for this contributor in this cycle, each with its undo button.</summary>
    public IReadOnlyList<Thb.Review.Corrections.ReadingRule> Rules { get; init; } = [];
}
