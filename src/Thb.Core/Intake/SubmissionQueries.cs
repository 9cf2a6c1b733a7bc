using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using Thb.Cycles;
using Thb.Intake.Returns;
using Thb.Storage;

namespace Thb.Intake;

/// <summary>Reads who has submitted what: the status table, the current rows. Shared by the CLI, the annex, reminders and the portal.</summary>
public sealed class SubmissionQueries(ThbStorage storage, CycleStore cycles, SubmissionStore submissions, RowStore rows, UploadAttemptStore attempts,
    TimeProvider clock, IOptions<IntakeOptions> options)
{
    public async Task<IReadOnlyList<ContributorStatus>> StatusAsync(Cycle cycle, CancellationToken cancellationToken = default)
    {
        var contributors = await cycles.ContributorsAsync(cycle.Id, cancellationToken);
        var list = await submissions.ForCycleAsync(cycle.Id, cancellationToken);
        var all = list.ToDictionary(s => (s.ContributorId, s.Id));
        var newestUnchecked = (await UncheckedAsync(cycle.Id, null, list, cancellationToken))
            .GroupBy(u => u.ContributorId).ToDictionary(g => g.Key, g => g.MaxBy(u => u.UploadedAt)!);
        return contributors.Select(c =>
            {
                var latest = c.Pointers.LastSubmissionId is { } last ? all.GetValueOrDefault((c.Contributor.Id, last)) : null;
                var pending = newestUnchecked.GetValueOrDefault(c.Contributor.Id);
                return new ContributorStatus(
                    c.Contributor,
                    c.Contributor.DeadlineIn(cycle),
                    c.Pointers.CurrentSubmissionId is { } current ? all.GetValueOrDefault((c.Contributor.Id, current)) : null,
                    latest,
                    pending is not null && (latest is null || pending.UploadedAt > latest.UploadedAt) ? pending : null);
            })
            .ToList();
    }

    /// <summary>Every upload of the cycle (or of one contributor) without a recorded verdict, and where its intake stands.</summary>
    public async Task<IReadOnlyList<UncheckedUpload>> UncheckedAsync(string cycleId, string? contributorId = null, CancellationToken cancellationToken = default) =>
        await UncheckedAsync(cycleId, contributorId, await submissions.ForCycleAsync(cycleId, cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<UncheckedUpload>> UncheckedAsync(string cycleId, string? contributorId, IReadOnlyList<Submission> verdicts,
        CancellationToken cancellationToken)
    {
        var withVerdict = verdicts.Select(s => s.BlobName).ToHashSet(StringComparer.Ordinal);
        var byBlob = (await attempts.ForCycleAsync(cycleId, contributorId, cancellationToken)).ToDictionary(a => a.BlobName, StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        var prefix = contributorId is null ? cycleId + "/" : $"{cycleId}/{contributorId}/";
        var list = new List<UncheckedUpload>();
        await foreach (var blob in storage.Container(StorageNames.Containers.Returns).GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix, cancellationToken))
        {
            if (withVerdict.Contains(blob.Name) || ReturnPath.TryParse(blob.Name, out _) is not { HasValidIds: true } path) continue;
            var attempt = byBlob.GetValueOrDefault(blob.Name);
            var uploadedAt = IntakeService.UploadTime(blob.Properties.LastModified ?? now, blob.Metadata);
            list.Add(new UncheckedUpload(path.ContributorId, blob.Name, uploadedAt, UploadAttempt.ProgressOf(attempt, uploadedAt, now, options.Value.ReprocessAfter),
                attempt?.Problem));
        }
        return list;
    }

    /// <summary>Every current row of the cycle (or of one contributor), in protocol order then sheet order.</summary>
    public async Task<IReadOnlyList<ReturnRow>> CurrentRowsAsync(Cycle cycle, string? contributorId = null, CancellationToken cancellationToken = default)
    {
        var result = new List<ReturnRow>();
        foreach (var status in await StatusAsync(cycle, cancellationToken))
        {
            if (contributorId is not null && status.Contributor.Id != contributorId) continue;
            if (status.Current is { } current) result.AddRange(await rows.ReadAsync(current, cancellationToken));
        }
        return result;
    }

    /// <summary>A contributor's submission, or null.</summary>
    public Task<Submission?> SubmissionAsync(string cycleId, string contributorId, string submissionId, CancellationToken cancellationToken = default) =>
        submissions.GetAsync(cycleId, contributorId, submissionId, cancellationToken);

    public Task<IReadOnlyList<Submission>> HistoryAsync(string cycleId, string contributorId, CancellationToken cancellationToken = default) =>
        submissions.HistoryAsync(cycleId, contributorId, cancellationToken);
}
