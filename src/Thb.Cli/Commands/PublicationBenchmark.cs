using System.CommandLine;
using System.Globalization;
using Thb.Annex;
using Thb.Cycles;
using Thb.Publication;
using Thb.Publication.Document;
using Thb.Publication.Map;
using Thb.Publication.Priorities;

namespace Thb.Cli.Commands;

/// <summary>
/// `thb bench publication`: the publication pieces of an annex of generated rows (default 32 contributors × 500 rows ×
/// 1,000-character descriptions) timed one by one, on rows held in memory: the priority view, the map (layout and PNG),
/// the workbook's priority sheet, charts and map added to the written workbook, and the Council document (.docx).
/// </summary>
public sealed class PublicationBenchmark : ThbCommand
{
    private readonly BenchAnnexSize.Options _size;

    public PublicationBenchmark(CliContext context)
        : base("publication", "Time of each publication piece (priority view, map, priority and Charts sheets, Council document) of an annex of generated rows.", context) =>
        _size = new BenchAnnexSize.Options(this);

    protected override Task<int> RunAsync(ParseResult args, CancellationToken cancellationToken)
    {
        var size = _size.From(args);
        return CliProgress.RunAsync(Context, "Generating rows…", async progress =>
        {
            progress.Line($"thb bench publication: {size}.");
            var annex = BenchAnnexData.Generate(size.Contributors, size.RowsEach, size.DescriptionChars);
            var input = PublicationInputs.From(annex);
            progress.Status("Writing the workbook…");
            var xlsx = AnnexWorkbook.Write(annex, AnnexAnalysis.Compute(annex));

            async Task<T> Step<T>(string what, Func<T> work, Func<T, string>? describe = null)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress.Status($"Timing {what}…");
                var (result, elapsed) = await BenchClock.TimeAsync(() => Task.FromResult(work()));
                progress.Line($"  {what,-48} {BenchClock.Seconds(elapsed),9}{(describe is null ? "" : "  " + describe(result))}");
                return result;
            }

            await Step("priority view (first: JIT, data loaded)", () => PriorityAnalysis.Compute(input));
            var view = await Step("priority view", () => PriorityAnalysis.Compute(input),
                v => $"{v.Countries.Count.ToString(CultureInfo.InvariantCulture)} countries, {v.Regions.Count.ToString(CultureInfo.InvariantCulture)} regions");
            var picture = await Step("map: layout and PNG", () => MapPicture.Of(ActionMap.From(input, view)), p => BenchClock.Megabytes(p.Png.Length));
            await Step("workbook: priority sheet, Charts and map added",
                () => Thb.Publication.Charts.WorkbookPublication.AddTo(xlsx, input, view, picture, [PrioritySheet.For(CycleId.Parse(input.CycleId), view)]),
                b => $"xlsx {BenchClock.Megabytes(xlsx.Length)} → {BenchClock.Megabytes(b.Length)}");
            await Step("Council document (.docx)", () => CouncilDocument.Write(input, view, picture), d => $"docx {BenchClock.Megabytes(d.Length)}");
            progress.Line($"peak working set {BenchClock.Megabytes(BenchClock.PeakWorkingSetBytes())} (whole process, generated input included).");
            return ExitCodes.Ok;
        });
    }
}
