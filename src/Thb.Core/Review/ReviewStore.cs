using Thb.Cycles;
using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Thb.Json;
using Thb.Storage;

namespace Thb.Review;

/// <summary>
/// Review threads in table "reviews": partition = cycle, row key = "{contributor}~{entry id}", entry ids ordered by
/// time. Append-only: an entry is inserted once and never updated, so the thread is its own audit trail.
/// </summary>
public sealed class ReviewStore(ThbStorage storage)
{
    private TableClient Table => storage.Table(StorageNames.Tables.Reviews);

    /// <summary>An id that sorts by time: ticks, then a random tail against two entries in one tick.</summary>
    public static string NewId(DateTimeOffset at) =>
        at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];

    public Task AddAsync(ReviewEntry entry, CancellationToken cancellationToken = default) =>
        Table.AddEntityAsync(ToEntity(entry), cancellationToken);

    /// <summary>A contributor's thread, oldest first.</summary>
    public async Task<IReadOnlyList<ReviewEntry>> ThreadAsync(CycleId cycleId, ContributorId contributorId, CancellationToken cancellationToken = default) =>
        await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {cycleId.Value} and RowKey ge {contributorId.Value + "~"} and RowKey lt {contributorId.Value + "~~"}"), cancellationToken);

    /// <summary>
    /// Whether the contributor's thread records <paramref name="submissionId"/> as received: the service filters, and only
    /// a row key comes back, so the intake's check costs the same on a thread of two entries or two hundred.
    /// </summary>
    public async Task<bool> HasReceivedAsync(CycleId cycleId, ContributorId contributorId, SubmissionId submissionId, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {cycleId.Value} and RowKey ge {contributorId.Value + "~"} and RowKey lt {contributorId.Value + "~~"} and Action eq {KebabCase.Of(ReviewAction.Received)} and Submission eq {submissionId.Value}");
        await foreach (var _ in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken)) return true;
        return false;
    }

    /// <summary>Every thread of a cycle, oldest first.</summary>
    public async Task<IReadOnlyList<ReviewEntry>> ForCycleAsync(CycleId cycleId, CancellationToken cancellationToken = default) =>
        await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {cycleId.Value}"), cancellationToken);

    private async Task<IReadOnlyList<ReviewEntry>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var list = new List<ReviewEntry>();
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            list.Add(FromEntity(e));
        return list.OrderBy(e => e.At).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

    private static TableEntity ToEntity(ReviewEntry e)
    {
        var entity = new TableEntity(e.CycleId, $"{e.ContributorId}~{e.Id}")
        {
            ["Contributor"] = e.ContributorId.Value,
            ["Entry"] = e.Id,
            ["Action"] = KebabCase.Of(e.Action),
            ["Submission"] = e.SubmissionId?.Value,
            ["By"] = e.By,
            ["Role"] = KebabCase.Of(e.Role),
            ["At"] = e.At,
            ["Cells"] = JsonSerializer.Serialize(e.Cells),
            ["MailKey"] = e.MailKey,
        };
        if (e.Comment is not null) TableText.Write(entity, "Comment", e.Comment);
        return entity;
    }

    private static ReviewEntry FromEntity(TableEntity e) => new(
        CycleId.Parse(e.PartitionKey),
        ContributorId.Parse(e.GetString("Contributor")),
        e.GetString("Entry") ?? "",
        KebabCase.Parse<ReviewAction>(e.GetString("Action"), "review action"),
        Identifiers.ParseOrNull<SubmissionId>(e.GetString("Submission")),
        e.GetString("By") ?? "",
        KebabCase.Parse<ReviewRole>(e.GetString("Role"), "review role"),
        e.GetDateTimeOffset("At") ?? default,
        TableText.Read(e, "Comment"),
        JsonSerializer.Deserialize<List<string>>(e.GetString("Cells") ?? "[]") ?? [],
        e.GetString("MailKey"));
}
