using Microsoft.Extensions.Configuration;

namespace Thb.Annex;

/// <summary>How the timer compiles the annex, bound from configuration.</summary>
public sealed class AnnexOptions
{
    public const string ApprovedOnlySetting = "THB_ANNEX_APPROVED_ONLY";

    /// <summary>Compile only the returns the Presidency approved (setting THB_ANNEX_APPROVED_ONLY, true/false; unset: false, every accepted return).</summary>
    [ConfigurationKeyName(ApprovedOnlySetting)]
    public bool ApprovedOnly { get; set; }
}
