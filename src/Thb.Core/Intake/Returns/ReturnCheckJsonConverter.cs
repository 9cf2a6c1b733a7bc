using System.Text.Json;
using System.Text.Json.Serialization;
using Thb.Intake.Findings;
using Thb.Json;

namespace Thb.Intake.Returns;

/// <summary>
/// The JSON of `thb check --json`: {"file", "status", "delegation", "cycle", "sheet", "headerRow", "findings", "rows",
/// "errors", "warnings"}, and after "rows", only when there are any: "sections" (a sectioned return's), "tables"
/// (additional tables) and "narrative". The metadata cells stay out; a check
/// read back has the delegation and cycle as its metadata.
/// </summary>
public sealed class ReturnCheckJsonConverter : JsonConverter<ReturnCheck>
{
    /// <summary>Rows written ahead of a flush: a writer on a stream holds what it writes until it is flushed.</summary>
    private const int FlushBytes = 1 << 16;

    public override ReturnCheck Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        string? Text(string name) => root.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        T Value<T>(string name) => root.TryGetProperty(name, out var p) ? p.Deserialize<T>(options)! : throw new JsonException($"A check has \"{name}\".");
        var delegation = Text("delegation");
        var cycle = Text("cycle");
        return new ReturnCheck(Text("file") ?? "", Value<ReturnStatus>("status"), delegation, cycle, Text("sheet"),
            root.TryGetProperty("headerRow", out var header) && header.ValueKind == JsonValueKind.Number ? header.GetInt32() : null,
            Value<List<Finding>>("findings"), Value<List<ReturnRow>>("rows"), new ReturnMetadata(delegation, cycle))
        {
            Sections = root.TryGetProperty("sections", out var sections) ? sections.Deserialize<List<ReturnSection>>(options) ?? [] : [],
            Tables = root.TryGetProperty("tables", out var tables) ? tables.Deserialize<List<AdditionalTable>>(options) ?? [] : [],
            Narrative = root.TryGetProperty("narrative", out var narrative) ? narrative.Deserialize<List<Narrative>>(options) ?? [] : [],
        };
    }

    public override void Write(Utf8JsonWriter writer, ReturnCheck value, JsonSerializerOptions options)
    {
        string Name(string name) => options.PropertyNamingPolicy?.ConvertName(name) ?? name;
        writer.WriteStartObject();
        writer.WriteString(Name("File"), value.File);
        ContractJson.WriteEnum(writer, Name("Status"), value.Status);
        writer.WriteString(Name("Delegation"), value.Delegation);
        writer.WriteString(Name("Cycle"), value.Cycle);
        writer.WriteString(Name("Sheet"), value.Sheet);
        if (value.HeaderRow is { } headerRow) writer.WriteNumber(Name("HeaderRow"), headerRow);
        else writer.WriteNull(Name("HeaderRow"));
        FindingJsonConverter.WriteList(writer, Name("Findings"), value.Findings);
        writer.WriteStartArray(Name("Rows"));
        var rows = (JsonConverter<ReturnRow>)options.GetConverter(typeof(ReturnRow));
        foreach (var row in value.Rows)
        {
            rows.Write(writer, row, options);
            if (writer.BytesPending > FlushBytes) writer.Flush();
        }
        writer.WriteEndArray();
        if (value.Sections.Count > 0)
        {
            writer.WritePropertyName(Name("Sections"));
            JsonSerializer.Serialize(writer, value.Sections, options);
        }
        if (value.Tables.Count > 0)
        {
            writer.WritePropertyName(Name("Tables"));
            JsonSerializer.Serialize(writer, value.Tables, options);
        }
        if (value.Narrative.Count > 0)
        {
            writer.WritePropertyName(Name("Narrative"));
            JsonSerializer.Serialize(writer, value.Narrative, options);
        }
        writer.WriteNumber(Name("Errors"), value.ErrorCount);
        writer.WriteNumber(Name("Warnings"), value.WarningCount);
        writer.WriteEndObject();
    }
}
