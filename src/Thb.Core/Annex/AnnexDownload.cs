namespace Thb.Annex;

/// <summary>A stored annex file opened for reading, with the name and type to hand it out under.</summary>
public sealed record AnnexDownload(Stream Content, string FileName, string ContentType, AnnexVersion Version) : IAsyncDisposable
{
    /// <summary>The file's length in bytes, when the store said it.</summary>
    public long? Length { get; init; }

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
