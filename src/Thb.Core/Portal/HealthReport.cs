using System.Text.Json.Serialization;

namespace Thb.Portal;

/// <summary>The health answer: "healthy" or "unhealthy", and what each storage service said ("ok" or why not).</summary>
public sealed record HealthReport(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("blob")] string Blob,
    [property: JsonPropertyName("table")] string Table)
{
    [JsonIgnore]
    public bool Healthy => Blob == HealthCheck.Ok && Table == HealthCheck.Ok;
}
