using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Thb.Intake;
using Thb.Storage;

namespace Thb.Functions.Intake;

/// <summary>
/// Fires for every upload under returns/ (Event Grid source, as Flex Consumption requires) and hands the blob to the
/// intake service. Bad files are verdicts, not failures: only a transient storage fault escapes, so the host retries.
/// </summary>
public sealed class IntakeFunction(IntakeService intake, ILogger<IntakeFunction> logger)
{
    public const string Name = "Intake";
    public const string BlobPath = StorageNames.Containers.Returns + "/{cycle}/{contributor}/{name}";

    [Function(Name)]
    public async Task RunAsync(
        [BlobTrigger(BlobPath, Source = BlobTriggerSource.EventGrid, Connection = StorageNames.Connection)] BlobClient blob,
        CancellationToken cancellationToken)
    {
        // The service logs the verdict (and any fault) with the upload's cycle, contributor, blob and submission.
        if (await intake.ProcessAsync(blob.Name, cancellationToken) is null)
            logger.LogWarning("Upload {Blob} no longer exists; nothing to process.", blob.Name);
    }
}
