using Thb.Json;

namespace Thb.Annex;

public static class AnnexFormats
{
    public static IReadOnlyList<AnnexFormat> All { get; } = [AnnexFormat.Xlsx, AnnexFormat.Csv, AnnexFormat.Json, AnnexFormat.Docx, AnnexFormat.Svg];

    /// <summary>".xlsx", ".csv", ".json", ".docx" or ".svg": the format's name.</summary>
    public static string Extension(AnnexFormat format) => "." + KebabCase.Of(format);

    public static string ContentType(AnnexFormat format) => format switch
    {
        AnnexFormat.Csv => "text/csv; charset=utf-8",
        AnnexFormat.Json => "application/json; charset=utf-8",
        AnnexFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        AnnexFormat.Svg => "image/svg+xml; charset=utf-8",
        _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>Reads "xlsx", "csv", "json", "docx" or "svg" (case-insensitive; null or empty is xlsx).</summary>
    public static bool TryParse(string? text, out AnnexFormat format)
    {
        format = AnnexFormat.Xlsx;
        return string.IsNullOrWhiteSpace(text) || KebabCase.TryParse(text, out format);
    }

    /// <summary>The format a file name asks for by its extension (anything but .csv, .json and .docx is the workbook).</summary>
    public static AnnexFormat FromFileName(string fileName) =>
        KebabCase.TryParse<AnnexFormat>(Path.GetExtension(fileName).TrimStart('.'), out var format) ? format : AnnexFormat.Xlsx;
}
