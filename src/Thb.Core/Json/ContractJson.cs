using System.Collections.Concurrent;
using System.Text.Json;

namespace Thb.Json;

/// <summary>
/// What the contract's hand-written converters share: an enum's kebab-case text written from a cache (the same text
/// as <see cref="KebabCase"/> and the serializer's kebab-case enum converter), and reading an object's properties, strings,
/// numbers and enums with the contract's rules (names as written, any case; a null where a value may be absent;
/// unknown properties skipped). The converters write and read the contract's shapes directly instead of through the
/// serializer's reflection, which a short-lived `thb check --json` paid for at every start (bench/README.md).
/// </summary>
public static class ContractJson
{
    private static readonly ConcurrentDictionary<Enum, string> EnumText = new();

    public static void WriteEnum(Utf8JsonWriter writer, string name, Enum? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, EnumText.GetOrAdd(value, static v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString())));
    }

    public static void WriteEnumValue(Utf8JsonWriter writer, Enum value) =>
        writer.WriteStringValue(EnumText.GetOrAdd(value, static v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString())));

    public static void WriteNumber(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v) writer.WriteNumber(name, v);
        else writer.WriteNull(name);
    }

    /// <summary>Moves to each property of the object the reader is on and returns its name; false after the end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader, out string name)
    {
        if (!reader.Read()) throw new JsonException("The JSON ended inside an object.");
        if (reader.TokenType == JsonTokenType.EndObject) { name = ""; return false; }
        name = reader.GetString()!;
        if (!reader.Read()) throw new JsonException($"The JSON ended after \"{name}\".");
        return true;
    }

    public static void StartObject(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException($"{what} is an object.");
    }

    public static bool Is(string name, string expected) => string.Equals(name, expected, StringComparison.OrdinalIgnoreCase);

    public static string? String(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw new JsonException($"\"{name}\" is text."),
    };

    public static decimal? Decimal(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetDecimal();

    public static T Enum<T>(ref Utf8JsonReader reader, string name) where T : struct, Enum =>
        reader.TokenType == JsonTokenType.String && KebabCase.TryParse<T>(reader.GetString(), out var value)
            ? value
            : throw new JsonException($"\"{name}\" is one of {KebabCase.Allowed<T>()}.");

    public static T? OptionalEnum<T>(ref Utf8JsonReader reader, string name) where T : struct, Enum =>
        reader.TokenType == JsonTokenType.Null ? null : Enum<T>(ref reader, name);

    public static List<T> List<T>(ref Utf8JsonReader reader, string name, JsonConverterRead<T> item)
    {
        if (reader.TokenType == JsonTokenType.Null) return [];
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException($"\"{name}\" is a list.");
        var list = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) list.Add(item(ref reader));
        return list;
    }
}
