using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Thb.Cycles;
using Thb.Storage;

namespace Thb.Reminders;

/// <summary>
/// Identifies one e-mail in the outbox (table "reminders"): partition = cycle, row key = "{contributor}~{deadline}~{kind}"
/// for a reminder, "{contributor}~correction~{entry}" for a review's correction request, "{contributor}~now~{press}" for a reminder the Presidency asked for, "_digest~{hash}" for the owner's digest. The deadline is part of the key, so an extension yields
/// fresh reminder slots. The Message-ID derives from the key: the same entry is always the same message.
/// </summary>
public readonly record struct OutboxKey(string CycleId, string RowKey)
{
    /// <summary>Digest row keys start with '_', which no contributor id can (ids are lower-case letters, digits and hyphens).</summary>
    public const string DigestPrefix = "_digest~";

    public static OutboxKey ForReminder(CycleId cycleId, ContributorId contributorId, DateOnly deadline, ReminderKind kind) =>
        new(cycleId, $"{contributorId}~{deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}~{kind}");

    /// <summary>A correction request to a contributor: "{contributor}~correction~{review entry id}", one per request.</summary>
    public static OutboxKey ForCorrection(CycleId cycleId, ContributorId contributorId, string reviewEntryId) =>
        new(cycleId, $"{contributorId}~correction~{reviewEntryId}");

    /// <summary>A reminder asked for now: "{contributor}~now~{press}", one per press of the button (the page names the press).</summary>
    public static OutboxKey ForRequestedReminder(CycleId cycleId, ContributorId contributorId, string pressId) =>
        new(cycleId, $"{contributorId}~now~{pressId}");

    /// <summary>
    /// The digest reporting a set of reminders. Keyed by what it reports, so a sweep run again (at the same moment or
    /// after a crash) that hands off the same reminders finds the digest it wrote before instead of writing another.
    /// </summary>
    public static OutboxKey ForDigest(CycleId cycleId, IEnumerable<OutboxKey> reminded) =>
        new(cycleId, DigestPrefix + Hash(string.Join('\n', reminded.Select(k => k.RowKey).Order(StringComparer.Ordinal)))[..24]);

    public bool IsDigest => RowKey.StartsWith(DigestPrefix, StringComparison.Ordinal);

    /// <summary>The contributor a reminder is for (null for a digest).</summary>
    public string? ContributorId => IsDigest ? null : RowKey.Split('~')[0];

    /// <summary>Message-ID (without angle brackets): stable for the entry, unique across entries.</summary>
    public string MessageId => $"{Hash($"{CycleId}/{RowKey}")[..32]}@thb-functions";

    public bool IsValid => TableText.IsValidKey(CycleId) && TableText.IsValidKey(RowKey);

    public override string ToString() => $"{CycleId}/{RowKey}";

    /// <summary>The queue message that hands this entry to the sender: {"cycle":"…","key":"…"}.</summary>
    public string ToQueueMessage() => JsonSerializer.Serialize(new QueueMessage(CycleId, RowKey), JsonOptions);

    /// <summary>Reads a queue message; null for anything that is not one of ours (logged by the caller, never retried).</summary>
    public static OutboxKey? FromQueueMessage(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            var message = JsonSerializer.Deserialize<QueueMessage>(text, JsonOptions);
            if (message?.Cycle is null || message.Key is null) return null;
            var key = new OutboxKey(message.Cycle, message.Key);
            return key.IsValid ? key : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record QueueMessage(string? Cycle, string? Key);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
