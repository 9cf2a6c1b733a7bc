using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Thb.Cycles;
using Thb.Json;
using Thb.Storage;

namespace Thb.Intake;

/// <summary>
/// Upload attempts in table "uploads": partition = cycle (as the submissions'), row key = "{contributor}~{hash of the
/// blob name}" (blob names hold characters a key may not).
/// </summary>
public sealed class UploadAttemptStore(ThbStorage storage)
{
    private const int MaxProblemLength = 1000;

    private TableClient Table => storage.Table(StorageNames.Tables.Uploads);

    public static string RowKeyFor(ContributorId contributorId, string blobName) =>
        SubmissionStore.RowKeyFor(contributorId, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(blobName)))[..24]);

    public async Task<UploadAttempt?> GetAsync(CycleId cycleId, ContributorId contributorId, string blobName, CancellationToken cancellationToken = default)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(SubmissionStore.PartitionFor(cycleId), RowKeyFor(contributorId, blobName), cancellationToken: cancellationToken);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    /// <summary>A new attempt begins: one more attempt, checking since now, writing the rows of <paramref name="submissionId"/>.</summary>
    public async Task<UploadAttempt> BeginAsync(CycleId cycleId, ContributorId contributorId, string blobName, DateTimeOffset uploadedAt, SubmissionId submissionId, string rowPartition,
        DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var previous = await GetAsync(cycleId, contributorId, blobName, cancellationToken);
        var attempt = new UploadAttempt(cycleId, contributorId, blobName, uploadedAt, UploadProgress.Checking, (previous?.Attempts ?? 0) + 1, now, submissionId, rowPartition, null);
        await Table.UpsertEntityAsync(ToEntity(attempt), TableUpdateMode.Replace, cancellationToken);
        return attempt;
    }

    public Task SaveAsync(UploadAttempt attempt, CancellationToken cancellationToken = default) =>
        Table.UpsertEntityAsync(ToEntity(attempt), TableUpdateMode.Replace, cancellationToken);

    /// <summary>The attempt's verdict is recorded.</summary>
    public Task FinishAsync(CycleId cycleId, ContributorId contributorId, string blobName, CancellationToken cancellationToken = default) =>
        Table.UpsertEntityAsync(new TableEntity(SubmissionStore.PartitionFor(cycleId), RowKeyFor(contributorId, blobName))
        {
            ["Progress"] = KebabCase.Of(UploadProgress.Done),
            ["Problem"] = null,
        }, TableUpdateMode.Merge, cancellationToken);

    /// <summary>An attempt failed: retrying, or failed once the attempts are spent (<paramref name="final"/>: the runtime gave up).</summary>
    public async Task<UploadAttempt> FailAsync(CycleId cycleId, ContributorId contributorId, string blobName, string problem, bool final, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        var previous = await GetAsync(cycleId, contributorId, blobName, cancellationToken);
        var attempts = Math.Max(previous?.Attempts ?? 0, 1);
        var progress = final || attempts >= IntakeOptions.MaxAttempts ? UploadProgress.Failed : UploadProgress.Retrying;
        if (problem.Length > MaxProblemLength) problem = problem[..MaxProblemLength];
        var failed = (previous ?? new UploadAttempt(cycleId, contributorId, blobName, now, progress, attempts, now, null, null, null)) with
            { Progress = progress, Attempts = attempts, Problem = problem };
        await Table.UpsertEntityAsync(ToEntity(failed), TableUpdateMode.Replace, cancellationToken);
        return failed;
    }

    /// <summary>Every recorded attempt in a cycle (or of one contributor).</summary>
    public async Task<IReadOnlyList<UploadAttempt>> ForCycleAsync(CycleId cycleId, ContributorId? contributorId = null, CancellationToken cancellationToken = default)
    {
        var partition = SubmissionStore.PartitionFor(cycleId);
        var filter = contributorId is not { } contributor
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {contributor.Value + "~"} and RowKey lt {contributor.Value + "~~"}");
        var list = new List<UploadAttempt>();
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            list.Add(FromEntity(e));
        return list;
    }

    /// <summary>The attempt no longer holds rows (its leftover partition was removed).</summary>
    public async Task ForgetRowsAsync(UploadAttempt attempt, CancellationToken cancellationToken = default)
    {
        try
        {
            await Table.UpdateEntityAsync(new TableEntity(SubmissionStore.PartitionFor(attempt.CycleId), RowKeyFor(attempt.ContributorId, attempt.BlobName))
                { ["RowPartition"] = "" }, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Nothing to update.
        }
    }

    private static TableEntity ToEntity(UploadAttempt a) => new(SubmissionStore.PartitionFor(a.CycleId), RowKeyFor(a.ContributorId, a.BlobName))
    {
        ["Cycle"] = a.CycleId.Value,
        ["Contributor"] = a.ContributorId.Value,
        ["BlobName"] = a.BlobName,
        ["UploadedAt"] = a.UploadedAt,
        ["Progress"] = KebabCase.Of(a.Progress),
        ["Attempts"] = a.Attempts,
        ["StartedAt"] = a.StartedAt,
        ["Submission"] = a.SubmissionId?.Value,
        ["RowPartition"] = a.RowPartition,
        ["Problem"] = a.Problem,
    };

    private static UploadAttempt FromEntity(TableEntity e) => new(
        CycleId.Parse(e.GetString("Cycle") ?? e.PartitionKey),
        // An attempt whose verdict was recorded before it began has only its keys ("{contributor}~{hash}").
        ContributorId.Parse(e.GetString("Contributor") ?? e.RowKey[..Math.Max(0, e.RowKey.IndexOf('~'))]),
        e.GetString("BlobName") ?? "",
        e.GetDateTimeOffset("UploadedAt") ?? e.GetDateTimeOffset("StartedAt") ?? DateTimeOffset.MinValue,
        KebabCase.TryParse<UploadProgress>(e.GetString("Progress") ?? "", out var progress) ? progress : UploadProgress.Checking,
        e.GetInt32("Attempts") ?? 0,
        e.GetDateTimeOffset("StartedAt") ?? DateTimeOffset.MinValue,
        Identifiers.ParseOrNull<SubmissionId>(e.GetString("Submission")),
        e.GetString("RowPartition") is { Length: > 0 } partition ? partition : null,
        e.GetString("Problem"));
}
