using System.Text.Json;
using System.Text.Json.Serialization;
using Thb.Publication.Priorities;

namespace Thb.Annex;

/// <summary>
/// A priority report as one flat document: {"cycle", "title", "readAt", "contributors", "contributorsWithReturn",
/// "actions", "actionsInsideEu", "actionsWithoutPlace", "previousCycle", "countries", "regions", "organisations"}.
/// </summary>
public sealed class PriorityReportJsonConverter : JsonConverter<PriorityReport>
{
    public override PriorityReport Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var json = JsonSerializer.Deserialize<ReportJson>(ref reader, options) ?? throw new JsonException("A priority report is an object.");
        var view = new PriorityView(json.Countries ?? [], json.Regions ?? [], json.Organisations ?? [], json.Actions, json.ActionsInsideEu, json.ActionsWithoutPlace, json.PreviousCycle);
        return new PriorityReport(json.Cycle ?? "", json.Title ?? "", json.ReadAt, json.Contributors, json.ContributorsWithReturn, view);
    }

    public override void Write(Utf8JsonWriter writer, PriorityReport value, JsonSerializerOptions options)
    {
        var v = value.View;
        JsonSerializer.Serialize(writer, new ReportJson(value.CycleId, value.CycleTitle, value.ReadAt.ToUniversalTime(), value.Contributors, value.ContributorsWithReturn,
            v.Actions, v.ActionsInsideEu, v.ActionsWithoutPlace, v.PreviousCycleId, v.Countries, v.Regions, v.Organisations), options);
    }

    private sealed record ReportJson(
        string? Cycle,
        string? Title,
        DateTimeOffset ReadAt,
        int Contributors,
        int ContributorsWithReturn,
        int Actions,
        int ActionsInsideEu,
        int ActionsWithoutPlace,
        string? PreviousCycle,
        IReadOnlyList<PriorityEntry>? Countries,
        IReadOnlyList<RegionPriority>? Regions,
        IReadOnlyList<PriorityEntry>? Organisations);
}
