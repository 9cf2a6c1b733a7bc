using System.Text.Json;
using System.Text.Json.Serialization;
using Thb.Normalising.Places;

namespace Thb.Json;

/// <summary>A place as the contract writes it: {"kind", "code" (absent when it has none), "name"}.</summary>
public sealed class PlaceJsonConverter : JsonConverter<Place>
{
    public override Place Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadPlace(ref reader);

    public static Place ReadPlace(ref Utf8JsonReader reader)
    {
        ContractJson.StartObject(ref reader, "A place");
        PlaceKind? kind = null;
        string? code = null, name = null;
        while (ContractJson.NextProperty(ref reader, out var property))
        {
            if (ContractJson.Is(property, "kind")) kind = ContractJson.Enum<PlaceKind>(ref reader, property);
            else if (ContractJson.Is(property, "code")) code = ContractJson.String(ref reader, property);
            else if (ContractJson.Is(property, "name")) name = ContractJson.String(ref reader, property);
            else reader.Skip();
        }
        return new Place(kind ?? default, name ?? throw new JsonException("A place has a name."), code);
    }

    public override void Write(Utf8JsonWriter writer, Place value, JsonSerializerOptions options) => WritePlace(writer, value);

    public static void WritePlace(Utf8JsonWriter writer, Place value)
    {
        writer.WriteStartObject();
        ContractJson.WriteEnum(writer, "kind", value.Kind);
        if (value.Code is not null) writer.WriteString("code", value.Code);
        writer.WriteString("name", value.Name);
        writer.WriteEndObject();
    }
}
