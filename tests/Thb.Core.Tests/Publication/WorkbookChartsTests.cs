using System.IO.Compression;
using System.Xml.Linq;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Thb.Annex;
using Thb.Publication;
using Thb.Publication.Charts;
using Thb.Publication.Map;
using Thb.Publication.Priorities;

namespace Thb.Tests.Publication;

public class WorkbookChartsTests
{
    private static readonly XNamespace C = ChartXml.ChartNs;

    internal static byte[] Decorated(out PriorityView view)
    {
        var annex = PublicationSamples.AnnexInput;
        var input = PublicationSamples.Input;
        view = PriorityAnalysis.Compute(input);
        var xlsx = AnnexWorkbook.Write(annex, AnnexAnalysis.Compute(annex));
        return WorkbookPublication.AddTo(xlsx, input, view, MapPicture.Of(ActionMap.From(input, view), scale: 1));
    }

    [Fact]
    public void The_charts_are_valid_chart_parts_whose_series_reference_the_sheet_with_cached_values()
    {
        var xlsx = Decorated(out var view);
        if (Environment.GetEnvironmentVariable("THB_PUBLICATION_OUT") is { Length: > 0 } folder) File.WriteAllBytes(Path.Combine(folder, "annex.xlsx"), xlsx);

        using (var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
        {
            var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Last();
            Assert.Equal(ChartsSheet.DefaultName, sheet.Name!.Value);
            var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!.Value!);
            Assert.Equal(3, part.DrawingsPart!.ChartParts.Count());
            Assert.Single(part.DrawingsPart.ImageParts);
            var errors = new OpenXmlValidator().Validate(document)
                .Where(e => e.Part is ChartPart or DrawingsPart || e.Part == part)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }

        // Read back independently: the cached values are the sheet's cells, which ClosedXML reads.
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var charts = workbook.Worksheet(ChartsSheet.DefaultName);
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        var chartXml = zip.Entries.Where(e => e.FullName.Contains("charts/chart", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => { using var s = e.Open(); return XDocument.Load(s); }).ToList();
        Assert.Equal(3, chartXml.Count);
        foreach (var chart in chartXml)
        {
            Assert.Equal("chartSpace", chart.Root!.Name.LocalName);
            Assert.NotNull(chart.Root.Descendants(C + "barChart").SingleOrDefault());
            var formula = chart.Root.Descendants(C + "val").Single().Descendants(C + "f").Single().Value;
            Assert.StartsWith("'Charts'!$", formula);
            var cached = chart.Root.Descendants(C + "val").Single().Descendants(C + "v").Select(v => decimal.Parse(v.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var cells = charts.Range(formula.Split('!')[1].Replace("$", "")).Cells().Select(c => (decimal)c.GetDouble()).ToList();
            Assert.Equal(cells, cached);
            var categories = chart.Root.Descendants(C + "cat").Single().Descendants(C + "v").Select(v => v.Value).ToList();
            var categoryCells = charts.Range(chart.Root.Descendants(C + "cat").Single().Descendants(C + "f").Single().Value.Split('!')[1].Replace("$", "")).Cells().Select(c => c.GetString()).ToList();
            Assert.Equal(categoryCells, categories);
        }
        // Actions by region: the view's rolled-up figures.
        var regions = chartXml.Single(c => c.Root!.Descendants().Any(e => e.Value == "Actions by region"));
        var first = view.Regions.First(r => r.Area is not null);
        Assert.Equal(first.Name, regions.Root!.Descendants(C + "cat").Single().Descendants(C + "v").First().Value);
        // The original sheets are all still there, in order, before Charts.
        Assert.Equal(AnnexWorkbook.SheetNames.Append(ChartsSheet.DefaultName), workbook.Worksheets.Select(w => w.Name));
    }
}
