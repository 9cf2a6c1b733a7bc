using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Thb.Storage;

/// <summary>
/// The storage account the product keeps its data in: blob containers, tables and queues, over the service clients
/// <see cref="StorageServiceCollectionExtensions.AddThbStorage"/> registers (a connection string locally, service URIs
/// and a managed identity in Azure, no keys).
/// </summary>
public sealed class ThbStorage(BlobServiceClient blobs, TableServiceClient tables, QueueServiceClient queues)
{
    public BlobServiceClient Blobs => blobs;
    public TableServiceClient Tables => tables;
    public QueueServiceClient Queues => queues;

    /// <summary>Where the data lives, without secrets (for logs and the CLI).</summary>
    public string Description => blobs.Uri.GetLeftPart(UriPartial.Authority) + blobs.Uri.AbsolutePath;

    public BlobContainerClient Container(string name) => Blobs.GetBlobContainerClient(name);
    public TableClient Table(string name) => Tables.GetTableClient(name);

    /// <summary>Queue messages are base64, as the Functions queue trigger expects by default.</summary>
    public QueueClient Queue(string name) => Queues.GetQueueClient(name);

    /// <summary>
    /// Creates every container, table and queue the product uses that does not exist yet (idempotent). Three listings
    /// first, so that a command on storage already set up makes three round trips and creates nothing: asking to
    /// create what exists costs a round trip and a "409 already exists" each (twelve of them on every command).
    /// </summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        var containers = ExistingAsync(blobs.GetBlobContainersAsync(cancellationToken: cancellationToken), c => c.Name);
        var tableNames = ExistingAsync(tables.QueryAsync(cancellationToken: cancellationToken), t => t.Name);
        var queueNames = ExistingAsync(queues.GetQueuesAsync(cancellationToken: cancellationToken), q => q.Name);
        await Task.WhenAll(containers, tableNames, queueNames);
        await Task.WhenAll(
            StorageNames.Containers.All.Where(c => !containers.Result.Contains(c)).Select(c => (Task)Container(c).CreateIfNotExistsAsync(cancellationToken: cancellationToken))
                .Concat(StorageNames.Tables.All.Where(t => !tableNames.Result.Contains(t)).Select(t => (Task)Tables.CreateTableIfNotExistsAsync(t, cancellationToken)))
                .Concat(StorageNames.Queues.All.Where(q => !queueNames.Result.Contains(q)).Select(q => (Task)Queue(q).CreateIfNotExistsAsync(cancellationToken: cancellationToken))));
    }

    private static async Task<HashSet<string>> ExistingAsync<T>(IAsyncEnumerable<T> items, Func<T, string> name)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var item in items) names.Add(name(item));
        return names;
    }
}
