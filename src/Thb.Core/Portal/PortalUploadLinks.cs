using Thb.Cycles;

namespace Thb.Portal;

/// <summary>Gives templates and reminders each contributor's signed portal link.</summary>
public sealed class PortalUploadLinks(PortalLinks links) : IUploadLinkProvider
{
    public Task<Uri?> UploadLinkAsync(Cycle cycle, Contributor contributor, CancellationToken cancellationToken) =>
        Task.FromResult<Uri?>(new Uri(links.ForContributor(cycle.Id, contributor.Id)));
}
