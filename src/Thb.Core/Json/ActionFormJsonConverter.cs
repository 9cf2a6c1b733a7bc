using System.Text.Json;
using System.Text.Json.Serialization;
using Thb.Normalising.Forms;

namespace Thb.Json;

/// <summary>A form-of-action cell as the contract writes it: {"raw", "category" (null when none was recognised)}.</summary>
public sealed class ActionFormJsonConverter : JsonConverter<ActionForm>
{
    public override ActionForm Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadForm(ref reader);

    public static ActionForm ReadForm(ref Utf8JsonReader reader)
    {
        ContractJson.StartObject(ref reader, "A form of action");
        string? raw = null;
        ActionCategory? category = null;
        while (ContractJson.NextProperty(ref reader, out var p))
        {
            if (ContractJson.Is(p, "raw")) raw = ContractJson.String(ref reader, p);
            else if (ContractJson.Is(p, "category")) category = ContractJson.OptionalEnum<ActionCategory>(ref reader, p);
            else reader.Skip();
        }
        return new ActionForm(raw ?? "", category);
    }

    public override void Write(Utf8JsonWriter writer, ActionForm value, JsonSerializerOptions options) => WriteForm(writer, value);

    public static void WriteForm(Utf8JsonWriter writer, ActionForm value)
    {
        writer.WriteStartObject();
        writer.WriteString("raw", value.Raw);
        ContractJson.WriteEnum(writer, "category", value.Category);
        writer.WriteEndObject();
    }
}
