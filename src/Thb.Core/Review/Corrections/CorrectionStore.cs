using Thb.Cycles;
using System.Text.Json;
using Azure.Data.Tables;
using Thb.Intake.Returns;
using Thb.Storage;

namespace Thb.Review.Corrections;

/// <summary>
/// Corrections and rules in table "corrections": a correction in its cycle's partition, a rule in partition "_rules"
/// (a rule may hold for all cycles), row key = its id. Undoing marks the entity (who, when); nothing is deleted.
/// </summary>
public sealed class CorrectionStore(ThbStorage storage)
{
    public const string RulesPartition = "_rules";

    private TableClient Table => storage.Table(StorageNames.Tables.Corrections);

    public static string NewId(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..10];

    public Task AddAsync(ReadingCorrection c, CancellationToken cancellationToken = default) => Table.AddEntityAsync(ToEntity(c), cancellationToken);

    public Task AddAsync(ReadingRule r, CancellationToken cancellationToken = default) => Table.AddEntityAsync(ToEntity(r), cancellationToken);

    public Task SaveAsync(ReadingCorrection c, CancellationToken cancellationToken = default) => Table.UpsertEntityAsync(ToEntity(c), TableUpdateMode.Replace, cancellationToken);

    public Task SaveAsync(ReadingRule r, CancellationToken cancellationToken = default) => Table.UpsertEntityAsync(ToEntity(r), TableUpdateMode.Replace, cancellationToken);

    public async Task<IReadOnlyList<ReadingCorrection>> CorrectionsAsync(CycleId cycleId, CancellationToken cancellationToken = default) =>
        (await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {cycleId.Value}"), cancellationToken)).Select(CorrectionOf).ToList();

    /// <summary>Every rule, active or undone, oldest first.</summary>
    public async Task<IReadOnlyList<ReadingRule>> RulesAsync(CancellationToken cancellationToken = default) =>
        (await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {RulesPartition}"), cancellationToken)).Select(RuleOf).OrderBy(r => r.At).ToList();

    /// <summary>The correction (rules: null) with this id, in whichever cycle.</summary>
    public async Task<ReadingCorrection?> FindCorrectionAsync(string id, CancellationToken cancellationToken = default) =>
        (await QueryAsync(TableClient.CreateQueryFilter($"RowKey eq {id}"), cancellationToken)).Where(e => e.PartitionKey != RulesPartition).Select(CorrectionOf).FirstOrDefault();

    public async Task<ReadingRule?> FindRuleAsync(string id, CancellationToken cancellationToken = default)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(RulesPartition, id, cancellationToken: cancellationToken);
        return response.HasValue ? RuleOf(response.Value!) : null;
    }

    private async Task<List<TableEntity>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var list = new List<TableEntity>();
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken)) list.Add(e);
        return list;
    }

    private static TableEntity Common(string partition, string id, CorrectedReading reading, string reason, string by, DateTimeOffset at, Undoing? undone) => new(partition, id)
    {
        ["Reading"] = JsonSerializer.Serialize(reading, ReturnJson.Compact),
        ["Reason"] = reason,
        ["By"] = by,
        ["At"] = at,
        ["UndoneBy"] = undone?.By,
        ["UndoneAt"] = undone?.At,
    };

    private static TableEntity ToEntity(ReadingCorrection c)
    {
        var entity = Common(c.CycleId, c.Id, c.Reading, c.Reason, c.By, c.At, c.Undone);
        entity["Contributor"] = c.ContributorId.Value;
        entity["Row"] = c.Row;
        entity["Sheet"] = c.Sheet;
        TableText.Write(entity, "Raw", c.RawText);
        return entity;
    }

    private static TableEntity ToEntity(ReadingRule r)
    {
        var entity = Common(RulesPartition, r.Id, r.Reading, r.Reason, r.By, r.At, r.Undone);
        entity["Cycle"] = r.CycleId?.Value;
        entity["Contributor"] = r.ContributorId?.Value;
        entity["Match"] = r.Match;
        return entity;
    }

    private static CorrectedReading ReadingOf(TableEntity e) => JsonSerializer.Deserialize<CorrectedReading>(e.GetString("Reading") ?? "{}", ReturnJson.Options)!;

    private static Undoing? UndoneOf(TableEntity e) => e.GetString("UndoneBy") is { } by ? new Undoing(by, e.GetDateTimeOffset("UndoneAt") ?? default) : null;

    private static ReadingCorrection CorrectionOf(TableEntity e) => new(e.RowKey, CycleId.Parse(e.PartitionKey), ContributorId.Parse(e.GetString("Contributor")), e.GetInt32("Row") ?? 0,
        ReadingOf(e), TableText.Read(e, "Raw") ?? "", e.GetString("Reason") ?? "", e.GetString("By") ?? "", e.GetDateTimeOffset("At") ?? default, UndoneOf(e))
        { Sheet = e.GetString("Sheet") };

    private static ReadingRule RuleOf(TableEntity e) => new(e.RowKey, Identifiers.ParseOrNull<CycleId>(e.GetString("Cycle")), Identifiers.ParseOrNull<ContributorId>(e.GetString("Contributor")), e.GetString("Match") ?? "",
        ReadingOf(e), e.GetString("Reason") ?? "", e.GetString("By") ?? "", e.GetDateTimeOffset("At") ?? default, UndoneOf(e));
}
