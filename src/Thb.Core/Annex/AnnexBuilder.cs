namespace Thb.Annex;

/// <summary>
/// The pure part of compiling: input in, the four files out. The service and `thb bench annex` both call it. The
/// publication pieces (the priority sheet, charts and map added to the written workbook, the Council document) come
/// from Thb.Publication.
/// </summary>
public static class AnnexBuilder
{
    public static AnnexFiles Build(AnnexInput input)
    {
        var analysis = AnnexAnalysis.Compute(input);
        var publication = Thb.Publication.PublicationBuilder.Build(PublicationInputs.From(input, input.Changes?.ToPublication()), AnnexWorkbook.Write(input, analysis),
            view => [PrioritySheet.For(input.Cycle.Id, view)]);
        var map = System.Text.Encoding.UTF8.GetBytes(Thb.Publication.Map.MapSvg.Write(Thb.Publication.Map.MapLayout.Build(publication.Map)));
        return new AnnexFiles(publication.Xlsx, AnnexCsv.Write(input), AnnexJson.Write(input), publication.Docx, map);
    }
}
