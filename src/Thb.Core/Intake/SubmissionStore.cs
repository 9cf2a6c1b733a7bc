using System.Text.Json;
using Azure.Data.Tables;
using Thb.Cycles;
using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Json;
using Thb.Storage;

namespace Thb.Intake;

/// <summary>Submissions in table "submissions": partition = cycle, row key = "{contributor}~{submission id}" (history per contributor).</summary>
public sealed class SubmissionStore(ThbStorage storage)
{
    /// <summary>Partition for uploads whose path names no valid cycle: they are still recorded.</summary>
    public const string InvalidPartition = "_invalid";

    private TableClient Table => storage.Table(StorageNames.Tables.Submissions);

    /// <summary>The cycle's partition; an upload whose path named no cycle id goes to <see cref="InvalidPartition"/>.</summary>
    public static string PartitionFor(CycleId? cycleId) => cycleId is { } id ? id.Value : InvalidPartition;

    /// <summary>"{contributor}~{submission}"; "_~{submission}" for an upload whose path named no contributor id.</summary>
    public static string RowKeyFor(ContributorId? contributorId, string key) => $"{contributorId?.Value ?? "_"}~{key}";

    /// <summary>A submission by its ids (null ids: an upload whose path named none, recorded under <see cref="InvalidPartition"/>).</summary>
    public async Task<Submission?> GetAsync(CycleId? cycleId, ContributorId? contributorId, SubmissionId submissionId, CancellationToken cancellationToken = default)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(PartitionFor(cycleId), RowKeyFor(contributorId, submissionId), cancellationToken: cancellationToken);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    public Task SaveAsync(Submission submission, CancellationToken cancellationToken = default) =>
        Table.UpsertEntityAsync(ToEntity(submission), TableUpdateMode.Replace, cancellationToken);

    /// <summary>Every submission of a contributor, latest upload first.</summary>
    public async Task<IReadOnlyList<Submission>> HistoryAsync(CycleId cycleId, ContributorId contributorId, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionFor(cycleId)} and RowKey ge {contributorId.Value + "~"} and RowKey lt {contributorId.Value + "~~"}");
        var list = new List<Submission>();
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            list.Add(FromEntity(e));
        return list.OrderByDescending(s => s.UploadedAt).ThenByDescending(s => s.Id.Value, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<Submission>> ForCycleAsync(CycleId cycleId, CancellationToken cancellationToken = default)
    {
        var list = new List<Submission>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionFor(cycleId)}");
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            list.Add(FromEntity(e));
        return list;
    }

    private static TableEntity ToEntity(Submission s)
    {
        var entity = new TableEntity(PartitionFor(s.CycleId), RowKeyFor(s.ContributorId, s.Id))
        {
            ["Cycle"] = s.CycleText,
            ["Contributor"] = s.ContributorText,
            ["Submission"] = s.Id.Value,
            ["BlobName"] = s.BlobName,
            ["FileName"] = s.FileName,
            ["BlobETag"] = s.ETag,
            ["Sha256"] = s.Sha256,
            ["Size"] = s.Size,
            ["UploadedAt"] = s.UploadedAt,
            ["ProcessedAt"] = s.ProcessedAt,
            ["Status"] = KebabCase.Of(s.Status),
            ["RowCount"] = s.Rows,
            ["Errors"] = s.Errors,
            ["Warnings"] = s.Warnings,
            ["Late"] = s.Late,
            ["FeedbackBlob"] = s.FeedbackBlob,
            ["Delegation"] = s.Delegation,
        };
        var findings = JsonSerializer.Serialize(s.Findings, ReturnJson.Compact);
        TableText.Write(entity, "Findings", findings);
        // The messages by key, for the delegation's language; left out (English kept) when they would not fit beside the findings.
        var texts = FindingMessageJson.Write(s.Findings);
        if (TableText.FitsInEntity(findings + texts)) TableText.Write(entity, "FindingTexts", texts);
        if (s.Sections.Count > 0) entity["Sections"] = JsonSerializer.Serialize(s.Sections, ReturnJson.Compact);
        if (s.Tables > 0) entity["TableCount"] = s.Tables;
        if (s.IsDocument) entity["Kind"] = "document";
        if (s.Paragraphs > 0) entity["ParagraphCount"] = s.Paragraphs;
        return entity;
    }

    private static Submission FromEntity(TableEntity e)
    {
        var findingsJson = TableText.Read(e, "Findings") ?? "[]";
        var findings = FindingMessageJson.Attach(JsonSerializer.Deserialize<List<Finding>>(findingsJson, ReturnJson.Options) ?? [], TableText.Read(e, "FindingTexts"));
        return new Submission(
            Identifiers.TryOrNull<CycleId>(e.GetString("Cycle") ?? e.PartitionKey),
            Identifiers.TryOrNull<ContributorId>(e.GetString("Contributor")),
            SubmissionId.Parse(e.GetString("Submission")),
            e.GetString("BlobName") ?? "",
            e.GetString("FileName") ?? "",
            e.GetString("BlobETag"),
            e.GetString("Sha256"),
            e.GetInt64("Size") ?? 0,
            e.GetDateTimeOffset("UploadedAt") ?? DateTimeOffset.MinValue,
            e.GetDateTimeOffset("ProcessedAt") ?? DateTimeOffset.MinValue,
            KebabCase.Parse<ReturnStatus>(e.GetString("Status") ?? "rejected", "return status"),
            e.GetInt32("RowCount") ?? 0,
            e.GetInt32("Errors") ?? 0,
            e.GetInt32("Warnings") ?? 0,
            e.GetBoolean("Late") ?? false,
            e.GetString("FeedbackBlob"),
            e.GetString("Delegation"),
            findings)
        {
            Sections = e.GetString("Sections") is { } sections ? JsonSerializer.Deserialize<List<ReturnSection>>(sections, ReturnJson.Options) ?? [] : [],
            Tables = e.GetInt32("TableCount") ?? 0,
            IsDocument = e.GetString("Kind") == "document",
            Paragraphs = e.GetInt32("ParagraphCount") ?? 0,
        };
    }
}
