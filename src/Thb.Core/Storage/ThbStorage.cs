using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;

namespace Thb.Storage;

/// <summary>
/// The storage account the product keeps its data in: blob containers, tables and queues, over the service clients
/// <see cref="StorageServiceCollectionExtensions.AddThbStorage"/> registers (a connection string locally, service URIs
/// and a managed identity in Azure, no keys). The queue client is made on first use (the factory keeps the one it
/// made): most commands never send a message, and a client not made is a pipeline a short-lived process does not build.
/// </summary>
public sealed class ThbStorage(BlobServiceClient blobs, TableServiceClient tables, IAzureClientFactory<QueueServiceClient> queueClients)
{
    private QueueServiceClient? _queues;

    public BlobServiceClient Blobs => blobs;
    public TableServiceClient Tables => tables;
    public QueueServiceClient Queues => _queues ??= queueClients.CreateClient(DefaultClientName);

    /// <summary>The name Microsoft.Extensions.Azure gives a client registered without one.</summary>
    private const string DefaultClientName = "Default";

    /// <summary>Where the data lives, without secrets (for logs and the CLI).</summary>
    public string Description => blobs.Uri.GetLeftPart(UriPartial.Authority) + blobs.Uri.AbsolutePath;

    public BlobContainerClient Container(string name) => Blobs.GetBlobContainerClient(name);
    public TableClient Table(string name) => Tables.GetTableClient(name);

    /// <summary>Queue messages are base64, as the Functions queue trigger expects by default.</summary>
    public QueueClient Queue(string name) => Queues.GetQueueClient(name);

    /// <summary>
    /// Creates every container, table and (with <see cref="StorageKinds.Queues"/>) queue the product uses that does not
    /// exist yet (idempotent). One listing of each kind first, so that a command on storage already set up makes one round
    /// trip a kind and creates nothing: asking to create what exists costs a round trip and a "409 already exists" each
    /// (twelve of them on every command).
    /// </summary>
    public async Task EnsureCreatedAsync(StorageKinds kinds = StorageKinds.All, CancellationToken cancellationToken = default)
    {
        var created = new List<Task>
        {
            CreateMissingAsync(kinds.HasFlag(StorageKinds.Containers), StorageNames.Containers.All,
                () => blobs.GetBlobContainersAsync(cancellationToken: cancellationToken), c => c.Name, c => Container(c).CreateIfNotExistsAsync(cancellationToken: cancellationToken)),
            CreateMissingAsync(kinds.HasFlag(StorageKinds.Tables), StorageNames.Tables.All,
                () => tables.QueryAsync(cancellationToken: cancellationToken), t => t.Name, t => Tables.CreateTableIfNotExistsAsync(t, cancellationToken)),
            CreateMissingAsync(kinds.HasFlag(StorageKinds.Queues), StorageNames.Queues.All,
                () => Queues.GetQueuesAsync(cancellationToken: cancellationToken), q => q.Name, q => Queue(q).CreateIfNotExistsAsync(cancellationToken: cancellationToken)),
        };
        await Task.WhenAll(created);
    }

    private static async Task CreateMissingAsync<T>(bool wanted, IReadOnlyList<string> names, Func<IAsyncEnumerable<T>> existing, Func<T, string> nameOf, Func<string, Task> create)
    {
        if (!wanted) return;
        var there = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var item in existing()) there.Add(nameOf(item));
        await Task.WhenAll(names.Where(n => !there.Contains(n)).Select(create));
    }
}
