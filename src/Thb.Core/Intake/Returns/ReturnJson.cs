using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Thb.Intake.Findings;
using Thb.Json;

namespace Thb.Intake.Returns;

/// <summary>
/// The JSON contract of `thb check --json`, the intake's stored rows and `thb rows --json`, and every converter it is
/// written with: enums in kebab case ("accepted-with-warnings", "open-ended", "victim-support"), partial dates as ISO
/// text, cells as A1, places, funding and findings in their contract shape. The typed values stay typed everywhere
/// else; this is the one edge where they become text. Outside tools rely on these names: extend them, never rename.
/// </summary>
public static class ReturnJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: true);

    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    public static string Serialize(ReturnCheck check) => JsonSerializer.Serialize(check, Options);

    /// <summary>
    /// Writes a check to <paramref name="stream"/> as <see cref="Options"/> serialises it, byte for byte, through its
    /// converter on a writer of the stream: no serializer state around it, so a short-lived `thb check --json` does not
    /// start the serializer's asynchronous machinery for one document. Flushed as it goes (every 64 KiB of rows).
    /// </summary>
    public static void Write(Stream stream, ReturnCheck check)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Encoder = Options.Encoder,
            Indented = Options.WriteIndented,
            IndentCharacter = Options.IndentCharacter,
            IndentSize = Options.IndentSize,
            NewLine = Options.NewLine,
            MaxDepth = Options.MaxDepth,
        });
        ((JsonConverter<ReturnCheck>)Options.GetConverter(typeof(ReturnCheck))).Write(writer, check, Options);
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            // Output is data for tools and people, never embedded in HTML: keep accents and quotes readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new PartialDateJsonConverter());
        options.Converters.Add(new PlaceJsonConverter());
        options.Converters.Add(new PlaceListJsonConverter());
        options.Converters.Add(new FundingJsonConverter());
        options.Converters.Add(new CurrencyCodeJsonConverter());
        options.Converters.Add(new FindingJsonConverter());
        options.Converters.Add(new ReturnRowJsonConverter());
        options.Converters.Add(new DurationJsonConverter());
        options.Converters.Add(new ActionFormJsonConverter());
        options.Converters.Add(new CellReferenceJsonConverter());
        options.Converters.Add(new ReturnCheckJsonConverter());
        options.Converters.Add(new Thb.Cycles.SectionTitleJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
