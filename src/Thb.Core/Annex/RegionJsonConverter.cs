using System.Text.Json;
using System.Text.Json.Serialization;
using Thb.Publication.Regions;

namespace Thb.Annex;

/// <summary>
/// An area of the region catalogue as {"id", "name", "level", "source"}: its membership is the catalogue's (read back by
/// id), not repeated in every view.
/// </summary>
public sealed class RegionJsonConverter : JsonConverter<Region>
{
    public override Region Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var json = JsonSerializer.Deserialize<RegionJson>(ref reader, options) ?? throw new JsonException("A region is an object.");
        return RegionCatalogue.Default.Find(json.Id ?? "") ?? throw new JsonException($"There is no region '{json.Id}' in the catalogue.");
    }

    public override void Write(Utf8JsonWriter writer, Region value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new RegionJson(value.Id, value.Name, value.Level, value.Source), options);

    private sealed record RegionJson(string? Id, string? Name, RegionLevel Level, string? Source);
}
