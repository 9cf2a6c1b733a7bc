using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Thb.Intake;

namespace Thb.Annex;

/// <summary>The files compiled for one annex version: the workbook, its two machine-readable exports, and the Council document.</summary>
public enum AnnexFormat
{
    Xlsx,
    Csv,
    Json,
    Docx,
}

public static class AnnexFormats
{
    public static IReadOnlyList<AnnexFormat> All { get; } = [AnnexFormat.Xlsx, AnnexFormat.Csv, AnnexFormat.Json, AnnexFormat.Docx];

    public static string Extension(AnnexFormat format) => format switch
    {
        AnnexFormat.Csv => ".csv",
        AnnexFormat.Json => ".json",
        AnnexFormat.Docx => ".docx",
        _ => ".xlsx",
    };

    public static string ContentType(AnnexFormat format) => format switch
    {
        AnnexFormat.Csv => "text/csv; charset=utf-8",
        AnnexFormat.Json => "application/json; charset=utf-8",
        AnnexFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>Reads "xlsx", "csv", "json" or "docx" (case-insensitive; null or empty is xlsx).</summary>
    public static bool TryParse(string? text, out AnnexFormat format)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "xlsx": format = AnnexFormat.Xlsx; return true;
            case "csv": format = AnnexFormat.Csv; return true;
            case "json": format = AnnexFormat.Json; return true;
            case "docx": format = AnnexFormat.Docx; return true;
            default: format = AnnexFormat.Xlsx; return false;
        }
    }

    /// <summary>The format a file name asks for by its extension (anything but .csv, .json and .docx is the workbook).</summary>
    public static AnnexFormat FromFileName(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" => AnnexFormat.Csv,
            ".json" => AnnexFormat.Json,
            ".docx" => AnnexFormat.Docx,
            _ => AnnexFormat.Xlsx,
        };
}

/// <summary>
/// What an annex was compiled from: a SHA-256 over every contributor's current submission id (contributors without one
/// included, so a first submission changes it) and the layout version (so a new layout recompiles once).
/// </summary>
public readonly record struct AnnexFingerprint(string Value)
{
    /// <summary>Bump when the compiled files change shape, so every open cycle is compiled again with the new layout.</summary>
    public const string LayoutVersion = "thb-annex/2";

    public static AnnexFingerprint Of(IEnumerable<ContributorStatus> statuses)
    {
        var lines = statuses.Select(s => $"{s.Contributor.Id}\t{s.Current?.Id ?? "-"}").Order(StringComparer.Ordinal);
        var text = LayoutVersion + "\n" + string.Join("\n", lines);
        return new AnnexFingerprint(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
    }

    public override string ToString() => Value;
}

/// <summary>Where one annex version's files live in the annex container.</summary>
public static class AnnexBlobNames
{
    private const string StampFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>"annex-{cycle}-{yyyyMMddTHHmmssZ}", with "-2", "-3"… when a second version is compiled within the same second.</summary>
    public static string Stem(string cycleId, DateTimeOffset compiledAt, int attempt = 1) =>
        $"annex-{cycleId}-{compiledAt.UtcDateTime.ToString(StampFormat, CultureInfo.InvariantCulture)}{(attempt > 1 ? $"-{attempt}" : "")}";

    public static string Versioned(string cycleId, string stem, AnnexFormat format) => $"{cycleId}/{stem}{AnnexFormats.Extension(format)}";

    /// <summary>The stable name that always holds the latest version: {cycle}/latest.xlsx, .csv, .json, .docx.</summary>
    public static string Latest(string cycleId, AnnexFormat format) => $"{cycleId}/latest{AnnexFormats.Extension(format)}";
}

/// <summary>One compiled annex, as recorded in table annexversions (partition = cycle).</summary>
public sealed record AnnexVersion(
    string CycleId,
    string Stem,
    AnnexFingerprint Fingerprint,
    DateTimeOffset CompiledAt,
    int Contributors,
    int ContributorsWithReturn,
    int Rows,
    bool Forced,
    IReadOnlyList<string> Submissions)
{
    public string BlobName(AnnexFormat format) => AnnexBlobNames.Versioned(CycleId, Stem, format);

    public string FileName(AnnexFormat format) => Stem + AnnexFormats.Extension(format);
}

/// <summary>What a compile request came to: a new version, or the existing one because nothing changed.</summary>
public sealed record AnnexOutcome(string CycleId, AnnexVersion Version, bool Compiled);
