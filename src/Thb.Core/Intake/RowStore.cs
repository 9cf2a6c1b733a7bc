using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Thb.Intake.Returns;
using Thb.Json;
using Thb.Storage;

namespace Thb.Intake;

/// <summary>
/// Normalised rows in table "rows": one partition per submission, row key = the sheet row number (for a row on another
/// sheet than the check's, its place in the return, "s" and seven digits), upserted in
/// transactions of at most 100 entities (and under 4 MiB). Each entity holds the row's full JSON (raw cells and
/// normalised values) plus queryable columns; a row too long for an entity is kept whole in blob storage.
/// </summary>
public sealed class RowStore(ThbStorage storage)
{
    private const int MaxBatchEntities = 100;
    private const long MaxBatchBytes = 3L * 1024 * 1024;
    // Small batches go up several at a time (`thb submit` of 1,000 rows: 0.95x the wall time of one at a time); large
    // ones one at a time, as before: three or four of a 20 MB return's (0.8 MB each) in flight took its intake's peak
    // from 367 to 495 MB; with 1 MiB in flight it stays at 365 MB and the intake is still faster.
    private const int MaxBatchesInFlight = 4;
    private const long MaxBytesInFlight = 1024 * 1024;

    private TableClient Table => storage.Table(StorageNames.Tables.Rows);

    /// <summary>Writes the rows in the order given, enumerating them once (the intake hands them over a row at a time and forgets them).</summary>
    public async Task WriteAsync(Submission submission, IEnumerable<ReturnRow> rows, CancellationToken cancellationToken = default)
    {
        var inFlight = new TransactionsInFlight(Table.SubmitTransactionAsync, MaxBatchesInFlight, MaxBytesInFlight);
        var batch = new List<TableTransactionAction>();
        long batchBytes = 0;
        var ordinal = 0;
        try
        {
            foreach (var row in rows)
            {
                var entity = await ToEntityAsync(submission, row, ordinal++, cancellationToken);
                var bytes = TableText.EstimateBytes(entity);
                if (batch.Count == MaxBatchEntities || batch.Count > 0 && batchBytes + bytes > MaxBatchBytes)
                {
                    await inFlight.SendAsync(batch, batchBytes, cancellationToken);
                    batch = [];
                    batchBytes = 0;
                }
                batch.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
                batchBytes += bytes;
            }
            if (batch.Count > 0) await inFlight.SendAsync(batch, batchBytes, cancellationToken);
            await inFlight.DrainAsync();
        }
        catch
        {
            await inFlight.ForgetAsync();
            throw;
        }
    }

    /// <summary>What a reader takes from a row's entity: its order and its JSON (in the entity, or the name of its overflow
    /// blob). The columns beside them are for queries of the table; leaving them out of the answer spares parsing them.</summary>
    private static readonly string[] ReadColumns =
        ["Ordinal", "JsonBlob", .. TableText.Columns("Json")];

    public async Task<IReadOnlyList<ReturnRow>> ReadAsync(Submission submission, CancellationToken cancellationToken = default)
    {
        var rows = new List<(int Order, ReturnRow Row)>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {submission.RowPartition}"), select: ReadColumns,
                           cancellationToken: cancellationToken))
        {
            var json = TableText.Read(e, "Json") ?? await ReadOverflowAsync(e.GetString("JsonBlob")!, cancellationToken);
            var row = JsonSerializer.Deserialize<ReturnRow>(json, ReturnJson.Options)!;
            rows.Add((e.GetInt32("Ordinal") ?? row.Row, row with { Contributor = submission.ContributorText, Submission = submission.Id.Value }));
        }
        // The return's order: the sheet's row order for one table, table after table for a sectioned return.
        return rows.OrderBy(r => r.Order).ThenBy(r => r.Row.Row).Select(r => r.Row).ToList();
    }

    /// <summary>
    /// Removes every row of a partition (and their overflow blobs): the leftovers of an intake that was cut off and
    /// whose submission was never recorded, which no reader sees.
    /// </summary>
    public async Task<int> DeletePartitionAsync(string partition, CancellationToken cancellationToken = default)
    {
        var keys = new List<(string RowKey, string? Overflow)>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["RowKey", "JsonBlob"],
                           cancellationToken: cancellationToken))
            keys.Add((e.RowKey, e.GetString("JsonBlob")));
        foreach (var overflow in keys.Where(k => k.Overflow is not null))
            await storage.Container(StorageNames.Containers.RowData).GetBlobClient(overflow.Overflow).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        foreach (var chunk in keys.Chunk(MaxBatchEntities))
            await Table.SubmitTransactionAsync(chunk.Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, k.RowKey), Azure.ETag.All)),
                cancellationToken);
        return keys.Count;
    }

    private async Task<TableEntity> ToEntityAsync(Submission submission, ReturnRow row, int ordinal, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(row with { Contributor = null, Submission = null }, ReturnJson.Compact);
        var key = row.Sheet is null ? row.Row.ToString("D7", CultureInfo.InvariantCulture) : "s" + ordinal.ToString("D7", CultureInfo.InvariantCulture);
        var entity = new TableEntity(submission.RowPartition, key)
        {
            ["Ordinal"] = ordinal,
            ["Cycle"] = submission.CycleText,
            ["Contributor"] = submission.ContributorText,
            ["Submission"] = submission.Id.Value,
            ["Row"] = row.Row,
            ["CountryCodes"] = string.Join(',', row.CountryRegion.Places.Where(p => p.Code is not null).Select(p => p.Code)),
            ["Category"] = row.Form.Category is { } category ? KebabCase.Of(category) : null,
            ["DurationKind"] = KebabCase.Of(row.Duration.Kind),
            ["Start"] = row.Duration.Start?.ToString(),
            ["End"] = row.Duration.End?.ToString(),
            ["Ongoing"] = row.Duration.Ongoing,
            ["FundingKind"] = KebabCase.Of(row.Funding.Kind),
            ["AmountEur"] = row.Funding.AmountEur is { } a ? (double)a : null,
            ["MinEur"] = row.Funding.MinEur is { } min ? (double)min : null,
            ["MaxEur"] = row.Funding.MaxEur is { } max ? (double)max : null,
        };
        if (TableText.FitsInEntity(json))
        {
            TableText.Write(entity, "Json", json);
        }
        else
        {
            var name = $"{submission.CycleId}/{submission.ContributorId}/{submission.Id}/{(row.Sheet is null ? row.Row.ToString(CultureInfo.InvariantCulture) : key)}.json";
            await storage.Container(StorageNames.Containers.RowData).GetBlobClient(name)
                .UploadAsync(new BinaryData(Encoding.UTF8.GetBytes(json)), overwrite: true, cancellationToken);
            entity["JsonBlob"] = name;
        }
        return entity;
    }

    private async Task<string> ReadOverflowAsync(string name, CancellationToken cancellationToken)
    {
        var content = await storage.Container(StorageNames.Containers.RowData).GetBlobClient(name).DownloadContentAsync(cancellationToken);
        return content.Value.Content.ToString();
    }
}
