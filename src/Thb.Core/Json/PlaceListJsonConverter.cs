using System.Text.Json;
using System.Text.Json.Serialization;
using Thb.Normalising.Places;

namespace Thb.Json;

/// <summary>A cell's places as the contract writes them: {"raw", "places": [place, …]}.</summary>
public sealed class PlaceListJsonConverter : JsonConverter<PlaceList>
{
    public override PlaceList Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadList(ref reader);

    public static PlaceList ReadList(ref Utf8JsonReader reader)
    {
        ContractJson.StartObject(ref reader, "A list of places");
        string? raw = null;
        List<Place>? places = null;
        while (ContractJson.NextProperty(ref reader, out var property))
        {
            if (ContractJson.Is(property, "raw")) raw = ContractJson.String(ref reader, property);
            else if (ContractJson.Is(property, "places")) places = ContractJson.List(ref reader, property, PlaceJsonConverter.ReadPlace);
            else reader.Skip();
        }
        return new PlaceList(raw ?? "", places ?? []);
    }

    public override void Write(Utf8JsonWriter writer, PlaceList value, JsonSerializerOptions options) => WriteList(writer, value);

    public static void WriteList(Utf8JsonWriter writer, PlaceList value)
    {
        writer.WriteStartObject();
        writer.WriteString("raw", value.Raw);
        writer.WriteStartArray("places");
        foreach (var place in value.Places) PlaceJsonConverter.WritePlace(writer, place);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
