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
    public async Task<IReadOnlyList<ReviewEntry>> ThreadAsync(string cycleId, string contributorId, CancellationToken cancellationToken = default) =>
        await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {cycleId} and RowKey ge {contributorId + "~"} and RowKey lt {contributorId + "~~"}"), cancellationToken);

    /// <summary>Every thread of a cycle, oldest first.</summary>
    public async Task<IReadOnlyList<ReviewEntry>> ForCycleAsync(string cycleId, CancellationToken cancellationToken = default) =>
        await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {cycleId}"), cancellationToken);

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
            ["Contributor"] = e.ContributorId,
            ["Entry"] = e.Id,
            ["Action"] = KebabCase.Of(e.Action),
            ["Submission"] = e.SubmissionId,
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
        e.PartitionKey,
        e.GetString("Contributor") ?? "",
        e.GetString("Entry") ?? "",
        KebabCase.Parse<ReviewAction>(e.GetString("Action"), "review action"),
        e.GetString("Submission"),
        e.GetString("By") ?? "",
        KebabCase.Parse<ReviewRole>(e.GetString("Role"), "review role"),
        e.GetDateTimeOffset("At") ?? default,
        TableText.Read(e, "Comment"),
        JsonSerializer.Deserialize<List<string>>(e.GetString("Cells") ?? "[]") ?? [],
        e.GetString("MailKey"));
}
