using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Thb.IntegrationTests.Infra;

/// <summary>A connection is a prefix ("X", or "X__blobServiceUri" and friends); a value is one exact name.</summary>
public enum SettingKind { Connection, Value }

/// <summary>A setting the code reads, and what reads it (for the failure message).</summary>
public sealed record RequiredSetting(string Name, SettingKind Kind, string ReadBy);

/// <summary>
/// Cross-checks setting names between the code (functions.metadata and THB_* literals in src/) and the places that
/// supply them (the Function App in the compiled Bicep, local.settings.sample.json). Pure functions over text, so a
/// test can feed them a deliberately mismatched copy.
/// </summary>
public static partial class SettingsCrossCheck
{
    /// <summary>The host's own storage: always read (receipts, timer locks, keys), and the default connection of storage bindings.</summary>
    public const string HostStorage = "AzureWebJobsStorage";

    /// <summary>THB_* names the code reads that are not Function App settings, each with the reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotAppSettings = new Dictionary<string, string>
    {
        ["THB_STORAGE"] = "the thb CLI's storage connection string (or --storage); the Function App reads the ThbStorage connection",
        ["THB_TOOLS_DIR"] = "where the CLI and the tests find node_modules for the embedded Azurite; set by ./thb and ./test.sh, never in Azure",
        ["THB_MAIL_OUTBOX"] = "the folder of .eml files the embedded default writes when no SMTP server is configured; local only, Azure always sets THB_SMTP",
        ["THB_STORAGE_TIMEOUT_SECONDS"] = "the thb CLI's bound on one storage try (one clear line instead of a long wait); the Function App keeps the SDK's defaults",
        ["THB_STORAGE_RETRIES"] = "the thb CLI's storage retries; the Function App keeps the SDK's defaults",
        ["THB_SMTP_TIMEOUT_SECONDS"] = "the thb CLI's bound on an SMTP server that does not answer (10 s); the Function App keeps MailKit's 30 s",
        ["THB_SERVE_INTAKES"] = "how many intakes `thb serve` runs at once in-process; in Azure each upload is its own blob-trigger invocation, scaled by the host",
        ["THB_SERVE_DRAIN_SECONDS"] = "how long `thb serve` waits on SIGTERM/Ctrl+C for received uploads to be checked; the Functions host has its own shutdown and retries",
    };

    private static readonly HashSet<string> StorageBindings = new(StringComparer.OrdinalIgnoreCase)
        { "blobTrigger", "blob", "queueTrigger", "queue", "table" };

    /// <summary>Connections and %setting% names of every binding of every function in a functions.metadata document.</summary>
    public static IReadOnlyList<RequiredSetting> FromFunctionMetadata(string metadataJson)
    {
        var required = new List<RequiredSetting> { new(HostStorage, SettingKind.Connection, "the Functions host") };
        foreach (var function in JsonNode.Parse(metadataJson)!.AsArray().OfType<JsonObject>())
        {
            var name = function["name"]!.GetValue<string>();
            foreach (var binding in function["bindings"]!.AsArray().OfType<JsonObject>())
            {
                var type = binding["type"]?.GetValue<string>() ?? "";
                var readBy = $"function {name} ({type})";
                if (binding["connection"]?.GetValue<string>() is { Length: > 0 } connection)
                    required.Add(new RequiredSetting(connection, SettingKind.Connection, readBy));
                else if (StorageBindings.Contains(type))
                    required.Add(new RequiredSetting(HostStorage, SettingKind.Connection, readBy));
                foreach (var (_, value) in binding)
                    if (value is JsonValue v && v.TryGetValue<string>(out var text))
                        foreach (Match placeholder in SettingPlaceholder().Matches(text))
                            required.Add(new RequiredSetting(placeholder.Groups["name"].Value, SettingKind.Value, readBy));
            }
        }
        return required;
    }

    /// <summary>Every "THB_..." string literal in the given C# sources, less the documented non-app settings.</summary>
    public static IReadOnlyList<RequiredSetting> FromSource(IEnumerable<(string Path, string Text)> sources) =>
        ThbNamesInSource(sources)
            .Where(x => !NotAppSettings.ContainsKey(x.Name))
            .Select(x => new RequiredSetting(x.Name, SettingKind.Value, x.Path))
            .ToList();

    public static IEnumerable<(string Name, string Path)> ThbNamesInSource(IEnumerable<(string Path, string Text)> sources) =>
        from source in sources
        from Match literal in ThbLiteral().Matches(source.Text)
        select (literal.Groups["name"].Value, source.Path);

    /// <summary>The C# sources under src/, build output excluded.</summary>
    public static IEnumerable<(string Path, string Text)> SourceFiles(string root)
    {
        var src = Path.Combine(root, "src");
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal)) continue;
            yield return (relative, File.ReadAllText(file));
        }
    }

    /// <summary>The setting names in a local.settings.json document ("Values").</summary>
    public static IReadOnlyList<string> LocalSettingNames(string json) =>
        JsonNode.Parse(json)?["Values"] is JsonObject values ? values.Select(p => p.Key).ToList() : [];

    /// <summary>The required names that none of the present settings supplies, each once, in order of first mention.</summary>
    public static IReadOnlyList<string> Missing(IEnumerable<RequiredSetting> required, IEnumerable<string> present)
    {
        var names = present.ToHashSet(StringComparer.Ordinal);
        bool Supplied(RequiredSetting setting) => setting.Kind == SettingKind.Value
            ? names.Contains(setting.Name)
            : names.Contains(setting.Name) || names.Any(n => n.StartsWith(setting.Name + "__", StringComparison.Ordinal));
        return required.Where(s => !Supplied(s)).Select(s => s.Name).Distinct().ToList();
    }

    [GeneratedRegex(@"%(?<name>[A-Za-z0-9_.:-]+)%")]
    private static partial Regex SettingPlaceholder();

    [GeneratedRegex(@"""(?<name>THB_[A-Z0-9_]+)""")]
    private static partial Regex ThbLiteral();
}
