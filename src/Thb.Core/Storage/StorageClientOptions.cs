using Microsoft.Extensions.Configuration;

namespace Thb.Storage;

/// <summary>
/// How long the storage clients wait for an answer and how often they try again. Unset, the Azure SDK's defaults hold
/// (the Functions keep them: 100 s a try, 3 retries); the CLI bounds both, so that a command against storage that
/// is down or does not answer says so within seconds.
/// </summary>
public sealed class StorageClientOptions
{
    public const string TimeoutSetting = "THB_STORAGE_TIMEOUT_SECONDS";
    public const string RetriesSetting = "THB_STORAGE_RETRIES";

    /// <summary>Seconds to wait for one try's answer (setting THB_STORAGE_TIMEOUT_SECONDS).</summary>
    [ConfigurationKeyName(TimeoutSetting)]
    public double? TimeoutSeconds { get; set; }

    /// <summary>Tries after the first (setting THB_STORAGE_RETRIES).</summary>
    [ConfigurationKeyName(RetriesSetting)]
    public int? MaxRetries { get; set; }

    public TimeSpan? Timeout => TimeoutSeconds is { } s && s > 0 ? TimeSpan.FromSeconds(s) : null;

    /// <summary>Applies the bounds that are set to a client's options.</summary>
    public void ApplyTo(Azure.Core.ClientOptions options)
    {
        if (Timeout is { } timeout) options.Retry.NetworkTimeout = timeout;
        if (MaxRetries is { } retries && retries >= 0)
        {
            options.Retry.MaxRetries = retries;
            options.Retry.Delay = TimeSpan.FromMilliseconds(200); // a retry that is bounded is also quick
        }
    }
}
