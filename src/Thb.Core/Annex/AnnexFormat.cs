namespace Thb.Annex;

/// <summary>The files compiled for one annex version: the workbook, its two machine-readable exports, and the Council document.</summary>
public enum AnnexFormat
{
    Xlsx,
    Csv,
    Json,
    Docx,
}
