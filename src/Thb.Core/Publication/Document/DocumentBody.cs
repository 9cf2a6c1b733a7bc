using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Thb.Publication.Document;

/// <summary>
/// Writes the body of the main document part element by element (OpenXmlWriter), so that an annex of thousands of
/// long rows never sits in memory as one DOM: paragraphs, headings with bookmarks, the contents field and tables.
/// </summary>
public sealed class DocumentBody(OpenXmlWriter writer, Footnotes footnotes)
{
    private bool _afterTable;

    public Footnotes Footnotes { get; } = footnotes;

    public void Write(OpenXmlElement element)
    {
        writer.WriteElement(element);
        _afterTable = false;
    }

    public void Text(string text, string style = DocumentStyles.Normal, JustificationValues? justification = null)
    {
        foreach (var paragraph in DocumentText.Paragraphs(text, style, Footnotes, justification)) Write(paragraph);
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
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = heading.Level == 1 ? DocumentStyles.Heading1 : DocumentStyles.Heading2 });
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
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = heading.Level == 1 ? DocumentStyles.Toc1 : DocumentStyles.Toc2 }));
            var link = new Hyperlink { Anchor = heading.Bookmark, History = true };
            link.Append(DocumentText.Runs(heading.Text, Footnotes));
            link.Append(new Run(new TabChar()), Field(FieldCharValues.Begin, dirty: true),
                new Run(new FieldCode($" PAGEREF {heading.Bookmark} \\h ") { Space = SpaceProcessingModeValues.Preserve }), Field(FieldCharValues.Separate),
                new Run(new Text("–")), Field(FieldCharValues.End));
            paragraph.Append(link);
            Write(paragraph);
        }
    }

    /// <summary>A table of text cells: header row repeated on every page, rows free to break across pages, fixed column widths.</summary>
    public void Table(IReadOnlyList<int> widths, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, bool borders = true)
    {
        writer.WriteStartElement(new Table());
        var properties = new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0" });
        if (borders) properties.InsertAt(Borders(), 1);
        writer.WriteElement(properties);
        writer.WriteElement(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        if (headers.Count > 0) writer.WriteElement(Row(widths, headers, header: true));
        foreach (var row in rows) writer.WriteElement(Row(widths, row, header: false));
        writer.WriteEndElement();
        _afterTable = true;
    }

    private static TableBorders Borders()
    {
        T Edge<T>() where T : BorderType, new() => new() { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" };
        return new TableBorders(Edge<TopBorder>(), Edge<LeftBorder>(), Edge<BottomBorder>(), Edge<RightBorder>(), Edge<InsideHorizontalBorder>(), Edge<InsideVerticalBorder>());
    }

    private TableRow Row(IReadOnlyList<int> widths, IReadOnlyList<string> cells, bool header)
    {
        var row = new TableRow();
        if (header) row.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < widths.Count; i++)
        {
            var cellProperties = new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (header) cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "DDEBF7" });
            var cell = new TableCell(cellProperties);
            cell.Append(DocumentText.Paragraphs(i < cells.Count ? cells[i] : "", header ? DocumentStyles.TableHeader : DocumentStyles.TableText, Footnotes));
            row.Append(cell);
        }
        return row;
    }
}
