using System.Globalization;
using Azure.Data.Tables;
using Thb.Cycles;
using Thb.Storage;

namespace Thb.Annex;

/// <summary>
/// Annex versions in table annexversions: partition = cycle, row key = inverted ticks of the compile time then the
/// stem, so that a partition lists its newest version first.
/// </summary>
public sealed class AnnexVersionStore(ThbStorage storage)
{
    private TableClient Table => storage.Table(StorageNames.Tables.AnnexVersions);

    public static string RowKeyFor(AnnexVersion version) =>
        $"{(DateTimeOffset.MaxValue.UtcTicks - version.CompiledAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture)}~{version.Stem}";

    public Task AddAsync(AnnexVersion version, CancellationToken cancellationToken = default) =>
        Table.UpsertEntityAsync(ToEntity(version), TableUpdateMode.Replace, cancellationToken);

    public async Task<AnnexVersion?> LatestAsync(CycleId cycleId, CancellationToken cancellationToken = default)
    {
        if (!TableText.IsValidKey(cycleId)) return null;
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {cycleId.Value}"), maxPerPage: 1, cancellationToken: cancellationToken))
            return FromEntity(e);
        return null;
    }

    /// <summary>Every version of a cycle, newest first.</summary>
    public async Task<IReadOnlyList<AnnexVersion>> ListAsync(CycleId cycleId, CancellationToken cancellationToken = default)
    {
        var list = new List<AnnexVersion>();
        if (!TableText.IsValidKey(cycleId)) return list;
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {cycleId.Value}"), cancellationToken: cancellationToken))
            list.Add(FromEntity(e));
        return list;
    }

    private static TableEntity ToEntity(AnnexVersion v)
    {
        var entity = new TableEntity(v.CycleId, RowKeyFor(v))
        {
            ["Stem"] = v.Stem,
            ["Fingerprint"] = v.Fingerprint.Value,
            ["CompiledAt"] = v.CompiledAt,
            ["Contributors"] = v.Contributors,
            ["ContributorsWithReturn"] = v.ContributorsWithReturn,
            ["RowCount"] = v.Rows,
            ["Forced"] = v.Forced,
            ["XlsxBlob"] = v.BlobName(AnnexFormat.Xlsx),
            ["CsvBlob"] = v.BlobName(AnnexFormat.Csv),
            ["JsonBlob"] = v.BlobName(AnnexFormat.Json),
            ["DocxBlob"] = v.BlobName(AnnexFormat.Docx),
            ["SvgBlob"] = v.BlobName(AnnexFormat.Svg),
        };
        TableText.Write(entity, "Submissions", string.Join(' ', v.Submissions));
        return entity;
    }

    private static AnnexVersion FromEntity(TableEntity e) => new(
        CycleId.Parse(e.PartitionKey),
        e.GetString("Stem") ?? "",
        new AnnexFingerprint(e.GetString("Fingerprint") ?? ""),
        e.GetDateTimeOffset("CompiledAt") ?? DateTimeOffset.MinValue,
        e.GetInt32("Contributors") ?? 0,
        e.GetInt32("ContributorsWithReturn") ?? 0,
        e.GetInt32("RowCount") ?? 0,
        e.GetBoolean("Forced") ?? false,
        (TableText.Read(e, "Submissions") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
