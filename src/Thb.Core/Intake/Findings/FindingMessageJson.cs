using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Thb.Intake.Returns;

namespace Thb.Intake.Findings;

/// <summary>
/// The findings' messages as stored beside them (column FindingTexts of a submission, in the findings' order), so the
/// portal and the reminders can write a stored finding in a delegation's language: [{"variant": null, "arguments":
/// ["text", 12, 2.5, {"date": "2026-12-08"}, {"instant": "2026-12-09T10:00:00+01:00"}, {"column": "Description"}]}, null, …].
/// Not part of the check's contract JSON.
/// </summary>
public static class FindingMessageJson
{
    public static string Write(IReadOnlyList<Finding> findings)
    {
        var array = new JsonArray();
        foreach (var finding in findings) array.Add(finding.Text is { } text ? Node(text) : null);
        return array.ToJsonString();
    }

    /// <summary>The findings with their messages put back; findings stored before messages were kept stay as they were.</summary>
    public static IReadOnlyList<Finding> Attach(IReadOnlyList<Finding> findings, string? json)
    {
        if (string.IsNullOrEmpty(json)) return findings;
        if (JsonNode.Parse(json) is not JsonArray texts || texts.Count != findings.Count) return findings;
        return findings.Select((f, i) => texts[i] is JsonObject o ? f with { Text = Read(o) } : f).ToList();
    }

    private static JsonObject Node(FindingMessage text)
    {
        var arguments = new JsonArray();
        foreach (var a in text.Arguments)
            arguments.Add(a switch
            {
                long l => JsonValue.Create(l),
                decimal d => JsonValue.Create(d),
                DateOnly date => new JsonObject { ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
                DateTimeOffset instant => new JsonObject { ["instant"] = instant.ToString("O", CultureInfo.InvariantCulture) },
                ReturnColumn column => new JsonObject { ["column"] = column.ToString() },
                _ => (JsonNode?)JsonValue.Create(a.ToString()),
            });
        return new JsonObject { ["variant"] = text.VariantName, ["arguments"] = arguments };
    }

    private static FindingMessage Read(JsonObject o)
    {
        var arguments = (o["arguments"] as JsonArray ?? []).Select(Argument).ToList();
        return FindingMessage.Read(o["variant"]?.GetValue<string>(), arguments);
    }

    private static object Argument(JsonNode? node)
    {
        if (node is JsonObject o)
        {
            if (o["date"]?.GetValue<string>() is { } date) return DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (o["instant"]?.GetValue<string>() is { } instant) return DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            if (o["column"]?.GetValue<string>() is { } column && Enum.TryParse<ReturnColumn>(column, out var c)) return c;
            return "";
        }
        if (node is not JsonValue value) return "";
        if (value.GetValueKind() == JsonValueKind.String) return value.GetValue<string>();
        if (value.TryGetValue<long>(out var l)) return l;
        return value.TryGetValue<decimal>(out var d) ? d : value.ToString();
    }
}
