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
