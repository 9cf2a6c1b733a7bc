using System.Text.RegularExpressions;
using Thb.Annex;
using Thb.IntegrationTests.Annex;
using Thb.IntegrationTests.Templates;
using Thb.Publication;
using Thb.Publication.Document;

namespace Thb.IntegrationTests.Publication;

[Collection(AnnexCollection.Name)]
public partial class CouncilDocumentTests
{
    [Fact]
    public async Task The_annex_document_of_the_sample_returns_holds_every_row_as_written_once_read_by_the_sdk_and_by_LibreOffice()
    {
        var scenario = await AnnexScenario.WithSamplesAsync();
        await scenario.Services.Annex.CompileAsync(scenario.Cycle);
        var docx = await AnnexScenario.LatestAsync(scenario, AnnexFormat.Docx);
        var rows = await scenario.Services.Queries.CurrentRowsAsync(scenario.Cycle);
        Assert.True(rows.Count > 50);
        string[] Cells(Thb.Intake.Returns.ReturnRow r) => [r.CountryRegion.Raw, r.Form.Raw, r.Description.Raw, r.Partner.Raw, r.Duration.Raw, r.Funding.Raw];

        // The Open XML SDK: every row once, in protocol order, all six cells exactly as written.
        var tables = DocxReading.AnnexRows(docx);
        Assert.Equal(rows.Select(Cells), tables);

        // LibreOffice Writer, independently: each description (all its lines, in order) as often as rows carry it, at least once.
        var file = Path.Combine(Directory.CreateTempSubdirectory("docx-").FullName, $"annex-{scenario.Cycle.Id}.docx");
        await File.WriteAllBytesAsync(file, docx);
        var libreOffice = DocxReading.Bounded(await DocxReading.LibreOfficeLinesAsync(file));
        var written = DocxReading.Bounded(rows.SelectMany(Cells).SelectMany(c => DocxReading.AsParagraphs(c).Split('\n')));
        foreach (var description in rows.Select(r => DocxReading.AsParagraphs(r.Description.Raw)).Distinct())
        {
            var found = DocxReading.Occurrences(libreOffice, description);
            Assert.True(found > 0 && found == DocxReading.Occurrences(written, description), $"{found} × {description}");
        }

        // The PDF: a contents page whose page numbers point at the sections, the Kosovo footnote, the reference and page numbers.
        var pdf = await DocxReading.ConvertAsync(file, "pdf");
        var pages = await DocxReading.PageCountAsync(pdf);
        var contents = await DocxReading.PageTextAsync(pdf, 2);
        Assert.Contains(CouncilDocument.ContentsTitle, contents);
        foreach (var name in new[] { "Austria", "Bulgaria", "Cyprus", "Germany", "Eurojust" })
        {
            var page = int.Parse(ContentsEntry(name).Match(contents).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(page, 3, pages);
            Assert.Matches(new Regex($"^{name}\\s*$", RegexOptions.Multiline), await DocxReading.PageTextAsync(pdf, page));
        }
        var all = Regex.Replace(await LibreOffice.PdfTextAsync(pdf), @"\s+", " ");
        // Kosovo*: on every page that names Kosovo, the Council's footnote (its "*" is the superscript mark).
        var footnote = KosovoDesignation.Footnote[1..];
        var kosovoPages = 0;
        for (var page = 1; page <= pages; page++)
        {
            var text = Regex.Replace(await DocxReading.PageTextAsync(pdf, page, layout: false), @"\s+", " ");
            var named = Regex.Count(text, @"\bKosovo\b") - Regex.Count(text, Regex.Escape(footnote));
            if (named <= 0) continue;
            kosovoPages++;
            Assert.True(text.Contains(footnote, StringComparison.Ordinal), $"page {page} names Kosovo without the footnote");
        }
        Assert.True(kosovoPages >= 3, $"{kosovoPages} pages name Kosovo");
        Assert.Contains($"Page 1 of {pages}", all);
        var version = (await scenario.Services.Annex.Versions.LatestAsync(scenario.Cycle.Id))!;
        Assert.Contains(version.Stem, all);
        Assert.Contains(CouncilDocument.PrioritiesHeading, all);
    }

    private static Regex ContentsEntry(string name) => new($"^\\s*{name}\\.{{3,}}\\s*(\\d+)\\s*$", RegexOptions.Multiline);
}
