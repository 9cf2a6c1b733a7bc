using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Thb.Publication;
using Thb.Publication.Document;
using Thb.Publication.Map;
using Thb.Publication.Priorities;

namespace Thb.Tests.Publication;

public class CouncilDocumentTests
{
    internal static byte[] Write(PublicationInput input, bool withMap = true)
    {
        var view = PriorityAnalysis.Compute(input);
        return CouncilDocument.Write(input, view, withMap ? MapPicture.Of(ActionMap.From(input, view), scale: 1) : null);
    }

    [Fact]
    public void The_sample_document_is_valid_WordprocessingML()
    {
        var docx = Write(PublicationSamples.Input);
        if (Environment.GetEnvironmentVariable("THB_PUBLICATION_OUT") is { Length: > 0 } folder) File.WriteAllBytes(Path.Combine(folder, "annex.docx"), docx);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public void With_a_previous_cycle_the_country_and_region_tables_show_the_change_since_it()
    {
        var row = PublicationTestData.Row(1, "Training of border guards", "Albania", "AL") with { Change = RowChange.New };
        var input = PublicationTestData.Input(PublicationTestData.Section(PublicationTestData.Austria, row, row with { Row = 2, Change = RowChange.Continued })) with
        {
            Previous = new PreviousCycleChanges("2011-1", [new NoLongerReported("austria", [new Thb.Normalising.Places.Place(Thb.Normalising.Places.PlaceKind.Country, "Albania", "AL")])]),
        };
        using var document = WordprocessingDocument.Open(new MemoryStream(Write(input)), false);
        var tables = document.MainDocumentPart!.Document.Body!.Elements<Table>()
            .Where(t => t.Elements<TableRow>().First().InnerText.Contains("Change since 2011-1", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, tables.Count);
        Assert.All(tables, t => Assert.Contains("1 new, 1 continued, 1 no longer reported", t.Elements<TableRow>().ElementAt(1).InnerText));
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }
}

public class CouncilDocumentBadInputTests
{
    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    private static IReadOnlyList<Table> AnnexTables(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document.Body!.Elements<Table>().Where(t => t.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count() == 6).ToList();

    private static string Cell(TableCell cell) => string.Join("\n", cell.Elements<Paragraph>().Select(p => string.Concat(p.Descendants<Run>()
        .Where(r => r.GetFirstChild<FootnoteReference>() is null).SelectMany(r => r.ChildElements).Select(e => e switch { Text t => t.Text, TabChar => "\t", _ => "" }))));

    private static IReadOnlyList<string> Descriptions(WordprocessingDocument document) =>
        AnnexTables(document).SelectMany(t => t.Elements<TableRow>().Skip(1)).Select(r => Cell(r.Elements<TableCell>().ElementAt(2))).ToList();

    [Fact]
    public void A_cycle_without_an_accepted_return_says_so_and_has_no_empty_tables()
    {
        var input = PublicationTestData.Input(PublicationTestData.Missing(PublicationTestData.Austria), PublicationTestData.Missing(PublicationTestData.Eurojust));
        using var document = Open(CouncilDocumentTests.Write(input));

        Assert.Empty(AnnexTables(document));
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains(CouncilDocument.NoReturnsAtAll, text);
        Assert.Equal(2, Regex.Count(text, Regex.Escape(CouncilDocument.NoReturnAccepted)));
        Assert.Contains("No actions have been reported yet.", text);
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    [Fact]
    public void A_30000_character_description_is_one_cell_kept_whole_in_a_row_allowed_to_break_across_pages()
    {
        var description = PublicationTestData.Words(30_000);
        using var document = Open(CouncilDocumentTests.Write(PublicationTestData.Input(PublicationTestData.Section(PublicationTestData.Austria,
            PublicationTestData.Row(7, "short one"), PublicationTestData.Row(8, description)))));

        Assert.Equal(["short one", description], Descriptions(document));
        var rows = AnnexTables(document).Single().Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties?.GetFirstChild<CantSplit>()));
    }

    [Fact]
    public void Nothing_a_delegation_wrote_becomes_a_field_code_or_markup()
    {
        var input = PublicationTestData.Input(PublicationTestData.Section(PublicationTestData.Austria, PublicationTestData.Row(7, PublicationTestData.Hostile),
            PublicationTestData.Row(8, "Bell \u0007 and NUL \u0000 and \uFFFF")));
        var docx = CouncilDocumentTests.Write(input);
        using var document = Open(docx);

        Assert.Equal([PublicationTestData.Hostile, "Bell \u2407 and NUL \u2400 and \uFFFD"], Descriptions(document));
        var main = document.MainDocumentPart!.Document;
        // The only fields are the document's own: one PAGEREF per contents entry (the footer holds PAGE and NUMPAGES).
        var codes = main.Descendants<FieldCode>().Select(f => f.Text.Trim()).ToList();
        Assert.All(codes, c => Assert.StartsWith("PAGEREF _Toc", c));
        Assert.Equal(CouncilDocument.Headings(input, withMap: true).Count, codes.Count);
        Assert.Empty(main.Descendants<SimpleField>());
        Assert.Equal(["PAGE", "NUMPAGES"], document.MainDocumentPart.FooterParts.Single().Footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value!.Trim()));
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    [Fact]
    public void Right_to_left_stretches_are_marked_and_a_paragraph_that_starts_right_to_left_is_bidi()
    {
        var input = PublicationTestData.Input(PublicationTestData.Section(PublicationTestData.Austria,
            PublicationTestData.Row(7, PublicationTestData.RightToLeft), PublicationTestData.Row(8, PublicationTestData.OtherScripts)));
        using var document = Open(CouncilDocumentTests.Write(input));

        Assert.Equal([PublicationTestData.RightToLeft, PublicationTestData.OtherScripts], Descriptions(document));
        var cell = AnnexTables(document).Single().Elements<TableRow>().ElementAt(1).Elements<TableCell>().ElementAt(2);
        var paragraph = cell.Elements<Paragraph>().Single();
        Assert.NotNull(paragraph.ParagraphProperties!.GetFirstChild<BiDi>());
        var rtl = paragraph.Elements<Run>().Where(r => r.RunProperties?.GetFirstChild<RightToLeftText>() is not null).Select(r => r.InnerText).ToList();
        Assert.Contains(rtl, t => t.Contains("مكافحة الاتجار بالبشر", StringComparison.Ordinal));
        Assert.Contains(rtl, t => t.Contains("סחר בבני אדם", StringComparison.Ordinal));
        Assert.DoesNotContain(rtl, t => t.Contains("Tunis", StringComparison.Ordinal));
        var fonts = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<RunFonts>().Single();
        Assert.Equal((DocumentStyles.Font, DocumentStyles.Font), (fonts.ComplexScript!.Value, fonts.EastAsia!.Value));
    }

    [Fact]
    public void Kosovo_gets_the_Council_footnote_wherever_it_is_named()
    {
        var input = PublicationTestData.Input(PublicationTestData.Section(PublicationTestData.Austria,
            PublicationTestData.Row(7, "Project in Kosovo and Kosovo's north; not Kosovopolje", "Kosovo", "XK")));
        using var document = Open(CouncilDocumentTests.Write(input));

        var footnotes = document.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<Footnote>().Where(f => f.Id! > 0).ToList();
        Assert.All(footnotes, f => Assert.Equal(KosovoDesignation.Footnote, f.InnerText));
        var row = AnnexTables(document).Single().Elements<TableRow>().ElementAt(1);
        var references = row.Descendants<FootnoteReference>().ToList();
        Assert.Equal(3, references.Count); // the country cell once, the description twice ("Kosovopolje" is another word)
        Assert.All(references, r => Assert.True(r.CustomMarkFollows?.Value));
        Assert.Equal("Project in Kosovo and Kosovo's north; not Kosovopolje", Cell(row.Elements<TableCell>().ElementAt(2)));
    }
}
