using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Thb.Cycles;
using Thb.Json;
using Thb.Storage;

namespace Thb.Reminders;

/// <summary>
/// The outbox in table "reminders": one entity per e-mail, inserted only if absent (so a second sweep finds the first
/// one's entry) and updated only with its ETag (so two senders cannot both claim it).
/// </summary>
public sealed class ReminderOutbox(ThbStorage storage)
{
    private TableClient Table => storage.Table(StorageNames.Tables.Reminders);

    /// <summary>Inserts the entry unless one with its key exists; false when it does (nothing is changed then).</summary>
    public async Task<bool> TryAddAsync(OutboxEntry entry, CancellationToken cancellationToken = default)
    {
        try
        {
            await Table.AddEntityAsync(ToEntity(entry), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<OutboxEntry?> GetAsync(OutboxKey key, CancellationToken cancellationToken = default)
    {
        if (!key.IsValid) return null;
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(key.CycleId, key.RowKey, cancellationToken: cancellationToken);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    /// <summary>Replaces the entry if nobody changed it since it was read; the updated entry (new ETag), or null on a lost race.</summary>
    public async Task<OutboxEntry?> TryUpdateAsync(OutboxEntry entry, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await Table.UpdateEntityAsync(ToEntity(entry), entry.ETag, TableUpdateMode.Replace, cancellationToken);
            return entry with { ETag = response.Headers.ETag ?? default };
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<OutboxEntry>> ForCycleAsync(CycleId cycleId, CancellationToken cancellationToken = default)
    {
        var list = new List<OutboxEntry>();
        if (!TableText.IsValidKey(cycleId)) return list;
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {cycleId.Value}"), cancellationToken: cancellationToken))
            list.Add(FromEntity(e));
        return list;
    }

    private static TableEntity ToEntity(OutboxEntry e)
    {
        var entity = new TableEntity(e.Key.CycleId, e.Key.RowKey)
        {
            ["Type"] = KebabCase.Of(e.Type),
            ["Contributor"] = e.ContributorId,
            ["Kind"] = e.Kind?.ToString(),
            ["Deadline"] = e.Deadline is { } d ? Iso(d) : null,
            ["DueOn"] = Iso(e.DueOn),
            ["CreatedAt"] = e.CreatedAt,
            ["To"] = string.Join(';', e.To),
            ["ReplyTo"] = e.ReplyTo,
            ["Subject"] = e.Content.Subject,
            ["MessageId"] = e.Key.MessageId,
            ["State"] = KebabCase.Of(e.State),
            ["AttemptAt"] = e.AttemptAt,
            ["Attempts"] = e.Attempts,
            ["SentAt"] = e.SentAt,
            ["Note"] = e.Note,
            ["Via"] = e.Via,
        };
        TableText.Write(entity, "Text", e.Content.Text);
        TableText.Write(entity, "Html", e.Content.Html);
        return entity;
    }

    private static OutboxEntry FromEntity(TableEntity e) => new OutboxEntry(
        new OutboxKey(e.PartitionKey, e.RowKey),
        KebabCase.Parse<OutboxEntryType>(e.GetString("Type") ?? "reminder", "outbox entry type"),
        e.GetString("Contributor"),
        ReminderKind.TryParse(e.GetString("Kind"), out var kind) ? kind : null,
        ParseDate(e.GetString("Deadline")),
        ParseDate(e.GetString("DueOn")) ?? default,
        e.GetDateTimeOffset("CreatedAt") ?? default,
        (e.GetString("To") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries),
        new MailContent(e.GetString("Subject") ?? "", TableText.Read(e, "Text") ?? "", TableText.Read(e, "Html") ?? ""),
        KebabCase.Parse<OutboxState>(e.GetString("State") ?? "pending", "outbox state"),
        e.GetDateTimeOffset("AttemptAt"),
        e.GetInt32("Attempts") ?? 0,
        e.GetDateTimeOffset("SentAt"),
        e.GetString("Note"),
        e.GetString("Via"),
        e.ETag) { ReplyTo = e.GetString("ReplyTo") };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? text) =>
        text is { Length: > 0 } && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
