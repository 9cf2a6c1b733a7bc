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

    /// <summary>Creates every container, table and queue the product uses (idempotent).</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var container in StorageNames.Containers.All)
            await Container(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        foreach (var table in StorageNames.Tables.All)
            await Tables.CreateTableIfNotExistsAsync(table, cancellationToken);
        foreach (var queue in StorageNames.Queues.All)
            await Queue(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
    }
}
