using System.Diagnostics;
using Thb.Annex;
using Thb.Publication;
using Thb.Publication.Charts;
using Thb.Publication.Document;
using Thb.Publication.Map;
using Thb.Publication.Priorities;

namespace Thb.Cli.Commands;

/// <summary>`thb bench annex --phases`: the pure build step by step (each file written to a temporary file, as the service does), each step's time and the working set after it.</summary>
public static class AnnexPhases
{
    public static void Run(AnnexInput input, Action<string> line)
    {
        var total = Stopwatch.StartNew();
        T Step<T>(string name, Func<T> step)
        {
            var watch = Stopwatch.StartNew();
            var result = step();
            line($"  {name,-42} {BenchClock.Seconds(watch.Elapsed),8}   working set {BenchClock.Megabytes(Environment.WorkingSet)}");
            return result;
        }

        using var files = AnnexFiles.InTemporaryFolder();
        var analysis = Step("analysis", () => AnnexAnalysis.Compute(input));
        using var xlsx = files.Create(AnnexFormat.Xlsx);
        Step("workbook (six sheets)", () => { AnnexWorkbook.Write(input, analysis, xlsx); return 0; });
        var publication = Step("publication input", () => PublicationInputs.From(input));
        var view = Step("priority view", () => PriorityAnalysis.Compute(publication));
        var map = Step("map (layout + PNG)", () => MapPicture.Of(ActionMap.From(publication, view)));
        Step("priority sheet + Charts added to workbook", () => { WorkbookPublication.AddTo(xlsx, publication, view, map, [PrioritySheet.For(input.Cycle.Id, view)]); return 0; });
        Step("Council document (docx)", () => { using var docx = files.Create(AnnexFormat.Docx); CouncilDocument.Write(publication, view, map, docx); return 0; });
        Step("CSV", () => { using var csv = files.Create(AnnexFormat.Csv); AnnexCsv.Write(input, csv); return 0; });
        Step("JSON", () => { using var json = files.Create(AnnexFormat.Json); AnnexJson.Write(input, json); return 0; });
        line($"  {"total",-42} {BenchClock.Seconds(total.Elapsed),8}   peak working set {BenchClock.Megabytes(BenchClock.PeakWorkingSetBytes())}");
    }
}
