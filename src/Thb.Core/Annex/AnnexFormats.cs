namespace Thb.Annex;

public static class AnnexFormats
{
    public static IReadOnlyList<AnnexFormat> All { get; } = [AnnexFormat.Xlsx, AnnexFormat.Csv, AnnexFormat.Json];

    public static string Extension(AnnexFormat format) => format switch
    {
        AnnexFormat.Csv => ".csv",
        AnnexFormat.Json => ".json",
        _ => ".xlsx",
    };

    public static string ContentType(AnnexFormat format) => format switch
    {
        AnnexFormat.Csv => "text/csv; charset=utf-8",
        AnnexFormat.Json => "application/json; charset=utf-8",
        _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>Reads "xlsx", "csv" or "json" (case-insensitive; null or empty is xlsx).</summary>
    public static bool TryParse(string? text, out AnnexFormat format)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "xlsx": format = AnnexFormat.Xlsx; return true;
            case "csv": format = AnnexFormat.Csv; return true;
            case "json": format = AnnexFormat.Json; return true;
            default: format = AnnexFormat.Xlsx; return false;
        }
    }

    /// <summary>The format a file name asks for by its extension (anything but .csv and .json is the workbook).</summary>
    public static AnnexFormat FromFileName(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" => AnnexFormat.Csv,
            ".json" => AnnexFormat.Json,
            _ => AnnexFormat.Xlsx,
        };
}
