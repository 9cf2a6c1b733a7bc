using System.Text.Json;
using System.Text.Json.Serialization;
using Thb.Normalising.Places;

namespace Thb.Json;

/// <summary>A recognised place as the contract writes it: {"kind", "code" (countries only), "name"}.</summary>
public sealed class PlaceJsonConverter : JsonConverter<Place>
{
    public override Place Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var json = JsonSerializer.Deserialize<PlaceJson>(ref reader, options) ?? throw new JsonException("A place is an object.");
        return new Place(json.Kind, json.Name ?? throw new JsonException("A place has a name."), json.Code);
    }

    public override void Write(Utf8JsonWriter writer, Place value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new PlaceJson(value.Kind, value.Code, value.Name), options);

    private sealed record PlaceJson(
        PlaceKind Kind,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Code,
        string? Name);
}
