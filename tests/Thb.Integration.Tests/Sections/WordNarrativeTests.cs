using ClosedXML.Excel;
using Microsoft.Extensions.Logging.Abstractions;
using Thb.Annex;
using Thb.Cycles;
using Thb.Functions.Intake;
using Thb.Intake;
using Thb.IntegrationTests.Publication;
using Thb.Storage;

namespace Thb.IntegrationTests.Sections;

/// <summary>
/// A Word document written by LibreOffice (from HTML, an independent writer) uploaded through the same path: alone it
/// is a return of narrative; after a workbook it joins it, the workbook's actions staying current.
/// </summary>
public class WordNarrativeTests
{
    private const string Html = """
        <html><body>
        <h1>Progress overview on the conclusion of cooperation agreements with third partners</h1>
        <p>The progress overview is up-to-date as of <b>18 April 2011</b>, <i>subject to change</i>.</p>
        <h2>Part A: State of play ongoing agreements</h2>
        <ol><li>Albania</li><li>Bosnia and Herzegovina</li><li>Colombia</li></ol>
        <p>Cooperation agreements in force</p>
        <table border="1"><tr><td>Partner</td><td>Signature</td><td>Entry into force</td></tr><tr><td>Interpol</td><td>05.11.01</td><td>05.12.01</td></tr></table>
        </body></html>
        """;

    private static readonly string[] Expected =
    [
        "Progress overview on the conclusion of cooperation agreements with third partners",
        "The progress overview is up-to-date as of 18 April 2011, subject to change.",
        "Part A: State of play ongoing agreements",
        "1. Albania", "2. Bosnia and Herzegovina", "3. Colombia",
        "Cooperation agreements in force",
    ];

    private static async Task<byte[]> DocxAsync()
    {
        var folder = Directory.CreateTempSubdirectory("thb-docx-").FullName;
        var html = Path.Combine(folder, "narrative.html");
        await File.WriteAllTextAsync(html, Html);
        return await File.ReadAllBytesAsync(await DocxReading.ConvertAsync(html, "docx:MS Word 2007 XML"));
    }

    [Fact]
    public async Task A_word_document_alone_is_a_return_of_narrative_and_after_a_workbook_it_joins_it()
    {
        var services = await TestStorage.ServicesAsync();
        var cycle = await services.Cycles.OpenAsync(
            new Cycle(CycleId.Parse(TestStorage.NewCycleId("wd")), "Word narratives", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), CycleState.Open, [14, 7, 2]),
            [
                new Contributor(ContributorId.Parse("frontex"), "Frontex", ContributorKind.EuBody, 1, []),
                new Contributor(ContributorId.Parse("european-commission"), "European Commission", ContributorKind.Commission, 2, []) { Sections = MultiPartScenario.CommissionSections },
            ]);
        var function = new IntakeFunction(services.Intake, NullLogger<IntakeFunction>.Instance);
        async Task SubmitAsync(string contributor, string file, byte[] content)
        {
            var upload = await ReturnUploads.UploadByContentAsync(services.Storage, content, file, cycle.Id, ContributorId.Parse(contributor), DateTimeOffset.UtcNow);
            await function.RunAsync(services.Storage.Container(StorageNames.Containers.Returns).GetBlobClient(upload.BlobName), CancellationToken.None);
        }
        var docx = await DocxAsync();
        await SubmitAsync("frontex", "narrative.docx", docx);
        await SubmitAsync("european-commission", "Commission.xlsx", File.ReadAllBytes(TestData.Sample("Commission.xlsx")));
        await SubmitAsync("european-commission", "overview.docx", docx);

        var statuses = await services.Queries.StatusAsync(cycle);
        var frontex = statuses.Single(s => s.Contributor.Id == "frontex");
        Assert.True(frontex.HasAccepted);
        Assert.Null(frontex.Current);
        Assert.Equal((Expected.Length, 1, true), (frontex.Document!.Paragraphs, frontex.Document.Tables, frontex.Document.IsDocument));
        var commission = statuses.Single(s => s.Contributor.Id == "european-commission");
        Assert.Equal("Commission.xlsx", commission.Current!.FileName);
        Assert.Equal("overview.docx", commission.Document!.FileName);
        Assert.Equal("overview.docx", commission.Latest!.FileName);
        Assert.Equal(48, (await services.Queries.CurrentRowsAsync(cycle, ContributorId.Parse("european-commission"))).Count);

        var outcome = await services.Annex.CompileAsync(cycle, force: true);
        using var workbook = new XLWorkbook(new MemoryStream(await services.Annex.ReadAsync(outcome.Version, AnnexFormat.Xlsx)));
        var lines = workbook.Worksheet(AnnexWorkbook.AnnexSheet).RowsUsed().Select(r => r.Cell(1).GetString()).ToList();
        // Frontex: the document's paragraphs, once each, in order, then its table's link; no "no return" note.
        var frontexAt = lines.IndexOf("Frontex");
        Assert.Equal(Expected, lines.Skip(frontexAt + 1).Take(Expected.Length));
        Assert.StartsWith("Additional table: Cooperation agreements in force", lines[frontexAt + 1 + Expected.Length]);
        Assert.DoesNotContain(lines, l => l.StartsWith("Frontex (no accepted return)", StringComparison.Ordinal));
        // The Commission: its sheet's narrative, then the document's, then its sub-sections with their actions.
        var commissionAt = lines.IndexOf("European Commission");
        var afterSheet = commissionAt + 1 + MultiPartScenario.Paragraphs("commission").Count;
        Assert.Equal(MultiPartScenario.Paragraphs("commission"), lines.Skip(commissionAt + 1).Take(MultiPartScenario.Paragraphs("commission").Count));
        Assert.Equal(Expected, lines.Skip(afterSheet).Take(Expected.Length));
        Assert.Equal(MultiPartScenario.CommissionSections.Select(s => s.Text), lines.Where(l => MultiPartScenario.CommissionSections.Any(s => s.Text == l)));
        // The Council document keeps the document's bold and italic and shows its numbering.
        using (var council = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await services.Annex.ReadAsync(outcome.Version, AnnexFormat.Docx)), false))
        {
            var runs = council.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Run>().ToList();
            Assert.Contains(runs, r => r.InnerText == "18 April 2011" && r.RunProperties?.Bold is not null);
            Assert.Contains(runs, r => r.InnerText == "subject to change" && r.RunProperties?.Italic is not null);
            Assert.Contains(council.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>(), p => p.InnerText == "2. Bosnia and Herzegovina");
        }
        var table = workbook.Worksheets.Single(s => s.Name == "Frontex – table 1");
        Assert.Equal(["Partner", "Signature", "Entry into force"], Enumerable.Range(1, 3).Select(c => table.Cell(4, c).GetString()));
        Assert.Equal(["Interpol", "05.11.01", "05.12.01"], Enumerable.Range(1, 3).Select(c => table.Cell(5, c).GetString()));
    }
}
