using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs.Models;
using Thb.Storage;

namespace Thb.Intake;

/// <summary>Puts a return into the returns container the way the tools do: never overwriting, stamped with its original name and time.</summary>
public static class ReturnUploads
{
    /// <summary>
    /// Uploads under a name derived from the content: submitting the same file twice writes nothing new, and the
    /// intake then finds the same submission.
    /// </summary>
    public static async Task<ReturnUpload> UploadByContentAsync(ThbStorage storage, byte[] content, string fileName, string cycleId, string contributorId,
        DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..12];
        var name = $"{cycleId}/{contributorId}/{hash}-{Path.GetFileName(fileName)}";
        var blob = storage.Container(StorageNames.Containers.Returns).GetBlobClient(name);
        try
        {
            await blob.UploadAsync(new BinaryData(content), new BlobUploadOptions
            {
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                Metadata = IntakeService.UploadMetadata(Path.GetFileName(fileName), now),
            }, cancellationToken);
            return new ReturnUpload(name, false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return new ReturnUpload(name, true);
        }
    }
}
