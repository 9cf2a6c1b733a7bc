using Azure.Storage.Queues;
using Thb.Cli;
using Thb.Local;
using Thb.Storage;

namespace Thb.IntegrationTests.Storage;

/// <summary>
/// What <see cref="ThbStorage.EnsureCreatedAsync"/> makes on an empty account (an Azurite of this test's own): the kinds
/// asked for and no others, again without error, and the queue client made only once something asks for it.
/// </summary>
public sealed class EnsureCreatedTests
{
    [Fact]
    public async Task Containers_and_tables_are_made_without_the_queues_and_all_adds_the_queues()
    {
        await using var azurite = await LocalAzurite.StartInMemoryAsync();
        await using var services = CommandServices.Create(azurite.ConnectionString, _ => null, Directory.GetCurrentDirectory());
        var storage = services.Storage;

        await storage.EnsureCreatedAsync(StorageKinds.ContainersAndTables);

        Assert.Equal(StorageNames.Containers.All.Order(), await ContainersAsync(storage));
        Assert.Equal(StorageNames.Tables.All.Order(), await TablesAsync(storage));
        Assert.Empty(await QueuesAsync(storage));

        await storage.EnsureCreatedAsync();
        await storage.EnsureCreatedAsync();

        Assert.Equal(StorageNames.Containers.All.Order(), await ContainersAsync(storage));
        Assert.Equal(StorageNames.Tables.All.Order(), await TablesAsync(storage));
        Assert.Equal(StorageNames.Queues.All.Order(), await QueuesAsync(storage));
    }

    [Fact]
    public async Task The_queue_client_made_on_first_use_sends_base64_messages_as_the_queue_trigger_reads_them()
    {
        await using var services = await TestStorage.ServicesAsync();
        var name = $"t{Guid.NewGuid():N}";
        var queue = services.Storage.Queue(name);
        await queue.CreateAsync();

        await queue.SendMessageAsync("{\"cycle\":\"2012-2\"}");

        Assert.Same(services.Storage.Queues, services.Storage.Queues);
        var raw = new QueueClient(await TestStorage.ConnectionStringAsync(), name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        var message = (await raw.ReceiveMessageAsync()).Value;
        Assert.Equal(Convert.ToBase64String("{\"cycle\":\"2012-2\"}"u8), message.MessageText);
        await queue.DeleteAsync();
    }

    private static async Task<List<string>> ContainersAsync(ThbStorage storage)
    {
        var names = new List<string>();
        await foreach (var c in storage.Blobs.GetBlobContainersAsync()) names.Add(c.Name);
        return [.. names.Order()];
    }

    private static async Task<List<string>> TablesAsync(ThbStorage storage)
    {
        var names = new List<string>();
        await foreach (var t in storage.Tables.QueryAsync()) names.Add(t.Name);
        return [.. names.Order()];
    }

    private static async Task<List<string>> QueuesAsync(ThbStorage storage)
    {
        var names = new List<string>();
        await foreach (var q in storage.Queues.GetQueuesAsync()) names.Add(q.Name);
        return [.. names.Order()];
    }
}
