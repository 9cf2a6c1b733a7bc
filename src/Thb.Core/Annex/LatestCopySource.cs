using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;

namespace Thb.Annex;

/// <summary>
/// How the versioned files are named as the source of a server-side copy: under an account key (a connection string,
/// Azurite) a read-only SAS of the blob; under a token credential (managed identity) a user delegation SAS, when the
/// identity may obtain a delegation key; else none, and latest.* is uploaded.
/// </summary>
internal sealed class LatestCopySource
{
    /// <summary>The largest source Copy Blob From URL takes (256 MiB).</summary>
    public const long MaxBytes = 256L << 20;

    /// <summary>How long a source SAS is good for: the copies are made at once, within the compile.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly UserDelegationKey? _delegationKey;
    private readonly string? _accountName;
    private readonly bool _enabled;

    private LatestCopySource(bool enabled, UserDelegationKey? delegationKey, string? accountName)
    {
        _enabled = enabled;
        _delegationKey = delegationKey;
        _accountName = accountName;
    }

    public static readonly LatestCopySource None = new(false, null, null);

    /// <summary>The source authorisation for this compile; a delegation key is asked for only when no account key signs.</summary>
    public static async Task<LatestCopySource> CreateAsync(BlobServiceClient blobs, bool enabled, CancellationToken cancellationToken)
    {
        if (!enabled) return None;
        if (blobs.CanGenerateAccountSasUri) return new LatestCopySource(true, null, null);
        try
        {
            // SAS expiry is real time, whatever clock the service is given.
            var now = DateTimeOffset.UtcNow;
            var key = await blobs.GetUserDelegationKeyAsync(now.AddMinutes(-5), now + Lifetime, cancellationToken);
            return new LatestCopySource(true, key.Value, blobs.AccountName);
        }
        catch (RequestFailedException)
        {
            return None; // no delegation key for this identity (role, storage): latest.* is uploaded
        }
    }

    /// <summary>The blob's URL with a read-only SAS for the copy, or null when it cannot be authorised.</summary>
    public Uri? UriOf(BlobClient blob)
    {
        if (!_enabled) return null;
        var expires = DateTimeOffset.UtcNow + Lifetime;
        if (blob.CanGenerateSasUri) return blob.GenerateSasUri(BlobSasPermissions.Read, expires);
        if (_delegationKey is null || _accountName is null) return null;
        var builder = new BlobSasBuilder(BlobSasPermissions.Read, expires) { BlobContainerName = blob.BlobContainerName, BlobName = blob.Name, Resource = "b" };
        return new BlobUriBuilder(blob.Uri) { Sas = builder.ToSasQueryParameters(_delegationKey, _accountName) }.ToUri();
    }
}
