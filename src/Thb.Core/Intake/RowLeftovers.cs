using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Thb.Cycles;

namespace Thb.Intake;

/// <summary>
/// Rows written by an intake attempt whose submission was never recorded (the process stopped, storage went away):
/// no reader sees them (readers read the rows of recorded submissions only), and they are removed by the next intake
/// of the same contributor and by the sweep. Removing them is always safe: processing the upload again writes them anew
/// before its submission is recorded.
/// </summary>
public sealed class RowLeftovers(UploadAttemptStore attempts, SubmissionStore submissions, RowStore rows, TimeProvider clock, IOptions<IntakeOptions> options,
    ILogger<RowLeftovers> logger)
{
    /// <summary>Removes the leftover rows of a cycle's (or one contributor's) cut-off attempts; returns how many rows went.</summary>
    public async Task<int> CleanAsync(CycleId cycleId, ContributorId? contributorId = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var removed = 0;
        foreach (var attempt in await attempts.ForCycleAsync(cycleId, contributorId, cancellationToken))
        {
            if (!IsLeftOver(attempt, now)) continue;
            if (await submissions.GetAsync(attempt.CycleId, attempt.ContributorId, attempt.SubmissionId!.Value, cancellationToken) is not null)
            {
                await attempts.ForgetRowsAsync(attempt, cancellationToken); // recorded after all: its rows are the submission's
                continue;
            }
            var count = await rows.DeletePartitionAsync(attempt.RowPartition!, cancellationToken);
            await attempts.ForgetRowsAsync(attempt, cancellationToken);
            if (count > 0) logger.LogInformation("Removed {Rows} leftover rows of the cut-off intake of {Blob} (submission {Submission}).", count, attempt.BlobName, attempt.SubmissionId);
            removed += count;
        }
        return removed;
    }

    /// <summary>Not finished, not under way (begun longer than the reprocess bound ago, or failed), and holding a row partition.</summary>
    private bool IsLeftOver(UploadAttempt attempt, DateTimeOffset now) =>
        attempt is { Progress: not UploadProgress.Done, RowPartition: not null, SubmissionId: not null } &&
        (attempt.Progress == UploadProgress.Failed || now - attempt.StartedAt > options.Value.ReprocessAfter);
}
