namespace Thb.Cli;

/// <summary>Turns a failure talking to storage into a <see cref="CliFault"/> naming the endpoint and what to check.</summary>
public static class StorageFaults
{
    public const string Check = "check THB_STORAGE or --storage";

    public static async Task GuardAsync(CommandServices services, Func<Task> step, CancellationToken cancellationToken) =>
        await GuardAsync(services, async () =>
        {
            await step();
            return 0;
        }, cancellationToken);

    public static async Task<T> GuardAsync<T>(CommandServices services, Func<Task<T>> step, CancellationToken cancellationToken)
    {
        try
        {
            return await step();
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && Describe(e, services) is { } line)
        {
            throw new CliFault(line, e);
        }
    }

    public static string? Describe(Exception exception, CommandServices services) =>
        FaultDescription.Network(exception, $"storage at {services.Storage.Description}", Check, services.StorageClient.Timeout,
            Thb.Storage.StorageClientOptions.TimeoutSetting);
}
