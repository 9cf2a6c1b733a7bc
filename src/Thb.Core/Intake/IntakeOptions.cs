using Microsoft.Extensions.Configuration;

namespace Thb.Intake;

/// <summary>The intake's limits, bound from configuration.</summary>
public sealed class IntakeOptions
{
    public const string MaxUploadSetting = "THB_MAX_UPLOAD_MB";

    public const int DefaultMaxUploadMegabytes = 20;

    /// <summary>Uploads above this many MB are rejected without being read (setting THB_MAX_UPLOAD_MB; unset or empty: 20).</summary>
    [ConfigurationKeyName(MaxUploadSetting)]
    public int? MaxUploadMegabytes { get; set; }

    public long MaxUploadBytes => (MaxUploadMegabytes ?? DefaultMaxUploadMegabytes) * 1024L * 1024;

    public const string ReprocessAfterSetting = "THB_REPROCESS_AFTER_SECONDS";

    public const int DefaultReprocessAfterSeconds = 120;

    /// <summary>
    /// Attempts an upload gets before its verdict is `failed`: the blob trigger's poisonBlobThreshold in host.json,
    /// which the sweep applies too where no runtime counts (thb serve, thb reprocess).
    /// </summary>
    public const int MaxAttempts = 5;

    /// <summary>
    /// An upload with no verdict this long after it was stored, or after its last attempt began, is stuck and the sweep
    /// processes it again (setting THB_REPROCESS_AFTER_SECONDS; unset or empty: 120).
    /// </summary>
    [ConfigurationKeyName(ReprocessAfterSetting)]
    public int? ReprocessAfterSeconds { get; set; }

    public TimeSpan ReprocessAfter => TimeSpan.FromSeconds(ReprocessAfterSeconds ?? DefaultReprocessAfterSeconds);
}
