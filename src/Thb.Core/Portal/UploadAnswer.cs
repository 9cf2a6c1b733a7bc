using System.Text.Json.Serialization;

namespace Thb.Portal;

/// <summary>What the portal answers to an upload (202): where it was stored, under which name, and what happens next.</summary>
public sealed record UploadAnswer(
    [property: JsonPropertyName("blobName")] string BlobName,
    [property: JsonPropertyName("fileName")] string FileName,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("alreadyReceived")] bool AlreadyReceived);
