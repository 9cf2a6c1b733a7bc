using System.Text.Json;
using System.Text.Json.Serialization;
using Thb.Normalising.Durations;

namespace Thb.Json;

/// <summary>A duration cell as the contract writes it: {"raw", "kind", "start", "end" (ISO partial dates or null), "ongoing"}.</summary>
public sealed class DurationJsonConverter : JsonConverter<Duration>
{
    public override Duration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadDuration(ref reader);

    public static Duration ReadDuration(ref Utf8JsonReader reader)
    {
        ContractJson.StartObject(ref reader, "A duration");
        var duration = new Duration("", default, null, null, false);
        while (ContractJson.NextProperty(ref reader, out var p))
        {
            if (ContractJson.Is(p, "raw")) duration = duration with { Raw = ContractJson.String(ref reader, p) ?? "" };
            else if (ContractJson.Is(p, "kind")) duration = duration with { Kind = ContractJson.Enum<DurationKind>(ref reader, p) };
            else if (ContractJson.Is(p, "start")) duration = duration with { Start = Date(ref reader) };
            else if (ContractJson.Is(p, "end")) duration = duration with { End = Date(ref reader) };
            else if (ContractJson.Is(p, "ongoing")) duration = duration with { Ongoing = reader.GetBoolean() };
            else reader.Skip();
        }
        return duration;
    }

    private static PartialDate? Date(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : PartialDateJsonConverter.ReadDate(ref reader);

    public override void Write(Utf8JsonWriter writer, Duration value, JsonSerializerOptions options) => WriteDuration(writer, value);

    public static void WriteDuration(Utf8JsonWriter writer, Duration value)
    {
        writer.WriteStartObject();
        writer.WriteString("raw", value.Raw);
        ContractJson.WriteEnum(writer, "kind", value.Kind);
        WriteDate(writer, "start", value.Start);
        WriteDate(writer, "end", value.End);
        writer.WriteBoolean("ongoing", value.Ongoing);
        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, PartialDate? date)
    {
        if (date is { } d) writer.WriteString(name, d.ToString());
        else writer.WriteNull(name);
    }
}
