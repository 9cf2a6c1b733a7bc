namespace Thb.Cycles;

/// <summary>
/// Where templates and reminders tell a contributor to upload. Without a provider (<see cref="NoUploadLinks"/>) they
/// name the returns path (returns/{cycle}/{contributor}/); the portal plugs in here to give each contributor its own link.
/// </summary>
public interface IUploadLinkProvider
{
    /// <summary>The contributor's upload link, or null to fall back to the returns path.</summary>
    Task<Uri?> UploadLinkAsync(Cycle cycle, Contributor contributor, CancellationToken cancellationToken);
}
