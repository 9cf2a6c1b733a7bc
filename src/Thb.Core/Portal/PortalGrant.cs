using Thb.Cycles;

namespace Thb.Portal;

/// <summary>What a signed link lets its holder do: one contributor's page of a cycle, or the Presidency's page, until it expires.</summary>
public sealed record PortalGrant(CycleId CycleId, ContributorId? ContributorId, PortalRole Role, DateTimeOffset Expires)
{
    /// <summary>A contributor grant opens only its own pages; a Presidency grant opens every page of its cycle.</summary>
    /// <remarks>A null id is a route text that spells none: no grant allows it.</remarks>
    public bool Allows(CycleId? cycleId, ContributorId? contributorId, PortalRole needed) =>
        CycleId == cycleId && (Role == PortalRole.Presidency ||
            needed == PortalRole.Contributor && contributorId is not null && ContributorId == contributorId);
}
