using System.Text.Json;
using ClosedXML.Excel;
using Thb.Cycles;
using Thb.Templates;
using Thb.Tests.Intake;

namespace Thb.Tests.Sections;

/// <summary>
/// The Commission's and Europol's sample returns, made from the 2011 reference annex: the texts are in
/// Data/returns/sources/*.json (taken from the reference, PDF line breaks inside words and amounts mended), the
/// workbooks are their templates filled in as the contributor would. `THB_WRITE_SAMPLES=1 dotnet test --filter
/// SampleSourceTests` writes them again, to the test data and to the demo's bundled returns.
/// </summary>
public static class SampleSources
{
    public static readonly Cycle Cycle = new(CycleId.Parse("2011-1"), "First implementation report on the Action-Oriented Paper (2011)", new DateOnly(2011, 5, 15), CycleState.Open, [14, 7, 2],
        new DateOnly(2009, 12, 1), new DateOnly(2011, 4, 30), "presidency@council.example", new DateTimeOffset(2011, 4, 20, 8, 0, 0, TimeSpan.Zero));

    public static string SourcePath(string name) => Path.Combine(Samples.Directory, "sources", name + ".json");

    public static JsonElement Source(string name) => JsonDocument.Parse(File.ReadAllText(SourcePath(name))).RootElement;

    public static IReadOnlyList<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    public static IReadOnlyList<SectionTitle> CommissionSections => Source("commission").GetProperty("sections").EnumerateArray().Select(s => new SectionTitle(s.GetProperty("title").GetString()!)).ToList();

    public static Contributor Commission => new(ContributorId.Parse("european-commission"), "European Commission", ContributorKind.Commission, 32, []) { Sections = CommissionSections };

    public static readonly Contributor Europol = new(ContributorId.Parse("europol"), "Europol", ContributorKind.EuBody, 29, []);

    public static byte[] BuildCommission()
    {
        var source = Source("commission");
        var contributor = Commission;
        using var workbook = Open(contributor);
        var sheets = TemplateLayout.SectionSheetNames(contributor.Sections);
        var i = 0;
        foreach (var section in source.GetProperty("sections").EnumerateArray())
        {
            var sheet = workbook.Worksheet(sheets[i++]);
            var row = TemplateLayout.FirstDataRow;
            foreach (var cells in section.GetProperty("rows").EnumerateArray())
            {
                var texts = Strings(cells);
                for (var c = 0; c < texts.Count; c++) sheet.Cell(row, c + 1).SetValue(texts[c]);
                row++;
            }
        }
        FillNarrative(workbook, source);
        return Save(workbook);
    }

    public static byte[] BuildEuropol()
    {
        var source = Source("europol");
        using var workbook = Open(Europol);
        FillNarrative(workbook, source);
        var position = workbook.Worksheet(TemplateLayout.NarrativeSheet).Position;
        foreach (var table in source.GetProperty("tables").EnumerateArray())
        {
            var sheet = workbook.Worksheets.Add(table.GetProperty("sheet").GetString()!, ++position);
            sheet.Cell(1, 1).SetValue(table.GetProperty("title").GetString()!);
            sheet.Cell(1, 1).Style.Font.Bold = true;
            var row = 3;
            foreach (var cells in table.GetProperty("rows").EnumerateArray())
            {
                var texts = Strings(cells);
                for (var c = 0; c < texts.Count; c++)
                    if (texts[c].Length > 0) sheet.Cell(row, c + 1).SetValue(texts[c]);
                row++;
            }
            sheet.Row(3).Style.Font.Bold = true;
            sheet.Column(1).Width = 30;
        }
        return Save(workbook);
    }

    private static XLWorkbook Open(Contributor contributor) =>
        new(new MemoryStream(TemplateWorkbook.Build(new TemplateRequest(Cycle, contributor, [], MadeAt: Cycle.OpenedAt))));

    private static void FillNarrative(XLWorkbook workbook, JsonElement source)
    {
        var sheet = workbook.Worksheet(TemplateLayout.NarrativeSheet);
        var row = TemplateLayout.FirstDataRow;
        foreach (var paragraph in source.GetProperty("narrative").EnumerateArray())
        {
            var (level, text) = (paragraph[0].GetString()!, paragraph[1].GetString()!);
            if (level != "Paragraph") sheet.Cell(row, TemplateLayout.NarrativeLevelColumn).SetValue(level);
            sheet.Cell(row++, TemplateLayout.NarrativeTextColumn).SetValue(text);
        }
    }

    private static byte[] Save(XLWorkbook workbook)
    {
        workbook.Worksheet(TemplateLayout.InstructionsSheet).SetTabActive();
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }
}
