using System.Text.Json;

namespace Thb.Local;

/// <summary>One message as MailDev's REST API shows it.</summary>
public sealed record MailDevMessage(
    string Id,
    string Subject,
    IReadOnlyList<string> From,
    IReadOnlyList<string> To,
    IReadOnlyList<string> EnvelopeTo,
    string? MessageId,
    IReadOnlyDictionary<string, string> Headers,
    string Text,
    string Html)
{
    internal static MailDevMessage FromJson(JsonElement e)
    {
        static IReadOnlyList<string> Addresses(JsonElement parent, string name) =>
            parent.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(a => a.GetProperty("address").GetString() ?? "").ToList()
                : [];
        static string Text(JsonElement parent, string name) =>
            parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (e.TryGetProperty("headers", out var h) && h.ValueKind == JsonValueKind.Object)
            foreach (var p in h.EnumerateObject())
                headers[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText();
        var envelopeTo = e.TryGetProperty("envelope", out var envelope) ? Addresses(envelope, "to") : [];
        return new MailDevMessage(Text(e, "id"), Text(e, "subject"), Addresses(e, "from"), Addresses(e, "to"), envelopeTo,
            headers.GetValueOrDefault("message-id"), headers, Text(e, "text"), Text(e, "html"));
    }
}
