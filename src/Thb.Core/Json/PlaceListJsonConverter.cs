using System.Text.Json;
using System.Text.Json.Serialization;
using Thb.Normalising.Places;

namespace Thb.Json;

/// <summary>The places of a cell as the contract writes them: {"raw", "places": [...]} (nothing computed is written).</summary>
public sealed class PlaceListJsonConverter : JsonConverter<PlaceList>
{
    public override PlaceList Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var json = JsonSerializer.Deserialize<PlaceListJson>(ref reader, options) ?? throw new JsonException("A list of places is an object.");
        return new PlaceList(json.Raw ?? "", json.Places ?? []);
    }

    public override void Write(Utf8JsonWriter writer, PlaceList value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new PlaceListJson(value.Raw, value.Places), options);

    private sealed record PlaceListJson(string? Raw, IReadOnlyList<Place>? Places);
}
