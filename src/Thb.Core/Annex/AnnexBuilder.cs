namespace Thb.Annex;

/// <summary>The pure part of compiling: input in, the three files out. The service and `thb bench annex` both call it.</summary>
public static class AnnexBuilder
{
    public static AnnexFiles Build(AnnexInput input)
    {
        var analysis = AnnexAnalysis.Compute(input);
        return new AnnexFiles(AnnexWorkbook.Write(input, analysis), AnnexCsv.Write(input), AnnexJson.Write(input));
    }
}
