namespace Thb.Cycles;

/// <summary>No upload links: templates and reminders name the returns path.</summary>
public sealed class NoUploadLinks : IUploadLinkProvider
{
    public static NoUploadLinks Instance { get; } = new();

    public Task<Uri?> UploadLinkAsync(Cycle cycle, Contributor contributor, CancellationToken cancellationToken) => Task.FromResult<Uri?>(null);
}
