using Thb.Intake.Findings;
using Thb.Intake.Returns;

namespace Thb.Tests.Sections;

/// <summary>A Word document as a contributor's narrative: what is read, what is kept, what is dropped, what is refused.</summary>
public class WordDocumentTests
{
    private static ReturnCheck Check(byte[] docx) => ReturnChecker.Check(new MemoryStream(docx), "narrative.docx", new CheckOptions { DelegationNames = ["Europol", "europol"], Cycle = "2011-1" });

    [Fact]
    public void Headings_numbering_bullets_bold_and_italic_are_kept_in_order()
    {
        var check = Check(WordDocuments.Standard()
            .Text("Progress overview", "Title")
            .Text("Part A: State of play", "Heading2")
            .Paragraph(WordDocuments.Run("I. "), numId: null)
            .Paragraph(WordDocuments.Run("Operational agreements"), "Heading3", numId: 3)
            .Paragraph(WordDocuments.Run("Albania"), numId: 1)
            .Paragraph(WordDocuments.Run("The process was ") + WordDocuments.Run("initiated", bold: true) + WordDocuments.Run(" in 2007, ") + WordDocuments.Run("see annex", italic: true) + WordDocuments.Run("."))
            .Paragraph(WordDocuments.Run("Bosnia and Herzegovina"), numId: 1)
            .Paragraph(WordDocuments.Run("Sub-point"), numId: 1, level: 1)
            .Paragraph(WordDocuments.Run("Colombia"), numId: 1)
            .Paragraph(WordDocuments.Run("a bullet"), numId: 2)
            .Paragraph(WordDocuments.Run("Seventh"), numId: 4)
            .Text("   ")
            .Build());

        Assert.True(check.IsDocument);
        Assert.True(check.Status.IsAccepted(), string.Join("\n", check.Findings.Select(f => f.Message)));
        Assert.Empty(check.Rows);
        var paragraphs = check.Narrative.Single().Paragraphs;
        Assert.Equal("narrative.docx", check.Narrative.Single().Source);
        Assert.Equal(
        [
            "heading 1 Progress overview", "heading 2 Part A: State of play", "paragraph 0 I. ", "heading 3 I. Operational agreements",
            "numbered 1 1. Albania", "paragraph 0 The process was initiated in 2007, see annex.", "numbered 1 2. Bosnia and Herzegovina",
            "numbered 2 2.1 Sub-point", "numbered 1 3. Colombia", "bullet 1 • a bullet", "numbered 1 7. Seventh",
        ], paragraphs.Select(p => $"{Thb.Json.KebabCase.Of(p.Kind)} {p.Level} {p.Shown}"));
        var formatted = paragraphs[5].Runs!;
        Assert.Equal([("The process was ", false, false), ("initiated", true, false), (" in 2007, ", false, false), ("see annex", false, true), (".", false, false)],
            formatted.Select(r => (r.Text, r.Bold, r.Italic)));
        Assert.Null(paragraphs[4].Runs);
        Assert.Contains(check.Findings, f => f.Code == FindingCodes.NarrativeRead && f.Message.Contains("11 paragraph(s)"));
        Assert.Contains("\"kind\": \"numbered\"", ReturnJson.Serialize(check));
    }

    [Fact]
    public void A_table_of_the_document_is_an_additional_table_and_one_with_the_annex_columns_is_flagged()
    {
        var check = Check(WordDocuments.Standard()
            .Text("Cooperation agreements in force", "Heading1")
            .Table(["Partner", "Signature", "Entry into force"], ["Interpol", "05.11.01", "05.12.01"], ["Norway", "28.06.01 / 24.12.01"])
            .Text("Our actions")
            .Table([.. RawXlsxHeaders()], ["Albania", "Training", "Workshop", "IOM", "2010", "1 EUR"])
            .Build());

        Assert.Equal(2, check.Tables.Count);
        var table = check.Tables[0];
        Assert.Equal("Cooperation agreements in force", table.Title);
        Assert.Equal(["Partner", "Signature", "Entry into force"], table.Columns);
        Assert.Equal(["Interpol|05.11.01|05.12.01", "Norway|28.06.01 / 24.12.01|"], table.Rows.Select(r => string.Join("|", r.Cells)));
        Assert.Empty(check.Rows);
        Assert.Single(check.Findings, f => f.Code == FindingCodes.TableAdditional && f.Severity == FindingSeverity.Warning);
    }

    private static string[] RawXlsxHeaders() => Thb.Tests.Intake.RawXlsx.AnnexHeaders;

    [Fact]
    public void Macros_outside_pictures_and_embedded_objects_are_dropped_with_a_finding_and_never_opened()
    {
        var check = Check(WordDocuments.Standard()
            .Text("Overview")
            .Raw("<w:p><w:r><w:drawing/></w:r></w:p>")
            .DocumentRelationship("<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"http://attacker.example/pixel.png\" TargetMode=\"External\"/>")
            .DocumentRelationship("<Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"https://europol.europa.eu\" TargetMode=\"External\"/>")
            .Part("word/_rels/settings.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" Target=\"file://server/share/evil.dotm\" TargetMode=\"External\"/></Relationships>")
            .Part("word/embeddings/oleObject1.bin", "not opened")
            .Part("word/vbaProject.bin", "macros")
            .Build());

        Assert.True(check.Status.IsAccepted());
        Assert.Equal(["Overview"], check.Narrative.Single().Paragraphs.Select(p => p.Text));
        Assert.Contains(check.Findings, f => f.Code == FindingCodes.FileMacros && f.Message.Contains("never run"));
        var dropped = check.Findings.Where(f => f.Code == FindingCodes.DocumentDropped).Select(f => f.Message).ToList();
        Assert.Contains(dropped, m => m.Contains("2 outside resource(s)") && m.Contains("attachedTemplate") && m.Contains("image") && m.Contains("not fetched"));
        Assert.Contains(dropped, m => m.Contains("embeds 1 object(s)"));
        Assert.Contains(dropped, m => m.Contains("1 picture(s)"));
    }

    [Fact]
    public void The_package_guard_refuses_a_document_with_a_doctype_or_one_that_inflates_too_far()
    {
        var dtd = WordDocuments.Standard().Text("x").Part("word/settings.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"a\">]><x>&a;</x>").Build();
        Assert.Contains(Check(dtd).Findings, f => f.Code == FindingCodes.FileUnsafeXml && f.Severity == FindingSeverity.Error);

        var bomb = WordDocuments.Standard().Text("x").Part("word/media/zeros.xml", new string('0', 3_000_000)).Build();
        var limited = ReturnChecker.Check(new MemoryStream(bomb), "bomb.docx", new CheckOptions { Limits = Thb.Intake.Workbooks.WorkbookLimits.Default with { MaxInflatedBytes = 1_000_000 } });
        Assert.Equal(ReturnStatus.Rejected, limited.Status);
        Assert.Contains(limited.Findings, f => f.Code == FindingCodes.FileInflatesTooFar);
    }

    [Fact]
    public void A_narrative_of_200000_characters_is_kept_whole()
    {
        var paragraph = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"Sentence {i:D4} of the long part. ")).TrimEnd();
        var document = WordDocuments.Standard();
        for (var i = 0; i < 4; i++) document.Text($"{i}: {paragraph}");
        var check = Check(document.Build());
        var narrative = check.Narrative.Single();
        Assert.True(narrative.Characters > 200_000, narrative.Characters.ToString());
        Assert.All(narrative.Paragraphs.Select((p, i) => (p, i)), x => Assert.Equal($"{x.i}: {paragraph}", x.p.Text));
    }

    [Fact]
    public void An_empty_word_document_is_still_refused_as_one()
    {
        var check = Check(WordDocuments.Standard().Text("  ").Build());
        Assert.Equal(ReturnStatus.Rejected, check.Status);
        Assert.Contains(check.Findings, f => f.Code == FindingCodes.FileOtherFormat && f.Message.Contains("Word document"));
    }
}
