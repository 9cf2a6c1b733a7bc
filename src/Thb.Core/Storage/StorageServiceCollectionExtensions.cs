using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Azure.Data.Tables;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Thb.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The storage account's Blob, Table and Queue service clients through Microsoft.Extensions.Azure (queue messages
    /// base64, as the Functions queue trigger expects), from the "ThbStorage" connection (see <see cref="StorageConnection"/>),
    /// and <see cref="ThbStorage"/> over them. Without a connection the app still starts; the first use says what to set.
    /// Time-outs and retries follow <see cref="StorageClientOptions"/> (unset: the SDK's defaults).
    /// </summary>
    public static IServiceCollection AddThbStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageClientOptions>().Bind(configuration);
        var connection = StorageConnection.From(configuration);
        services.AddAzureClients(clients =>
        {
            clients.ConfigureDefaults((options, provider) => provider.GetRequiredService<IOptions<StorageClientOptions>>().Value.ApplyTo(options));
            if (connection is null)
            {
                clients.AddClient<BlobServiceClient, BlobClientOptions>(_ => throw new InvalidOperationException(StorageConnection.Missing()));
                clients.AddClient<TableServiceClient, TableClientOptions>(_ => throw new InvalidOperationException(StorageConnection.Missing()));
                clients.AddClient<QueueServiceClient, QueueClientOptions>(_ => throw new InvalidOperationException(StorageConnection.Missing()));
                return;
            }
            // A connection string builds each client directly: the configuration path finds a constructor by reflection
            // and binds the client's options from configuration, some 10 ms of a short-lived command's start.
            if (connection.ConnectionString is { } text)
            {
                clients.AddClient<BlobServiceClient, BlobClientOptions>(options => new BlobServiceClient(text, options));
                clients.AddClient<TableServiceClient, TableClientOptions>(options => new TableServiceClient(text, options));
                clients.AddClient<QueueServiceClient, QueueClientOptions>(options => new QueueServiceClient(text, options)).ConfigureOptions(o => o.MessageEncoding = QueueMessageEncoding.Base64);
                return;
            }
            clients.AddBlobServiceClient(connection.Blobs);
            clients.AddTableServiceClient(connection.Tables);
            clients.AddQueueServiceClient(connection.Queues).ConfigureOptions(o => o.MessageEncoding = QueueMessageEncoding.Base64);
        });
        services.TryAddSingleton<ThbStorage>();
        return services;
    }
}
