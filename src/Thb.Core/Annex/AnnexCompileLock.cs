using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Thb.Cycles;

namespace Thb.Annex;

/// <summary>
/// One compilation of a cycle's annex at a time, whoever runs it (two timers, two hosts, a timer and `thb annex`): a
/// blob lease on annex/_locks/{cycle}, renewed while the compilation runs and released after it. A holder that dies
/// loses the lease within <see cref="LeaseDuration"/>; a waiter tries again every <see cref="RetryDelay"/> for up to
/// <see cref="MaxWait"/>. The second compiler then finds the first one's version and, its inputs unchanged, writes nothing.
/// </summary>
public sealed class AnnexCompileLock : IAsyncDisposable
{
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(5);

    private readonly BlobLeaseClient _lease;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;

    private AnnexCompileLock(BlobLeaseClient lease)
    {
        _lease = lease;
        _renewing = RenewAsync();
    }

    /// <summary>Cycle ids never start with "_", so the locks stay apart from every cycle's files.</summary>
    public static string BlobName(CycleId cycleId) => $"_locks/{cycleId}";

    public static async Task<AnnexCompileLock> AcquireAsync(BlobContainerClient container, CycleId cycleId, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(BlobName(cycleId));
        try
        {
            await blob.UploadAsync(BinaryData.Empty, overwrite: false, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // The lock blob exists (and may be leased): what matters is the lease.
        }
        var lease = blob.GetBlobLeaseClient();
        var giveUp = DateTimeOffset.UtcNow + MaxWait;
        while (true)
        {
            try
            {
                await lease.AcquireAsync(LeaseDuration, cancellationToken: cancellationToken);
                return new AnnexCompileLock(lease);
            }
            catch (RequestFailedException e) when (e.Status == 409 && DateTimeOffset.UtcNow < giveUp)
            {
                await Task.Delay(RetryDelay, cancellationToken);
            }
        }
    }

    private async Task RenewAsync()
    {
        try
        {
            while (true)
            {
                await Task.Delay(LeaseDuration / 3, _stop.Token);
                await _lease.RenewAsync(cancellationToken: _stop.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or RequestFailedException)
        {
            // Released, or the lease is lost: the compilation's versioned writes (If-None-Match) still never collide.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewing;
        try
        {
            await _lease.ReleaseAsync();
        }
        catch (RequestFailedException)
        {
            // Lost or expired already: the next compiler acquires it all the same.
        }
        _stop.Dispose();
    }
}
