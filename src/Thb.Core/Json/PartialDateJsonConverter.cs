using System.Text.Json;
using System.Text.Json.Serialization;
using Thb.Normalising.Durations;

namespace Thb.Json;

/// <summary>A <see cref="PartialDate"/> as its ISO text at the precision written: "2010", "2010-03" or "2010-03-01".</summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadDate(ref reader);

    public static PartialDate ReadDate(ref Utf8JsonReader reader)
    {
        var text = reader.GetString();
        return text is not null && PartialDate.TryParseIso(text, out var date)
            ? date
            : throw new JsonException($"'{text}' is not a date written as yyyy, yyyy-MM or yyyy-MM-dd.");
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
