using System.Text.Json;
using System.Text.Json.Serialization;
using Thb.Json;
using Thb.Workbooks;

namespace Thb.Intake.Findings;

/// <summary>A finding as the contract writes it: {"severity", "code", "sheet", "cell" (A1 or null), "message"}.</summary>
public sealed class FindingJsonConverter : JsonConverter<Finding>
{
    public override Finding Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadFinding(ref reader);

    public static Finding ReadFinding(ref Utf8JsonReader reader)
    {
        ContractJson.StartObject(ref reader, "A finding");
        FindingSeverity severity = default;
        string? code = null, message = null, sheet = null;
        CellReference? cell = null;
        while (ContractJson.NextProperty(ref reader, out var p))
        {
            if (ContractJson.Is(p, "severity")) severity = ContractJson.Enum<FindingSeverity>(ref reader, p);
            else if (ContractJson.Is(p, "code")) code = ContractJson.String(ref reader, p);
            else if (ContractJson.Is(p, "sheet")) sheet = ContractJson.String(ref reader, p);
            else if (ContractJson.Is(p, "cell")) cell = reader.TokenType == JsonTokenType.Null ? null : CellReferenceJsonConverter.ReadCell(ref reader);
            else if (ContractJson.Is(p, "message")) message = ContractJson.String(ref reader, p);
            else reader.Skip();
        }
        return new Finding(severity, code ?? throw new JsonException("A finding has a code."), message ?? "", sheet, cell);
    }

    public override void Write(Utf8JsonWriter writer, Finding value, JsonSerializerOptions options) => WriteFinding(writer, value);

    public static void WriteFinding(Utf8JsonWriter writer, Finding value)
    {
        writer.WriteStartObject();
        ContractJson.WriteEnum(writer, "severity", value.Severity);
        writer.WriteString("code", value.Code);
        writer.WriteString("sheet", value.Sheet);
        if (value.Cell is { } cell) writer.WriteString("cell", cell.ToString());
        else writer.WriteNull("cell");
        writer.WriteString("message", value.Message);
        writer.WriteEndObject();
    }

    public static List<Finding> ReadList(ref Utf8JsonReader reader, string name) => ContractJson.List(ref reader, name, ReadFinding);

    public static void WriteList(Utf8JsonWriter writer, string name, IReadOnlyList<Finding> findings)
    {
        writer.WriteStartArray(name);
        foreach (var finding in findings) WriteFinding(writer, finding);
        writer.WriteEndArray();
    }
}
