using Microsoft.Extensions.Configuration;

namespace Thb.Storage;

/// <summary>
/// Maps the Functions-style storage connection onto the configuration sections Microsoft.Extensions.Azure builds its
/// clients from. The connection named "ThbStorage" is either a connection string ("ThbStorage", Azurite locally) or,
/// for a managed identity, "ThbStorage__blobServiceUri" / "__tableServiceUri" / "__queueServiceUri" (or
/// "__accountName" for all three), with "__credential" ("managedidentity") and "__clientId" (a user-assigned identity;
/// given alone it means a managed identity, as before). Microsoft.Extensions.Azure reads a section's value as a
/// connection string, else the client constructor's parameter names — "serviceUri" for blobs and queues, "endpoint"
/// for tables — and "credential"/"clientId" for the credential (none: DefaultAzureCredential).
/// </summary>
public sealed record StorageConnection(IConfigurationSection Blobs, IConfigurationSection Tables, IConfigurationSection Queues)
{
    /// <summary>The connection string, when the connection is one (Azurite, an account key); null for a managed identity.</summary>
    public string? ConnectionString { get; init; }

    public static StorageConnection? From(IConfiguration configuration, string name = StorageNames.Connection)
    {
        var section = configuration.GetSection(name);
        var mapped = new Dictionary<string, string?>();
        if (!string.IsNullOrWhiteSpace(section.Value))
        {
            foreach (var service in Services) mapped[service.Section] = section.Value;
        }
        else
        {
            var account = section["accountName"];
            var clientId = section["clientId"];
            var credential = section["credential"] is { Length: > 0 } c ? c : string.IsNullOrEmpty(clientId) ? null : "managedidentity";
            foreach (var service in Services)
            {
                var uri = section[$"{service.Kind}ServiceUri"] is { Length: > 0 } u ? u
                    : string.IsNullOrEmpty(account) ? null
                    : $"https://{account}.{service.Kind}.core.windows.net";
                if (uri is null) return null;
                mapped[$"{service.Section}:{service.UriParameter}"] = uri;
                mapped[$"{service.Section}:credential"] = credential;
                mapped[$"{service.Section}:clientId"] = string.IsNullOrEmpty(clientId) ? null : clientId;
            }
        }
        var sections = new ConfigurationBuilder().AddInMemoryCollection(mapped).Build();
        return new StorageConnection(sections.GetSection("Blobs"), sections.GetSection("Tables"), sections.GetSection("Queues"))
        {
            ConnectionString = string.IsNullOrWhiteSpace(section.Value) ? null : section.Value,
        };
    }

    /// <summary>What to set when nothing is, for the error a person reads.</summary>
    public static string Missing(string name = StorageNames.Connection) =>
        $"No storage configured: set '{name}' to a connection string, or '{name}__accountName' (or the three '{name}__*ServiceUri' settings) for a managed identity.";

    private static readonly (string Kind, string Section, string UriParameter)[] Services =
    [
        ("blob", "Blobs", "serviceUri"),
        ("table", "Tables", "endpoint"),
        ("queue", "Queues", "serviceUri"),
    ];
}
