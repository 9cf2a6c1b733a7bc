using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Thb.Intake;
using Thb.Storage;

namespace Thb.Functions.Intake;

/// <summary>
/// After the blob trigger's last retry (poisonBlobThreshold in host.json) the runtime parks the blob's message in
/// webjobs-blobtrigger-poison; this records the upload's `failed` verdict, which its delegation and the Presidency
/// see. The upload itself is kept; `thb reprocess --cycle C` tries it again once the cause is fixed.
/// </summary>
public sealed class IntakePoisonFunction(UploadSweep sweep, ILogger<IntakePoisonFunction> logger)
{
    public const string Name = "IntakePoison";

    [Function(Name)]
    public async Task RunAsync([QueueTrigger(PoisonBlobMessage.Queue, Connection = StorageNames.Connection)] string message, CancellationToken cancellationToken)
    {
        if (PoisonBlobMessage.TryParse(message) is not { } poison)
        {
            logger.LogWarning("Ignored a message on {Queue} that names no blob: {Message}", PoisonBlobMessage.Queue, message.Length > 200 ? message[..200] : message);
            return;
        }
        var failed = await sweep.RecordPoisonAsync(poison, cancellationToken);
        if (failed is null) logger.LogInformation("Poison message for {Container}/{Blob}: not an upload without a verdict; nothing to record.", poison.ContainerName, poison.BlobName);
    }
}
