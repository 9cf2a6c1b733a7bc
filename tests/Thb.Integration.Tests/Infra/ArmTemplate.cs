using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Thb.IntegrationTests.Infra;

/// <summary>A setting of the Function App as the compiled template declares it; Value is a literal or an ARM expression.</summary>
public sealed record AppSetting(string Name, string? Value, JsonObject Template);

/// <summary>
/// A compiled ARM template (the JSON `bicep build` writes), read the way the checks need it: the Function App's settings,
/// the storage names declared, the parameters of every (nested) template. Modules compile to nested templates, and
/// resources are an array or (language version 2.0) an object keyed by symbolic name; both are handled.
/// </summary>
public sealed partial class ArmTemplate
{
    public const string ContainerType = "Microsoft.Storage/storageAccounts/blobServices/containers";
    public const string TableType = "Microsoft.Storage/storageAccounts/tableServices/tables";
    public const string QueueType = "Microsoft.Storage/storageAccounts/queueServices/queues";

    public ArmTemplate(string json)
    {
        Json = json;
        Root = JsonNode.Parse(json)?.AsObject() ?? throw new InvalidDataException("The compiled template is empty.");
    }

    public string Json { get; }
    public JsonObject Root { get; }

    /// <summary>The root template and every nested one (modules), depth first.</summary>
    public IEnumerable<JsonObject> Templates() => TemplatesFrom(Root);

    private static IEnumerable<JsonObject> TemplatesFrom(JsonObject template)
    {
        yield return template;
        foreach (var resource in Resources(template))
            if (Type(resource) == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is JsonObject nested)
                foreach (var inner in TemplatesFrom(nested)) yield return inner;
    }

    public static IEnumerable<JsonObject> Resources(JsonObject template) => template["resources"] switch
    {
        JsonArray array => array.OfType<JsonObject>(),
        JsonObject symbolic => symbolic.Select(p => p.Value).OfType<JsonObject>(),
        _ => [],
    };

    public IEnumerable<(JsonObject Template, JsonObject Resource)> AllResources() =>
        Templates().SelectMany(t => Resources(t).Select(r => (t, r)));

    private static string? Type(JsonObject resource) => resource["type"]?.GetValue<string>();

    /// <summary>Parameters of every template: (template, name, declaration).</summary>
    public IEnumerable<(JsonObject Template, string Name, JsonObject Declaration)> Parameters() =>
        from template in Templates()
        where template["parameters"] is JsonObject
        from parameter in template["parameters"]!.AsObject()
        select (template, parameter.Key, parameter.Value!.AsObject());

    public static bool IsSecure(JsonObject declaration) =>
        declaration["type"]?.GetValue<string>().StartsWith("secure", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The app settings of the (single) Function App: siteConfig.appSettings plus any sites/config 'appsettings'.</summary>
    public IReadOnlyList<AppSetting> FunctionAppSettings()
    {
        var apps = AllResources().Where(x => Type(x.Resource) == "Microsoft.Web/sites"
            && x.Resource["kind"]?.GetValue<string>().Contains("functionapp", StringComparison.OrdinalIgnoreCase) == true).ToList();
        if (apps.Count != 1) throw new InvalidDataException($"Expected one Function App in the template, found {apps.Count}.");
        var settings = new List<AppSetting>();
        var (appTemplate, app) = apps[0];
        if (app["properties"]?["siteConfig"]?["appSettings"] is JsonArray list)
            foreach (var item in list.OfType<JsonObject>())
                settings.Add(new AppSetting(LiteralName(item["name"]?.GetValue<string>()), item["value"]?.ToString(), appTemplate));
        foreach (var (template, config) in AllResources().Where(x => Type(x.Resource) == "Microsoft.Web/sites/config"))
            if (config["name"]?.GetValue<string>() is { } name && name.Contains("appsettings", StringComparison.OrdinalIgnoreCase)
                && config["properties"] is JsonObject values)
                settings.AddRange(values.Select(p => new AppSetting(LiteralName(p.Key), p.Value?.ToString(), template)));
        return settings;
    }

    private static string LiteralName(string? name) =>
        name is null || name.StartsWith('[')
            ? throw new InvalidDataException($"App setting name '{name}' is not a literal; keep setting names literal so they can be checked.")
            : name;

    /// <summary>The names the template declares for one kind of storage resource (containers, tables or queues).</summary>
    public IReadOnlyList<string> DeclaredNames(string resourceType)
    {
        var names = new List<string>();
        foreach (var (template, resource) in AllResources().Where(x => Type(x.Resource) == resourceType))
            names.AddRange(ResourceNames(template, resource["name"]?.GetValue<string>() ?? ""));
        return names;
    }

    /// <summary>
    /// The last segment of a child resource's name: a plain name, a literal, a string variable, or (a copy loop) each
    /// element of a literal array variable. Anything cleverer is reported rather than guessed.
    /// </summary>
    private static IEnumerable<string> ResourceNames(JsonObject template, string name)
    {
        if (!name.StartsWith('[')) return [name[(name.LastIndexOf('/') + 1)..]];
        if (LoopOverVariable().Match(name) is { Success: true } loop)
            return Variable(template, loop.Groups["variable"].Value) is JsonArray array
                ? array.Select(e => e!.GetValue<string>())
                : throw Unreadable(name);
        if (StringVariable().Match(name) is { Success: true } variable)
            return [Variable(template, variable.Groups["variable"].Value)?.GetValue<string>() ?? throw Unreadable(name)];
        if (Literal().Match(name) is { Success: true } literal) return [literal.Groups["literal"].Value];
        throw Unreadable(name);
    }

    private static JsonNode? Variable(JsonObject template, string name) => template["variables"]?[name];

    private static InvalidDataException Unreadable(string name) => new(
        $"Cannot read the storage name out of '{name}': declare it literally, as a string variable, or loop over a literal array variable.");

    [GeneratedRegex(@"variables\('(?<variable>\w+)'\)\[copyIndex\(\)\]\)\]$")]
    private static partial Regex LoopOverVariable();

    [GeneratedRegex(@"variables\('(?<variable>\w+)'\)\)\]$")]
    private static partial Regex StringVariable();

    [GeneratedRegex(@", '(?<literal>[^']+)'\)\]$")]
    private static partial Regex Literal();
}
