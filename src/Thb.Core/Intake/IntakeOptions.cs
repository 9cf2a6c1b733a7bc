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
}
