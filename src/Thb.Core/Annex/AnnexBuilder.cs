namespace Thb.Annex;

/// <summary>
/// The pure part of compiling: input in, the five files out. The service and `thb bench annex` both call it. The
/// publication pieces (the priority sheet, charts and map added to the written workbook, the Council document) come
/// from Thb.Publication. Each file is written as a stream into <see cref="AnnexFiles"/>, so none is ever held whole
/// unless the files are in memory.
/// </summary>
public static class AnnexBuilder
{
    /// <summary>The files in memory (tests, small annexes).</summary>
    public static AnnexFiles Build(AnnexInput input)
    {
        var files = AnnexFiles.InMemory();
        Build(input, files);
        return files;
    }

    public static void Build(AnnexInput input, AnnexFiles files)
    {
        var analysis = AnnexAnalysis.Compute(input);
        Thb.Publication.PublicationFiles publication;
        using (var xlsx = files.Create(AnnexFormat.Xlsx))
        using (var docx = files.Create(AnnexFormat.Docx))
        {
            AnnexWorkbook.Write(input, analysis, xlsx);
            publication = Thb.Publication.PublicationBuilder.Build(PublicationInputs.From(input, input.Changes?.ToPublication()), xlsx, docx,
                view => [PrioritySheet.For(input.Cycle.Id, view)]);
        }
        using (var svg = files.Create(AnnexFormat.Svg))
        using (var text = new StreamWriter(svg, new System.Text.UTF8Encoding(false)))
            text.Write(Thb.Publication.Map.MapSvg.Write(Thb.Publication.Map.MapLayout.Build(publication.Map)));
        using (var csv = files.Create(AnnexFormat.Csv)) AnnexCsv.Write(input, csv);
        using (var json = files.Create(AnnexFormat.Json)) AnnexJson.Write(input, json);
    }
}
