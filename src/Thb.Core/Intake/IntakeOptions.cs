using Microsoft.Extensions.Configuration;

namespace Thb.Intake;

/// <summary>The intake's limits, bound from configuration.</summary>
public sealed class IntakeOptions
{
    public const string MaxUploadSetting = "THB_MAX_UPLOAD_MB";

    /// <summary>Uploads above this many MB are rejected without being read (setting THB_MAX_UPLOAD_MB, default 20).</summary>
    [ConfigurationKeyName(MaxUploadSetting)]
    public int MaxUploadMegabytes { get; set; } = 20;

    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024;
}
