using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Thb.Storage;

/// <summary>
/// The storage account the product keeps its data in: blob containers, tables and queues, reached through a connection
/// string (Azurite, local) or service URIs and a managed identity (Azure, no keys).
/// </summary>
public sealed class ThbStorage
{
    private ThbStorage(BlobServiceClient blobs, TableServiceClient tables, QueueServiceClient queues, string description)
    {
        Blobs = blobs;
        Tables = tables;
        Queues = queues;
        Description = description;
    }

    public BlobServiceClient Blobs { get; }
    public TableServiceClient Tables { get; }
    public QueueServiceClient Queues { get; }

    /// <summary>Where the data lives, without secrets (for logs and the CLI).</summary>
    public string Description { get; }

    public BlobContainerClient Container(string name) => Blobs.GetBlobContainerClient(name);
    public TableClient Table(string name) => Tables.GetTableClient(name);

    /// <summary>Queue messages are base64, as the Functions queue trigger expects by default.</summary>
    public QueueClient Queue(string name) => Queues.GetQueueClient(name);

    public static ThbStorage FromConnectionString(string connectionString)
    {
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        var blobs = new BlobServiceClient(connectionString);
        return new ThbStorage(blobs, new TableServiceClient(connectionString), new QueueServiceClient(connectionString, queueOptions),
            blobs.Uri.GetLeftPart(UriPartial.Authority) + blobs.Uri.AbsolutePath);
    }

    /// <summary>
    /// What a person types for --storage / THB_STORAGE: a connection string (Azurite, "UseDevelopmentStorage=true"),
    /// or — for an account with shared keys disabled — its name or blob endpoint, reached with the signed-in
    /// identity (az login, managed identity: DefaultAzureCredential).
    /// </summary>
    public static ThbStorage FromUserValue(string value)
    {
        value = value.Trim();
        if (value.Contains('=', StringComparison.Ordinal)) return FromConnectionString(value);
        var account = Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri.Host.Split('.')[0] : value;
        if (account.Length is < 3 or > 24 || !account.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))
            throw new ArgumentException($"'{value}' is neither a connection string nor a storage account name or endpoint.");
        return FromServiceUris(new Uri($"https://{account}.blob.core.windows.net"), new Uri($"https://{account}.table.core.windows.net"),
            new Uri($"https://{account}.queue.core.windows.net"), new DefaultAzureCredential());
    }

    public static ThbStorage FromServiceUris(Uri blob, Uri table, Uri queue, TokenCredential credential)
    {
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        return new ThbStorage(new BlobServiceClient(blob, credential), new TableServiceClient(table, credential),
            new QueueServiceClient(queue, credential, queueOptions), blob.ToString());
    }

    /// <summary>
    /// Reads a Functions-style connection: "{name}" as a connection string, or "{name}__blobServiceUri" /
    /// "__tableServiceUri" / "__queueServiceUri" (or "__accountName") with a managed identity ("__clientId" for a user-assigned one).
    /// </summary>
    public static ThbStorage FromSettings(Func<string, string?> setting, string name = StorageNames.Connection)
    {
        var connectionString = setting(name);
        if (!string.IsNullOrWhiteSpace(connectionString)) return FromConnectionString(connectionString);

        var account = setting($"{name}__accountName");
        Uri? Service(string kind) =>
            setting($"{name}__{kind}ServiceUri") is { Length: > 0 } uri ? new Uri(uri)
            : account is { Length: > 0 } ? new Uri($"https://{account}.{kind}.core.windows.net")
            : null;
        var blob = Service("blob");
        var table = Service("table");
        var queue = Service("queue");
        if (blob is null || table is null || queue is null)
            throw new InvalidOperationException(
                $"No storage configured: set '{name}' to a connection string, or '{name}__accountName' (or the three '{name}__*ServiceUri' settings) for a managed identity.");
        var clientId = setting($"{name}__clientId");
        TokenCredential credential = string.IsNullOrEmpty(clientId) ? new DefaultAzureCredential() : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        return FromServiceUris(blob, table, queue, credential);
    }

    /// <summary>Creates every container, table and queue the product uses (idempotent).</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        // All at once: each is one round trip, and every CLI command starts with them.
        await Task.WhenAll(
            StorageNames.Containers.All.Select(c => (Task)Container(c).CreateIfNotExistsAsync(cancellationToken: cancellationToken))
                .Concat(StorageNames.Tables.All.Select(t => (Task)Tables.CreateTableIfNotExistsAsync(t, cancellationToken)))
                .Concat(StorageNames.Queues.All.Select(q => (Task)Queue(q).CreateIfNotExistsAsync(cancellationToken: cancellationToken))));
    }
}
