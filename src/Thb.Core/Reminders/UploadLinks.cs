using Thb.Cycles;

namespace Thb.Reminders;

/// <summary>
/// Where a reminder tells a contributor to upload. Without a provider, reminders name the returns path
/// (returns/{cycle}/{contributor}/); the portal plugs in here to give each contributor its own link.
/// </summary>
public interface IUploadLinkProvider
{
    /// <summary>The contributor's upload link, or null to fall back to the returns path.</summary>
    Task<Uri?> UploadLinkAsync(Cycle cycle, Contributor contributor, CancellationToken cancellationToken);
}
