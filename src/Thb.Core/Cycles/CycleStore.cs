using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Thb.Json;
using Thb.Localisation;
using Thb.Storage;

namespace Thb.Cycles;

/// <summary>The cycle registry in Table Storage: table "cycles" (one entity per cycle) and "contributors" (partition per cycle).</summary>
public sealed class CycleStore(ThbStorage storage)
{
    private const string CyclePartition = "cycle";
    private TableClient Cycles => storage.Table(StorageNames.Tables.Cycles);
    private TableClient Contributors => storage.Table(StorageNames.Tables.Contributors);

    public async Task CreateAsync(Cycle cycle, IReadOnlyList<Contributor> contributors, CancellationToken cancellationToken = default)
    {
        // Contributors first: a cycle entity is only ever visible with its contributors in place.
        var batch = contributors.Select(c => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(cycle.Id, c, new SubmissionPointers()))).ToList();
        foreach (var chunk in batch.Chunk(100))
            await Contributors.SubmitTransactionAsync(chunk, cancellationToken);
        try
        {
            await Cycles.AddEntityAsync(ToEntity(cycle), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            throw new CycleAlreadyExistsException(cycle.Id);
        }
    }

    public async Task<Cycle?> GetAsync(CycleId id, CancellationToken cancellationToken = default)
    {
        var response = await Cycles.GetEntityIfExistsAsync<TableEntity>(CyclePartition, id, cancellationToken: cancellationToken);
        return response.HasValue ? CycleFromEntity(response.Value!) : null;
    }

    public async Task<IReadOnlyList<Cycle>> ListAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<Cycle>();
        await foreach (var entity in Cycles.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {CyclePartition}"), cancellationToken: cancellationToken))
            list.Add(CycleFromEntity(entity));
        return list;
    }

    public Task SaveAsync(Cycle cycle, CancellationToken cancellationToken = default) =>
        Cycles.UpsertEntityAsync(ToEntity(cycle), TableUpdateMode.Replace, cancellationToken);

    public async Task<IReadOnlyList<ContributorRecord>> ContributorsAsync(CycleId cycleId, CancellationToken cancellationToken = default)
    {
        var list = new List<ContributorRecord>();
        await foreach (var entity in Contributors.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {cycleId.Value}"), cancellationToken: cancellationToken))
            list.Add(ContributorFromEntity(entity));
        return list.OrderBy(c => c.Contributor.Order).ThenBy(c => c.Contributor.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<ContributorRecord?> ContributorAsync(CycleId cycleId, ContributorId contributorId, CancellationToken cancellationToken = default)
    {
        var response = await Contributors.GetEntityIfExistsAsync<TableEntity>(cycleId, contributorId, cancellationToken: cancellationToken);
        return response.HasValue ? ContributorFromEntity(response.Value!) : null;
    }

    /// <summary>Replaces a contributor's pointers if nobody changed them since it was read; false on a lost race.</summary>
    public async Task<bool> TryUpdatePointersAsync(ContributorRecord record, SubmissionPointers pointers, CancellationToken cancellationToken = default)
    {
        try
        {
            await Contributors.UpdateEntityAsync(ToEntity(record.CycleId, record.Contributor, pointers), record.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }

    public async Task<bool> TryUpdateContributorAsync(ContributorRecord record, Contributor contributor, CancellationToken cancellationToken = default)
    {
        try
        {
            await Contributors.UpdateEntityAsync(ToEntity(record.CycleId, contributor, record.Pointers), record.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }

    private static TableEntity ToEntity(Cycle cycle) => new(CyclePartition, cycle.Id)
    {
        ["Title"] = cycle.Title,
        ["Deadline"] = Iso(cycle.Deadline),
        ["State"] = KebabCase.Of(cycle.State),
        ["ReminderOffsets"] = string.Join(',', cycle.ReminderOffsets),
        ["PeriodStart"] = cycle.PeriodStart is { } s ? Iso(s) : null,
        ["PeriodEnd"] = cycle.PeriodEnd is { } e ? Iso(e) : null,
        ["OwnerEmail"] = cycle.OwnerEmail,
        ["OpenedAt"] = cycle.OpenedAt,
        ["ClosedAt"] = cycle.ClosedAt,
        ["PreviousCycle"] = cycle.PreviousCycleId?.Value,
    };

    private static Cycle CycleFromEntity(TableEntity e) => new(
        CycleId.Parse(e.RowKey),
        e.GetString("Title") ?? e.RowKey,
        ParseDate(e.GetString("Deadline"))!.Value,
        KebabCase.Parse<CycleState>(e.GetString("State") ?? "open", "cycle state"),
        (e.GetString("ReminderOffsets") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToList(),
        ParseDate(e.GetString("PeriodStart")),
        ParseDate(e.GetString("PeriodEnd")),
        e.GetString("OwnerEmail"),
        e.GetDateTimeOffset("OpenedAt"),
        e.GetDateTimeOffset("ClosedAt"),
        Identifiers.ParseOrNull<CycleId>(e.GetString("PreviousCycle")));

    private static TableEntity ToEntity(CycleId cycleId, Contributor c, SubmissionPointers p) => new(cycleId, c.Id)
    {
        ["Name"] = c.Name,
        ["Kind"] = KebabCase.Of(c.Kind),
        ["Order"] = c.Order,
        ["Emails"] = string.Join(';', c.Emails),
        ["DeadlineOverride"] = c.DeadlineOverride is { } d ? Iso(d) : null,
        ["Sections"] = c.Sections.Count > 0 ? SectionTitle.FormatList(c.Sections) : null,
        ["Language"] = c.Language.Code,
        ["CurrentSubmission"] = p.CurrentSubmissionId?.Value,
        ["CurrentUploadedAt"] = p.CurrentUploadedAt,
        ["LastSubmission"] = p.LastSubmissionId?.Value,
        ["LastUploadedAt"] = p.LastUploadedAt,
        ["CurrentDocument"] = p.CurrentDocumentId?.Value,
        ["CurrentDocumentUploadedAt"] = p.CurrentDocumentUploadedAt,
    };

    private static ContributorRecord ContributorFromEntity(TableEntity e) => new(
        CycleId.Parse(e.PartitionKey),
        new Contributor(
            ContributorId.Parse(e.RowKey),
            e.GetString("Name") ?? e.RowKey,
            KebabCase.Parse<ContributorKind>(e.GetString("Kind") ?? "member-state", "contributor kind"),
            e.GetInt32("Order") ?? 0,
            (e.GetString("Emails") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries),
            ParseDate(e.GetString("DeadlineOverride")),
            // Contributors registered before languages were read in English.
            Language.TryParse(e.GetString("Language"), out var language) ? language : Language.English) { Sections = SectionTitle.ParseList(e.GetString("Sections")) },
        new SubmissionPointers(Identifiers.ParseOrNull<SubmissionId>(e.GetString("CurrentSubmission")), e.GetDateTimeOffset("CurrentUploadedAt"),
            Identifiers.ParseOrNull<SubmissionId>(e.GetString("LastSubmission")), e.GetDateTimeOffset("LastUploadedAt"),
            Identifiers.ParseOrNull<SubmissionId>(e.GetString("CurrentDocument")), e.GetDateTimeOffset("CurrentDocumentUploadedAt")),
        e.ETag);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? text) =>
        text is { Length: > 0 } && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
