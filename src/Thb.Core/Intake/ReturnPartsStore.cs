using System.Text.Json;
using Azure;
using Thb.Intake.Returns;
using Thb.Storage;

namespace Thb.Intake;

/// <summary>
/// A submission's additional tables and narrative, whole, as one JSON blob in container "rowdata"
/// ({cycle}/{contributor}/{submission}/parts.json: { "tables": [...], "narrative": [...] }, the check's shapes):
/// prose of 200,000 characters or a table of thousands of cells does not fit a table entity, and is read as a whole.
/// Written with the rows, before the submission that refers to it.
/// </summary>
public sealed class ReturnPartsStore(ThbStorage storage)
{
    public static string BlobName(Submission submission) => $"{submission.CycleId}/{submission.ContributorId}/{submission.Id}/parts.json";

    public async Task WriteAsync(Submission submission, IReadOnlyList<AdditionalTable> tables, IReadOnlyList<Narrative> narrative, CancellationToken cancellationToken = default)
    {
        if (tables.Count == 0 && narrative.Count == 0) return;
        var json = JsonSerializer.SerializeToUtf8Bytes(new StoredParts(tables, narrative), ReturnJson.Compact);
        await storage.Container(StorageNames.Containers.RowData).GetBlobClient(BlobName(submission)).UploadAsync(new BinaryData(json), overwrite: true, cancellationToken);
    }

    /// <summary>The submission's parts; none when it recorded none (nothing is read then).</summary>
    public async Task<StoredParts> ReadAsync(Submission submission, CancellationToken cancellationToken = default)
    {
        if (submission.Tables == 0 && submission.Paragraphs == 0) return StoredParts.None;
        try
        {
            var content = await storage.Container(StorageNames.Containers.RowData).GetBlobClient(BlobName(submission)).DownloadContentAsync(cancellationToken);
            return JsonSerializer.Deserialize<StoredParts>(content.Value.Content.ToMemory().Span, ReturnJson.Options) ?? StoredParts.None;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return StoredParts.None;
        }
    }
}
