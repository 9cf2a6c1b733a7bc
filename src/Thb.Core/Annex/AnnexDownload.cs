namespace Thb.Annex;

/// <summary>A stored annex file opened for reading, with the name and type to hand it out under.</summary>
public sealed record AnnexDownload(Stream Content, string FileName, string ContentType, AnnexVersion Version) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
