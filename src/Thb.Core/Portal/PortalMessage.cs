using System.Text.Json.Serialization;

namespace Thb.Portal;

/// <summary>What an answer other than a page or a file says: what happened and what to do ({"message": "…"}).</summary>
public sealed record PortalMessage([property: JsonPropertyName("message")] string Message);
