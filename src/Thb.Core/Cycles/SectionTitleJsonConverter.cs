using System.Text.Json;
using System.Text.Json.Serialization;

namespace Thb.Cycles;

/// <summary>A section title in JSON is its text: "section": "DG Home Affairs".</summary>
public sealed class SectionTitleJsonConverter : JsonConverter<SectionTitle>
{
    public override SectionTitle Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadTitle(ref reader);

    public static SectionTitle ReadTitle(ref Utf8JsonReader reader) =>
        SectionTitle.Problem(reader.GetString()) is { } problem ? throw new JsonException(problem) : new SectionTitle(reader.GetString()!);

    public override void Write(Utf8JsonWriter writer, SectionTitle value, JsonSerializerOptions options) => writer.WriteStringValue(value.Text);
}
