using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Thb.Cycles;
using Thb.Storage;

namespace Thb.Intake;

/// <summary>
/// No upload stays stuck: finds every upload under returns/{cycle}/ with no recorded verdict whose upload (or last
/// attempt) is older than the reprocess bound, and processes it again; an upload whose attempts are spent gets the
/// `failed` verdict. Leftover rows of cut-off attempts go too. Run by `thb reprocess`, by `thb serve` at start and
/// periodically, and in Azure by the annex timer; idempotent like the intake it calls.
/// </summary>
public sealed class UploadSweep(ThbStorage storage, CycleService cycles, SubmissionStore submissions, UploadAttemptStore attempts, RowLeftovers leftovers,
    IntakeService intake, TimeProvider clock, IOptions<IntakeOptions> options, ILogger<UploadSweep> logger)
{
    /// <summary>
    /// Every open cycle. A cycle that cannot be swept does not stop the others: it is logged and reported as one
    /// still-failing entry named after the cycle's folder, and the next sweep tries again.
    /// </summary>
    public async Task<IReadOnlyList<SweptUpload>> SweepOpenCyclesAsync(CancellationToken cancellationToken = default) =>
        await SweepOpenCyclesAsync(includeFailed: false, cancellationToken);

    /// <inheritdoc cref="SweepOpenCyclesAsync(CancellationToken)"/>
    public async Task<IReadOnlyList<SweptUpload>> SweepOpenCyclesAsync(bool includeFailed, CancellationToken cancellationToken = default) =>
        await SweepOpenCyclesAsync(includeFailed, intake.ProcessAsync, cancellationToken);

    /// <summary>
    /// As <see cref="SweepOpenCyclesAsync(bool, CancellationToken)"/>, each intake run by <paramref name="run"/> (a host's
    /// bounded queue of intakes, so that a sweep never adds intakes beyond the host's bound).
    /// </summary>
    public async Task<IReadOnlyList<SweptUpload>> SweepOpenCyclesAsync(bool includeFailed, IntakeRun run, CancellationToken cancellationToken)
    {
        var swept = new List<SweptUpload>();
        foreach (var cycle in await cycles.OpenCyclesAsync(cancellationToken))
        {
            try
            {
                swept.AddRange(await SweepAsync(cycle.Id, includeFailed, run, cancellationToken));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Sweeping the uploads of cycle {Cycle} failed: {Problem}", cycle.Id, e.Message);
                swept.Add(new SweptUpload(cycle.Id + "/", SweptUploadOutcome.StillFailing, null, $"Sweeping the uploads of cycle '{cycle.Id}' failed: {e.Message}"));
            }
        }
        return swept;
    }

    /// <summary>How often a long-running host (`thb serve`) sweeps: a stuck upload waits at most the reprocess bound plus this.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The sweep of every open cycle at once and then every <see cref="Interval"/> until either token stops it, telling
    /// <paramref name="report"/> what it reprocessed or could not sweep. Never throws: a failed sweep is reported and the
    /// next one tries again. Intakes go through <paramref name="run"/> when given (the host's queue), else straight to the intake.
    /// </summary>
    public async Task RunPeriodicallyAsync(Action<string> report, CancellationToken stop, CancellationToken cancellationToken, IntakeRun? run = null)
    {
        run ??= intake.ProcessAsync;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop, cancellationToken);
        using var timer = new PeriodicTimer(Interval);
        try
        {
            do
            {
                try
                {
                    foreach (var s in await SweepOpenCyclesAsync(includeFailed: false, run, linked.Token))
                        report($"reprocessed {s.BlobName}: {Json.KebabCase.Of(s.Outcome)}{(s.Problem is null ? "" : $" ({s.Problem})")}");
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    report($"the sweep of stuck uploads failed ({e.Message}); it runs again in {Interval.TotalSeconds:0} s.");
                }
            } while (await timer.WaitForNextTickAsync(linked.Token));
        }
        catch (OperationCanceledException)
        {
            // Stopped with the host.
        }
    }

    /// <summary>
    /// One cycle. With <paramref name="includeFailed"/> (an operator's `thb reprocess`), uploads already `failed` are
    /// tried again as well.
    /// </summary>
    public Task<IReadOnlyList<SweptUpload>> SweepAsync(CycleId cycleId, bool includeFailed, CancellationToken cancellationToken = default) =>
        SweepAsync(cycleId, includeFailed, intake.ProcessAsync, cancellationToken);

    private async Task<IReadOnlyList<SweptUpload>> SweepAsync(CycleId cycleId, bool includeFailed, IntakeRun run, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var verdicts = (await submissions.ForCycleAsync(cycleId, cancellationToken)).Select(s => s.BlobName).ToHashSet(StringComparer.Ordinal);
        var byBlob = (await attempts.ForCycleAsync(cycleId, cancellationToken: cancellationToken)).ToDictionary(a => a.BlobName, StringComparer.Ordinal);
        var swept = new List<SweptUpload>();
        await foreach (var blob in storage.Container(StorageNames.Containers.Returns).GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, cycleId + "/", cancellationToken))
        {
            if (verdicts.Contains(blob.Name)) continue;
            var attempt = byBlob.GetValueOrDefault(blob.Name);
            var uploadedAt = IntakeService.UploadTime(blob.Properties.LastModified ?? now, blob.Metadata);
            if (await SweepOneAsync(blob.Name, attempt, uploadedAt, now, includeFailed, run, cancellationToken) is { } outcome) swept.Add(outcome);
        }
        await leftovers.CleanAsync(cycleId, cancellationToken: cancellationToken);
        return swept;
    }

    private async Task<SweptUpload?> SweepOneAsync(string blobName, UploadAttempt? attempt, DateTimeOffset uploadedAt, DateTimeOffset now, bool includeFailed,
        IntakeRun run, CancellationToken cancellationToken)
    {
        var bound = options.Value.ReprocessAfter;
        // Fresh, or an attempt (the trigger's, a retry) began within the bound: leave it to that attempt.
        if (now - (attempt?.StartedAt ?? uploadedAt) <= bound && attempt?.Progress != UploadProgress.Failed) return null;
        if (attempt?.Progress == UploadProgress.Failed && !includeFailed) return null;
        if (attempt is { Attempts: >= IntakeOptions.MaxAttempts, Progress: not UploadProgress.Failed } && !includeFailed)
        {
            var failed = await attempts.FailAsync(attempt.CycleId, attempt.ContributorId, blobName, attempt.Problem ?? "The intake was cut off on every attempt.", final: true, now, cancellationToken);
            logger.LogError("Upload {Blob} failed {Attempts} times and is marked failed: {Problem}", blobName, failed.Attempts, failed.Problem);
            return new SweptUpload(blobName, SweptUploadOutcome.MarkedFailed, null, failed.Problem);
        }
        logger.LogWarning("Upload {Blob} has no verdict {Minutes:0.#} minutes after it was stored; processing it again.", blobName, (now - uploadedAt).TotalMinutes);
        try
        {
            var result = await run(blobName, cancellationToken);
            return new SweptUpload(blobName, SweptUploadOutcome.Processed, result?.Submission, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new SweptUpload(blobName, SweptUploadOutcome.StillFailing, null, e.Message);
        }
    }

    /// <summary>
    /// The runtime gave up on an upload (its message reached the blob trigger's poison queue): the upload gets the
    /// `failed` verdict the delegation and the Presidency see. Null for a blob outside returns/{cycle}/{contributor}/.
    /// </summary>
    public async Task<UploadAttempt?> RecordPoisonAsync(PoisonBlobMessage message, CancellationToken cancellationToken = default)
    {
        if (message.ContainerName != StorageNames.Containers.Returns) return null;
        if (ValidReturnPath.TryParse(message.BlobName) is not { } path) return null;
        if ((await submissions.ForCycleAsync(path.CycleId, cancellationToken)).Any(s => s.BlobName == message.BlobName)) return null; // a verdict came after all
        var previous = await attempts.GetAsync(path.CycleId, path.ContributorId, message.BlobName, cancellationToken);
        var failed = await attempts.FailAsync(path.CycleId, path.ContributorId, message.BlobName,
            previous?.Problem ?? "The Functions runtime gave up on this upload after its last retry.", final: true, clock.GetUtcNow(), cancellationToken);
        logger.LogError("Upload {Blob} is marked failed after the runtime's last retry: {Problem}", message.BlobName, failed.Problem);
        return failed;
    }
}
