using Thb.Cycles;

namespace Thb.Portal;

/// <summary>Builds the signed links a delegation or the Presidency opens.</summary>
public sealed class PortalLinks(PortalTokens tokens, PortalOptions options, TimeProvider clock)
{
    public string ForContributor(CycleId cycleId, ContributorId contributorId) => ForContributor(cycleId, contributorId, null);

    public string ForContributor(CycleId cycleId, ContributorId contributorId, string? baseUrl) =>
        $"{(baseUrl ?? options.BaseUrl).TrimEnd('/')}/{PortalOptions.RoutePrefix}/c/{Uri.EscapeDataString(cycleId)}/{Uri.EscapeDataString(contributorId)}?t=" +
        tokens.Issue(new PortalGrant(cycleId, contributorId, PortalRole.Contributor, clock.GetUtcNow() + options.LinkLifetime));

    public string ForPresidency(CycleId cycleId, string? baseUrl = null) =>
        $"{(baseUrl ?? options.BaseUrl).TrimEnd('/')}/{PortalOptions.RoutePrefix}/p/{Uri.EscapeDataString(cycleId)}?t=" +
        tokens.Issue(new PortalGrant(cycleId, null, PortalRole.Presidency, clock.GetUtcNow() + options.LinkLifetime));
}
