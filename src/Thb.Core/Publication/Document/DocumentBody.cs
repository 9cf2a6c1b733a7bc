using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Thb.Workbooks;

namespace Thb.Publication.Document;

/// <summary>
/// Writes the body of the main document part forward-only as UTF-8 markup, so that an annex of thousands of long
/// rows never sits in memory as one DOM: paragraphs, headings with bookmarks, the contents field and tables. Small
/// pieces are SDK elements, spelled by the SDK (<see cref="ElementMarkup"/>); table rows and text are written straight
/// (<see cref="DocumentText"/>).
/// </summary>
internal sealed class DocumentBody(Utf8Markup writer, ElementMarkup elements, Footnotes footnotes)
{
    private bool _afterTable;

    public Footnotes Footnotes { get; } = footnotes;

    public void Write(OpenXmlElement element)
    {
        elements.Write(element, writer);
        _afterTable = false;
    }

    public void Text(string text, string style = DocumentStyles.Normal, JustificationValues? justification = null)
    {
        DocumentText.WriteParagraphs(writer, text, style, Footnotes, justification);
        _afterTable = false;
    }

    /// <summary>
    /// Word wants a paragraph between a table and the end of the body; written only there (an empty paragraph after
    /// every table would, under a table that fills its page, push an empty page before the next page-breaking heading).
    /// </summary>
    public void EndParagraph()
    {
        if (_afterTable) Write(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" })));
    }

    public void Heading(DocumentHeading heading, bool pageBreakBefore = true)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = heading.Level switch { 1 => DocumentStyles.Heading1, 2 => DocumentStyles.Heading2, _ => DocumentStyles.Heading3 } });
        if (!pageBreakBefore) properties.Append(new PageBreakBefore { Val = false });
        var id = heading.BookmarkId.ToString(CultureInfo.InvariantCulture);
        var paragraph = new Paragraph(properties, new BookmarkStart { Name = heading.Bookmark, Id = id });
        paragraph.Append(DocumentText.Runs(heading.Text, Footnotes));
        paragraph.Append(new BookmarkEnd { Id = id });
        Write(paragraph);
    }

    /// <summary>
    /// The contents: one linked entry per heading with a PAGEREF field for its page, marked dirty (and the settings ask
    /// Word to update fields on open). Not wrapped in a TOC field: LibreOffice keeps a TOC field's cached result as
    /// static text (it never recomputes its page numbers when it converts), while it lays out every PAGEREF field, and
    /// Word updates both. The headings carry outline levels, so Word's own "Update table" or a new TOC finds them.
    /// </summary>
    public void Contents(IReadOnlyList<DocumentHeading> headings)
    {
        static Run Field(FieldCharValues type, bool dirty = false) => new(new FieldChar { FieldCharType = type, Dirty = dirty ? true : null });
        foreach (var heading in headings)
        {
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = heading.Level switch { 1 => DocumentStyles.Toc1, 2 => DocumentStyles.Toc2, _ => DocumentStyles.Toc3 } }));
            var link = new Hyperlink { Anchor = heading.Bookmark, History = true };
            link.Append(DocumentText.Runs(heading.Text, Footnotes));
            link.Append(new Run(new TabChar()), Field(FieldCharValues.Begin, dirty: true),
                new Run(new FieldCode($" PAGEREF {heading.Bookmark} \\h ") { Space = SpaceProcessingModeValues.Preserve }), Field(FieldCharValues.Separate),
                new Run(new Text("–")), Field(FieldCharValues.End));
            paragraph.Append(link);
            Write(paragraph);
        }
    }

    /// <summary>
    /// A contributor's prose: headings in bold (never in the contents: they are the contributor's, not the annex's),
    /// list items indented after their number or bullet, bold and italic runs as written.
    /// </summary>
    public void Narrative(Thb.Intake.Returns.Narrative narrative)
    {
        foreach (var paragraph in narrative.Paragraphs)
        {
            var style = paragraph.Kind switch
            {
                Thb.Intake.Returns.NarrativeKind.Heading => DocumentStyles.NarrativeHeading,
                Thb.Intake.Returns.NarrativeKind.Paragraph => DocumentStyles.Normal,
                _ => DocumentStyles.ListItem,
            };
            var runs = paragraph.Runs?.Select(r => (r.Text, r.Bold, r.Italic)).ToList() ?? [(paragraph.Text, false, false)];
            DocumentText.WriteFormatted(writer, style, paragraph.Label, runs, Footnotes);
        }
        _afterTable = false;
    }

    /// <summary>An additional table as written: its title, then its columns at equal widths across the page, header repeated.</summary>
    public void AdditionalTable(Thb.Intake.Returns.AdditionalTable table)
    {
        if (table.Title is { } title) Text(title, DocumentStyles.TableHeader);
        var columns = Math.Max(1, table.Columns.Count);
        var widths = Enumerable.Repeat(DocumentParts.TextWidth / columns, columns).ToList();
        Table(widths, table.Columns, table.Rows.Select(r => r.Cells));
    }

    /// <summary>A table of text cells: header row repeated on every page, rows free to break across pages, fixed column widths.</summary>
    public void Table(IReadOnlyList<int> widths, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, bool borders = true)
    {
        writer.Start("w:tbl");
        var properties = new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0" });
        if (borders) properties.InsertAt(Borders(), 1);
        elements.Write(properties, writer);
        elements.Write(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })), writer);
        var cellWidths = widths.Select(w => w.ToString(CultureInfo.InvariantCulture)).ToArray();
        if (headers.Count > 0) Row(cellWidths, headers, header: true);
        foreach (var row in rows) Row(cellWidths, row, header: false);
        writer.End();
        _afterTable = true;
    }

    private static TableBorders Borders()
    {
        T Edge<T>() where T : BorderType, new() => new() { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" };
        return new TableBorders(Edge<TopBorder>(), Edge<LeftBorder>(), Edge<BottomBorder>(), Edge<RightBorder>(), Edge<InsideHorizontalBorder>(), Edge<InsideVerticalBorder>());
    }

    /// <summary>One table row: header rows repeat on every page and never break; each cell its width, then its text.</summary>
    private void Row(IReadOnlyList<string> widths, IReadOnlyList<string> cells, bool header)
    {
        writer.Start("w:tr");
        if (header)
        {
            writer.Start("w:trPr");
            writer.Start("w:tblHeader");
            writer.End();
            writer.Start("w:cantSplit");
            writer.End();
            writer.End();
        }
        for (var i = 0; i < widths.Count; i++)
        {
            writer.Start("w:tc");
            writer.Start("w:tcPr");
            writer.Start("w:tcW");
            writer.Attribute("w:w", widths[i]);
            writer.Attribute("w:type", "dxa");
            writer.End();
            if (header)
            {
                writer.Start("w:shd");
                writer.Attribute("w:val", "clear");
                writer.Attribute("w:color", "auto");
                writer.Attribute("w:fill", "DDEBF7");
                writer.End();
            }
            writer.End();
            DocumentText.WriteParagraphs(writer, i < cells.Count ? cells[i] : "", header ? DocumentStyles.TableHeader : DocumentStyles.TableText, Footnotes);
            writer.End();
        }
        writer.End();
    }
}
