namespace Thb.Annex;

/// <summary>The files compiled for one annex version: the workbook and its two machine-readable exports.</summary>
public enum AnnexFormat
{
    Xlsx,
    Csv,
    Json,
}
