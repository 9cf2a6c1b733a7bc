using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs.Models;
using Thb.Cycles;
using Thb.Storage;

namespace Thb.Intake;

/// <summary>Puts a return into the returns container the way the tools do: never overwriting, stamped with its original name and time.</summary>
public static class ReturnUploads
{
    /// <summary>
    /// Uploads under a name derived from the content: submitting the same file twice writes nothing new, and the
    /// intake then finds the same submission.
    /// </summary>
    /// <remarks>When it writes the blob, the answer carries the bytes (<see cref="ReturnUpload.Written"/>).</remarks>
    public static async Task<ReturnUpload> UploadByContentAsync(ThbStorage storage, byte[] content, string fileName, CycleId cycleId, ContributorId contributorId,
        DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var (upload, written) = await WriteAsync(storage, new MemoryStream(content, writable: false), Path.GetFileName(fileName), Path.GetFileName(fileName), cycleId,
            contributorId, now, cancellationToken);
        return written is null ? upload : upload with { Written = written with { Content = content } };
    }

    /// <summary>
    /// The same rule for a seekable stream (the portal's form file, buffered to disk when large): the name is
    /// "{cycle}/{contributor}/{first 12 hex digits of the SHA-256}-{<paramref name="nameInBlob"/>}", the original
    /// <paramref name="fileName"/> goes to the metadata.
    /// </summary>
    public static async Task<ReturnUpload> UploadByContentAsync(ThbStorage storage, Stream content, string fileName, string nameInBlob, CycleId cycleId,
        ContributorId contributorId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        (await WriteAsync(storage, content, fileName, nameInBlob, cycleId, contributorId, now, cancellationToken)).Upload;

    /// <summary>The upload, and what storage answered the write (its bytes left for the caller to add; null when the blob was there already).</summary>
    private static async Task<(ReturnUpload Upload, WrittenReturn? Written)> WriteAsync(ThbStorage storage, Stream content, string fileName, string nameInBlob,
        CycleId cycleId, ContributorId contributorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken))[..12];
        content.Position = 0;
        var name = $"{cycleId}/{contributorId}/{hash}-{nameInBlob}";
        var blob = storage.Container(StorageNames.Containers.Returns).GetBlobClient(name);
        try
        {
            var metadata = IntakeService.UploadMetadata(fileName, now);
            var written = await blob.UploadAsync(content, new BlobUploadOptions
            {
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                Metadata = metadata,
                HttpHeaders = new BlobHttpHeaders { ContentType = XlsxType },
            }, cancellationToken);
            return (new ReturnUpload(name, false), new WrittenReturn(written.Value.ETag.ToString(), IntakeService.UploadTime(written.Value.LastModified, metadata),
                metadata[IntakeService.OriginalFileNameMetadata], ReadOnlyMemory<byte>.Empty));
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return (new ReturnUpload(name, true), null);
        }
    }

    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
