using System.Text.Json;
using Thb.Annex;
using Thb.Cycles;
using Thb.Intake.Returns;
using Thb.IntegrationTests.Templates;
using Thb.Publication;
using Thb.Publication.Document;
using Thb.Publication.Map;
using Thb.Publication.Priorities;

namespace Thb.IntegrationTests.Publication;

/// <summary>
/// The Council document of the whole corpus (tests/corpus: 37 returns in English, French and German, written by five
/// programs): every row's six cells as written, read back by the Open XML SDK and, independently, by LibreOffice Writer.
/// </summary>
public class CorpusDocumentTests
{
    private static string CorpusFolder => Path.Combine(TestData.RepositoryRoot, "tests", "corpus");

    private static PublicationInput CorpusInput(out List<ReturnRow> rows)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(CorpusFolder, "manifest.json")));
        var sections = new List<PublicationSection>();
        rows = [];
        foreach (var (entry, index) in manifest.RootElement.EnumerateArray().Select((e, i) => (e, i)))
        {
            var file = entry.GetProperty("file").GetString()!;
            var check = ReturnChecker.Check(Path.Combine(CorpusFolder, file));
            var contributor = new PublicationContributor($"c{index + 1}", $"{entry.GetProperty("delegation").GetString()} ({Path.GetFileNameWithoutExtension(file)})", ContributorKind.MemberState, index + 1);
            sections.Add(new PublicationSection(contributor, new PublicationSubmission($"sub-{index + 1}", Path.GetFileName(file), DateTimeOffset.UnixEpoch), check.Rows.Select(PublicationInputs.Row).ToList()));
            rows.AddRange(check.Rows);
        }
        return new PublicationInput("corpus", "The corpus of issue 13", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), "annex-corpus", sections);
    }

    [Fact]
    public async Task Every_description_of_the_corpus_is_in_the_document_as_often_as_rows_carry_it_read_by_the_sdk_and_by_LibreOffice()
    {
        var input = CorpusInput(out var rows);
        Assert.True(rows.Count >= 400, $"{rows.Count} rows");
        var view = PriorityAnalysis.Compute(input);
        var docx = CouncilDocument.Write(input, view, MapPicture.Of(ActionMap.From(input, view), scale: 1));
        string[] Cells(ReturnRow r) => [r.CountryRegion.Raw, r.Form.Raw, r.Description.Raw, r.Partner.Raw, r.Duration.Raw, r.Funding.Raw];

        // The Open XML SDK: every row once, in order, the six cells exactly as written.
        Assert.Equal(rows.Select(r => Cells(r).Select(DocxReading.AsParagraphs).ToArray()), DocxReading.AnnexRows(docx));

        // LibreOffice Writer, independently: each description (all its lines, in order) as often as the rows carry it.
        var file = Path.Combine(Directory.CreateTempSubdirectory("docx-corpus-").FullName, "annex-corpus.docx");
        await File.WriteAllBytesAsync(file, docx);
        var text = DocxReading.Bounded(await DocxReading.LibreOfficeLinesAsync(file));
        var written = DocxReading.Bounded(rows.SelectMany(Cells).SelectMany(c => DocxReading.AsParagraphs(c).Split('\n')));
        var descriptions = rows.Select(r => DocxReading.AsParagraphs(r.Description.Raw)).Where(d => d.Trim().Length > 0).Distinct().ToList();
        Assert.True(descriptions.Count >= 100, $"{descriptions.Count} descriptions");
        var wrong = descriptions.Select(d => (d, Expected: DocxReading.Occurrences(written, d), Found: DocxReading.Occurrences(text, d)))
            .Where(x => x.Expected != x.Found || x.Found == 0).Select(x => $"{x.Found} (not {x.Expected}) × {x.d}").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
