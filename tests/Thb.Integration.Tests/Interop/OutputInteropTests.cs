using Thb.Annex;
using Thb.Cli.Commands;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Returns;
using Thb.Intake.Workbooks;
using Thb.IntegrationTests.Intake;
using Thb.Templates;

namespace Thb.IntegrationTests.Interop;

/// <summary>
/// Every workbook we hand out — template, feedback copy, annex — opened by each of the five readers delegations and
/// analysts use: the same sheets in the same order, a known cell's text, and each sheet's last row where our own
/// reader sees it. 3 × 5 = 15 cases.
/// </summary>
public class OutputInteropTests : IClassFixture<OutputInteropTests.Outputs>
{
    private readonly Outputs _outputs;

    public OutputInteropTests(Outputs outputs) => _outputs = outputs;

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var output in new[] { "template", "feedback", "annex" })
            foreach (var reader in WorkbookReaders.Names)
                cases.Add(output, reader);
        return cases;
    }

    [Theory, MemberData(nameof(Cases))]
    public async Task Output_opens_in_reader(string output, string reader)
    {
        var (file, knownSheet, knownCell) = _outputs.Files[output];
        var sheets = await WorkbookReaders.ReadAsync(reader, file);
        var ours = Outputs.OurReading(file);

        Assert.Equal(ours.Select(s => s.Name), sheets.Select(s => s.Name));
        Assert.Equal(knownCell, sheets.Single(s => s.Name == knownSheet).Cell(1, 1));
        foreach (var sheet in sheets)
            Assert.True(ours.Single(s => s.Name == sheet.Name).LastRow == sheet.LastRow,
                $"{reader} sees the last row of '{sheet.Name}' at {sheet.LastRow}, our reader at {ours.Single(s => s.Name == sheet.Name).LastRow}.");
        if (output == "feedback")
            Assert.True(sheets.Single(s => s.Name == "Return").Holds("Training for border police officers on the identification of victims"), $"{reader} lost the delegation's text.");
    }

    /// <summary>The three outputs, written once for all cases.</summary>
    public sealed class Outputs : IDisposable
    {
        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("interop-");

        public Outputs()
        {
            var cycle = new Cycles.Cycle(CycleId.Parse("2012-2"), "Second cycle 2012", new DateOnly(2030, 6, 30), Cycles.CycleState.Open, [14, 7, 2]);
            var contributor = IntakeScenario.SampleContributors[0];
            var template = TemplateWorkbook.Build(new TemplateRequest(cycle, contributor, [], MadeAt: DateTimeOffset.UnixEpoch));

            var writer = Path.Combine(AppContext.BaseDirectory, "Data", "writers", "openpyxl.xlsx");
            using var upload = File.OpenRead(writer);
            var inspection = PackageInspector.Inspect(upload, WorkbookLimits.Default);
            var check = ReturnChecker.Check(inspection, "openpyxl.xlsx", new CheckOptions());
            var feedback = FeedbackWorkbook.Create(inspection.Package, check, DateTimeOffset.UnixEpoch);

            var annex = AnnexBuilder.Build(BenchAnnexData.Generate(contributors: 3, rowsEach: 4, descriptionChars: 120)).Xlsx;

            Files = new Dictionary<string, (string, string, string)>
            {
                ["template"] = (Save("template.xlsx", template), TemplateLayout.ReturnSheet, OurReading(template).Single(s => s.Name == TemplateLayout.ReturnSheet).Cell(1, 1)!),
                ["feedback"] = (Save("feedback.xlsx", feedback), FeedbackWorkbook.FindingsSheetName, "Findings for openpyxl.xlsx"),
                ["annex"] = (Save("annex.xlsx", annex), AnnexWorkbook.AnnexSheet, ReturnLayout.Header(ReturnColumn.CountryRegion)),
            };
        }

        public IReadOnlyDictionary<string, (string File, string KnownSheet, string KnownCell)> Files { get; }

        private string Save(string name, byte[] content)
        {
            var path = Path.Combine(_folder.FullName, name);
            File.WriteAllBytes(path, content);
            return path;
        }

        public static IReadOnlyList<ReadSheet> OurReading(string file) => OurReading(File.ReadAllBytes(file));

        /// <summary>Our own reader's view of a workbook, in the same shape as the others'.</summary>
        public static IReadOnlyList<ReadSheet> OurReading(byte[] content)
        {
            var package = PackageInspector.Inspect(new MemoryStream(content), WorkbookLimits.Default).Package!;
            var workbook = XlsxWorkbook.Open(package, WorkbookLimits.Default);
            return workbook.Sheets.Select(sheet =>
            {
                var data = workbook.ReadSheet(sheet);
                var rows = Enumerable.Range(1, data.LastRow)
                    .Select(r => (IReadOnlyList<string?>)Enumerable.Range(1, data.Row(r).Keys.DefaultIfEmpty(0).Max()).Select(c => data.Cell(r, c)?.Text).ToList())
                    .ToList();
                return new ReadSheet(sheet.Name, rows);
            }).ToList();
        }

        public void Dispose() => _folder.Delete(recursive: true);
    }
}
