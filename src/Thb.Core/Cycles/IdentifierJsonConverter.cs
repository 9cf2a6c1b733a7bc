using System.Text.Json;
using System.Text.Json.Serialization;

namespace Thb.Cycles;

/// <summary>An id in JSON is its text ("cycleId": "2012-2"); a text that is no such id fails the read, saying why.</summary>
public sealed class IdentifierJsonConverter<TId> : JsonConverter<TId> where TId : struct, IIdentifier<TId>
{
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TId.TryParse(reader.GetString(), out var id, out var reason) ? id : throw new JsonException(reason);

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
