using System.Text.RegularExpressions;
using Thb.IntegrationTests.Templates;
using Thb.Publication;
using Thb.Publication.Document;
using Thb.Publication.Map;
using Thb.Publication.Priorities;
using Thb.Tests.Publication;

namespace Thb.IntegrationTests.Publication;

/// <summary>Bad input as LibreOffice renders it: a huge description across pages, other scripts, right-to-left text, text that looks like fields.</summary>
public class CouncilDocumentRenderingTests
{
    private static async Task<string> WriteAsync(PublicationInput input, string name)
    {
        var view = PriorityAnalysis.Compute(input);
        var file = Path.Combine(Directory.CreateTempSubdirectory("docx-").FullName, name);
        await File.WriteAllBytesAsync(file, CouncilDocument.Write(input, view, MapPicture.Of(ActionMap.From(input, view), scale: 1)));
        return file;
    }

    [Fact]
    public async Task A_huge_description_breaks_across_pages_whole_and_other_scripts_and_fields_render_as_written()
    {
        var huge = PublicationTestData.Words(30_000);
        var file = await WriteAsync(PublicationTestData.Input(PublicationTestData.Section(PublicationTestData.Austria,
            PublicationTestData.Row(7, PublicationTestData.Hostile), PublicationTestData.Row(8, huge),
            PublicationTestData.Row(9, PublicationTestData.RightToLeft), PublicationTestData.Row(10, PublicationTestData.OtherScripts))), "bad-input.docx");

        var pdf = await DocxReading.ConvertAsync(file, "pdf");
        var text = await LibreOffice.PdfTextAsync(pdf);
        // Every word of the 30,000 characters once: the row broke across pages and nothing was cut.
        var words = huge.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var found = Regex.Matches(text, @"W\d{1,5}").Select(m => m.Value).ToList();
        Assert.Equal(words, found);
        var pages = Enumerable.Range(1, await DocxReading.PageCountAsync(pdf)).ToList();
        var pagesWithWords = 0;
        foreach (var page in pages)
            if ((await DocxReading.PageTextAsync(pdf, page)).Contains("W0", StringComparison.Ordinal)) pagesWithWords++;
        Assert.True(pagesWithWords >= 5, $"the description spans {pagesWithWords} pages");

        var flat = Regex.Replace(text, @"\s+", " ");
        // Field-looking words are printed, not evaluated (the cell wraps, so each piece is looked for by itself).
        foreach (var piece in new[] { "{ PAGE }", "{ MERGEFIELD Name }", "<w:fldSimple", "=SUM(A1)", "<b>bold?</b>" }) Assert.Contains(piece, flat);
        // Scripts the body font lacks (Georgian, Armenian, Chinese) are drawn by a fallback font, and read back.
        foreach (var word in new[] { "ადამიანით", "Թրաֆիքինգ", "торговля", "εμπορία" }) Assert.Contains(word, flat);

        // Right-to-left text in its logical order, as LibreOffice reads the document.
        var lines = await DocxReading.LibreOfficeLinesAsync(file);
        Assert.Contains(PublicationTestData.RightToLeft, lines);
        Assert.Contains(PublicationTestData.OtherScripts, lines);
        Assert.Contains(PublicationTestData.Hostile, lines);
    }

    [Fact]
    public async Task A_cycle_without_accepted_returns_converts_to_a_document_that_says_so()
    {
        var file = await WriteAsync(PublicationTestData.Input(PublicationTestData.Missing(PublicationTestData.Austria), PublicationTestData.Missing(PublicationTestData.Bulgaria)), "empty.docx");
        var text = Regex.Replace(await LibreOffice.PdfTextAsync(await DocxReading.ConvertAsync(file, "pdf")), @"\s+", " ");
        Assert.Contains(CouncilDocument.NoReturnsAtAll, text);
        Assert.Contains(CouncilDocument.ContentsTitle, text);
        Assert.DoesNotContain("Description of actions and activities", text);
    }
}
