using System.Text.Json;
using System.Text.Json.Serialization;
using Thb.Intake.Returns;

namespace Thb.Annex;

/// <summary>
/// The JSON contract of `thb analysis --json`, written like the rows' contract (<see cref="ReturnJson"/>): names in
/// camelCase, enums in kebab case ("victim-support", "eu-policy-grouping"), amounts as numbers, a region as
/// {"id", "name", "level", "source"}. The view's types stay typed everywhere else; this is the edge where they become text.
/// </summary>
public static class PriorityJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize(PriorityReport report) => JsonSerializer.Serialize(report, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            Encoder = ReturnJson.Options.Encoder,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new RegionJsonConverter());
        options.Converters.Add(new Thb.Json.CurrencyCodeJsonConverter());
        options.Converters.Add(new PriorityReportJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
