using System.Text.Json;

namespace Thb.Intake;

/// <summary>
/// A message of the blob trigger's poison queue (webjobs-blobtrigger-poison): the runtime writes one when it gives up
/// on a blob, naming its container and blob.
/// </summary>
public sealed record PoisonBlobMessage(string ContainerName, string BlobName)
{
    /// <summary>The queue the Functions blob trigger moves a blob's message to after its last retry.</summary>
    public const string Queue = "webjobs-blobtrigger-poison";

    /// <summary>Reads the runtime's JSON ({"Type":"BlobTrigger","ContainerName":…,"BlobName":…,…}); null when it is not one.</summary>
    public static PoisonBlobMessage? TryParse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            return root.TryGetProperty("ContainerName", out var container) && container.ValueKind == JsonValueKind.String &&
                   root.TryGetProperty("BlobName", out var blob) && blob.ValueKind == JsonValueKind.String
                ? new PoisonBlobMessage(container.GetString()!, blob.GetString()!)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
