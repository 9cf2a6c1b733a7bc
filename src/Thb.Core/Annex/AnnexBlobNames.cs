using System.Globalization;
using Thb.Cycles;

namespace Thb.Annex;

/// <summary>Where one annex version's files live in the annex container.</summary>
public static class AnnexBlobNames
{
    private const string StampFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>"annex-{cycle}-{yyyyMMddTHHmmssZ}", with "-2", "-3"… when a second version is compiled within the same second.</summary>
    public static string Stem(CycleId cycleId, DateTimeOffset compiledAt, int attempt = 1) =>
        $"annex-{cycleId}-{compiledAt.UtcDateTime.ToString(StampFormat, CultureInfo.InvariantCulture)}{(attempt > 1 ? $"-{attempt}" : "")}";

    public static string Versioned(CycleId cycleId, string stem, AnnexFormat format) => $"{cycleId}/{stem}{AnnexFormats.Extension(format)}";

    /// <summary>The stable name that always holds the latest version: {cycle}/latest.xlsx, .csv, .json, .docx.</summary>
    public static string Latest(CycleId cycleId, AnnexFormat format) => $"{cycleId}/latest{AnnexFormats.Extension(format)}";
}
