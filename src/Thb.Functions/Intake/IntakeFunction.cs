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
        var result = await intake.ProcessAsync(blob.Name, cancellationToken);
        if (result is null)
        {
            logger.LogWarning("Upload {Blob} no longer exists; nothing to process.", blob.Name);
            return;
        }
        var s = result.Submission;
        logger.LogInformation("Upload {Blob}: {Status}, {Rows} rows, {Errors} errors, {Warnings} warnings, submission {Submission}{Replay}{Current}.",
            blob.Name, s.Status, s.Rows, s.Errors, s.Warnings, s.Id, result.Replayed ? " (replay)" : "", result.IsCurrent ? ", current" : "");
    }
}
