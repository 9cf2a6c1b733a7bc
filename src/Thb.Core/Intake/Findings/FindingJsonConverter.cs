using System.Text.Json;
using System.Text.Json.Serialization;
using Thb.Intake.Workbooks;

namespace Thb.Intake.Findings;

/// <summary>A finding as the contract writes it: {"severity", "code", "sheet", "cell", "message"}.</summary>
public sealed class FindingJsonConverter : JsonConverter<Finding>
{
    public override Finding Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var json = JsonSerializer.Deserialize<FindingJson>(ref reader, options) ?? throw new JsonException("A finding is an object.");
        return new Finding(json.Severity, json.Code ?? throw new JsonException("A finding has a code."), json.Message ?? "", json.Sheet, json.Cell);
    }

    public override void Write(Utf8JsonWriter writer, Finding value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new FindingJson(value.Severity, value.Code, value.Sheet, value.Cell, value.Message), options);

    private sealed record FindingJson(FindingSeverity Severity, string? Code, string? Sheet, CellReference? Cell, string? Message);
}
