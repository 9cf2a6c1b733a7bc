using Thb.Publication;
using Thb.Publication.Document;

namespace Thb.Annex;

/// <summary>
/// The pure part of compiling: input in, the five files out. The service and `thb bench annex` both call it. The
/// publication pieces (the priority sheet, charts and map added to the written workbook, the Council document) come
/// from Thb.Publication. Each file is written as a stream into <see cref="AnnexFiles"/>, so none is ever held whole
/// unless the files are in memory; the files are written at once (the input is only read), the CSV first done.
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

    public static void Build(AnnexInput input, AnnexFiles files) => BuildAsync(input, files, _ => Task.CompletedTask).GetAwaiter().GetResult();

    /// <summary>
    /// Writes the five files, several at once; <paramref name="written"/> is called for each file as soon as it is
    /// whole: the CSV's first (plain text, whole long before the others; awaited before any other is announced), then
    /// the others as they finish.
    /// </summary>
    /// <remarks>
    /// Each writer has a thread of its own (<see cref="OnOwnThread"/>), not one of the pool's: writers keep a core busy
    /// for up to a second, and on the pool they left the uploads' I/O continuations waiting for a thread until every
    /// file was written (measured: the CSV's upload, begun first, ended with the last file), so nothing went up while
    /// anything was being written.
    /// </remarks>
    public static async Task BuildAsync(AnnexInput input, AnnexFiles files, Func<AnnexFormat, Task> written)
    {
        foreach (var section in input.Sections) _ = section.Subsections; // grouped once, before readers share the sections
        var writing = new List<(Task Task, AnnexFormat Format)>();
        try
        {
            var csv = OnOwnThread(() => Write(files, AnnexFormat.Csv, s => AnnexCsv.Write(input, s)));
            writing.Add((csv, AnnexFormat.Csv));
            writing.Add((OnOwnThread(() => Write(files, AnnexFormat.Json, s => AnnexJson.Write(input, s))), AnnexFormat.Json));
            var publicationInput = PublicationInputs.From(input, input.Changes?.ToPublication());
            var prepared = OnOwnThread(() => PublicationBuilder.Prepare(publicationInput));
            // The Council document, the longest to write, starts at once: it waits for the view and map only at its priority section.
            writing.Add((OnOwnThread(() => Write(files, AnnexFormat.Docx, s => CouncilDocument.Write(publicationInput, withMap: true, () =>
            {
                var publication = prepared.GetAwaiter().GetResult();
                return (publication.View, publication.Picture);
            }, s))), AnnexFormat.Docx));
            writing.Add((OnOwnThread(() => WriteWorkbook(input, publicationInput, prepared, files)), AnnexFormat.Xlsx));
            writing.Add((OnOwnThread(() => Write(files, AnnexFormat.Svg, s => WriteSvg(prepared.GetAwaiter().GetResult(), s))), AnnexFormat.Svg));
            await csv;
            await written(AnnexFormat.Csv);
            await Task.WhenAll(writing.Where(f => f.Format != AnnexFormat.Csv).Select(async f =>
            {
                await f.Task;
                await written(f.Format);
            }));
        }
        catch
        {
            // Nothing goes on writing into files the caller is about to delete.
            await Task.WhenAll(writing.Select(f => f.Task)).ContinueWith(_ => { }, TaskScheduler.Default);
            throw;
        }
    }

    private static Task OnOwnThread(Action write) =>
        Task.Factory.StartNew(write, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static Task<T> OnOwnThread<T>(Func<T> make) =>
        Task.Factory.StartNew(make, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The workbook's sheets, then (once the view and map are made) its priority sheet and Charts sheet added to it.</summary>
    private static void WriteWorkbook(AnnexInput input, PublicationInput publicationInput, Task<PublicationFiles> prepared, AnnexFiles files)
    {
        var analysis = AnnexAnalysis.Compute(input);
        using var xlsx = files.Create(AnnexFormat.Xlsx);
        AnnexWorkbook.Write(input, analysis, xlsx);
        PublicationBuilder.AddCharts(publicationInput, prepared.GetAwaiter().GetResult(), xlsx, view => [PrioritySheet.For(input.Cycle.Id, view)]);
    }

    private static void WriteSvg(PublicationFiles publication, Stream stream)
    {
        using var text = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
        text.Write(Thb.Publication.Map.MapSvg.Write(Thb.Publication.Map.MapLayout.Build(publication.Map)));
    }

    private static void Write(AnnexFiles files, AnnexFormat format, Action<Stream> write)
    {
        using var stream = files.Create(format);
        write(stream);
    }
}
