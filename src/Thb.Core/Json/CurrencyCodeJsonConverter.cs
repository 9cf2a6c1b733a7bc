using System.Text.Json;
using System.Text.Json.Serialization;
using Thb.Normalising.Funding;

namespace Thb.Json;

/// <summary>
/// A currency in JSON is its text ("SEK"), as it was when currencies were strings: an ISO code, or the text as shown
/// of a currency no code names (<see cref="CurrencyCode.Unnamed"/>), which reads back as such.
/// </summary>
public sealed class CurrencyCodeJsonConverter : JsonConverter<CurrencyCode>
{
    public override CurrencyCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() is { Length: > 0 } text ? CurrencyCode.FromReading(text) : throw new JsonException("A currency is a text such as \"EUR\".");

    public override void Write(Utf8JsonWriter writer, CurrencyCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
