namespace Thb.Portal;

/// <summary>What a signed link lets its holder do: one contributor's page of a cycle, or the Presidency's page, until it expires.</summary>
public sealed record PortalGrant(string CycleId, string? ContributorId, PortalRole Role, DateTimeOffset Expires)
{
    /// <summary>A contributor grant opens only its own pages; a Presidency grant opens every page of its cycle.</summary>
    public bool Allows(string cycleId, string? contributorId, PortalRole needed) =>
        string.Equals(CycleId, cycleId, StringComparison.Ordinal) && (Role == PortalRole.Presidency ||
            needed == PortalRole.Contributor && contributorId is not null && string.Equals(ContributorId, contributorId, StringComparison.Ordinal));
}
