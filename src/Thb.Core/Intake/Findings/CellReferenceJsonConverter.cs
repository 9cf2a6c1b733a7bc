using Thb.Workbooks;
using System.Text.Json;
using System.Text.Json.Serialization;
using Thb.Intake.Workbooks;

namespace Thb.Intake.Findings;

/// <summary>A cell as its A1 spelling ("F8").</summary>
public sealed class CellReferenceJsonConverter : JsonConverter<CellReference>
{
    public override CellReference Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadCell(ref reader);

    public static CellReference ReadCell(ref Utf8JsonReader reader)
    {
        var text = reader.GetString();
        return text is not null && CellReference.TryParse(text, out var cell) ? cell : throw new JsonException($"'{text}' is not a cell such as B12.");
    }

    public override void Write(Utf8JsonWriter writer, CellReference value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
