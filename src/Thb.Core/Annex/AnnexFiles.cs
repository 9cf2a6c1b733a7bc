namespace Thb.Annex;

/// <summary>The compiled files of one version, in memory until they are stored.</summary>
public sealed record AnnexFiles(byte[] Xlsx, byte[] Csv, byte[] Json, byte[] Docx, byte[] Svg)
{
    public byte[] Get(AnnexFormat format) => format switch
    {
        AnnexFormat.Csv => Csv,
        AnnexFormat.Json => Json,
        AnnexFormat.Docx => Docx,
        AnnexFormat.Svg => Svg,
        _ => Xlsx,
    };
}
