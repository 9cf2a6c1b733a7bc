namespace Thb.Annex;

/// <summary>The files compiled for one annex version: the workbook, its two machine-readable exports, the Council document, and the world map (SVG, for the Presidency's page).</summary>
public enum AnnexFormat
{
    Xlsx,
    Csv,
    Json,
    Docx,
    Svg,
}
