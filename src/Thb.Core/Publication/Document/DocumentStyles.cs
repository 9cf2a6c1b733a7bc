using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Thb.Publication.Document;

/// <summary>
/// The document's styles, as Word names them (so that Word's own TOC and heading commands use them): Normal, Title,
/// Heading 1 and 2 with outline levels (the contents field collects them), TOC 1 and 2, table text, footnotes, footer.
/// Fonts: Times New Roman as the Council writes, the same for complex scripts (Arabic, Hebrew) and East Asian text;
/// readers substitute a font that has the glyph where one lacks it.
/// </summary>
public static class DocumentStyles
{
    public const string Normal = "Normal", Title = "Title", Heading1 = "Heading1", Heading2 = "Heading2", Toc1 = "TOC1", Toc2 = "TOC2";
    /// <summary>A contributor's sub-section (in the contents), a heading of its narrative (not in them), a list item of it.</summary>
    public const string Heading3 = "Heading3", Toc3 = "TOC3", NarrativeHeading = "NarrativeHeading", ListItem = "NarrativeListItem";
    public const string TableText = "TableText", TableHeader = "TableHeader", Note = "Note", Caption = "Caption";
    public const string FootnoteText = "FootnoteText", FootnoteReference = "FootnoteReference", Footer = "Footer";
    public const string Font = "Times New Roman";

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" },
                new Languages { Val = "en-GB", Bidi = "ar-SA", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph(Normal, "Normal", null, null),
        Paragraph(Title, "Title", null, new StyleRunProperties(new Bold(), new BoldComplexScript(), new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" }),
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "240", After = "240" }, new Justification { Val = JustificationValues.Center })),
        Heading(Heading1, "heading 1", 0, "28", pageBreakBefore: true),
        Heading(Heading2, "heading 2", 1, "24", pageBreakBefore: true),
        Heading(Heading3, "heading 3", 2, "24", pageBreakBefore: false),
        Paragraph(NarrativeHeading, "Narrative Heading", null, new StyleRunProperties(new Bold(), new BoldComplexScript()),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "180", After = "80" })),
        Paragraph(ListItem, "Narrative List Item", null, null, new StyleParagraphProperties(new Indentation { Left = "567", Hanging = "567" })),
        Paragraph(Toc1, "toc 1", null, new StyleRunProperties(new Bold(), new BoldComplexScript()), TocParagraph(0)),
        Paragraph(Toc2, "toc 2", null, null, TocParagraph(1)),
        Paragraph(Toc3, "toc 3", null, null, TocParagraph(2)),
        Paragraph(TableText, "Table Text", null, new StyleRunProperties(new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" }),
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "20", After = "20" })),
        Paragraph(TableHeader, "Table Header", TableText, new StyleRunProperties(new Bold(), new BoldComplexScript()),
            new StyleParagraphProperties(new KeepNext())),
        Paragraph(Note, "Note", null, new StyleRunProperties(new Italic(), new ItalicComplexScript(), new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" })),
        Paragraph(Caption, "caption", null, new StyleRunProperties(new Italic(), new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" }),
            new StyleParagraphProperties(new Justification { Val = JustificationValues.Center })),
        Paragraph(FootnoteText, "footnote text", null, new StyleRunProperties(new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" }),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0" })),
        new Style(new StyleName { Val = "footnote reference" }, new UIPriority { Val = 99 },
            new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript })) { Type = StyleValues.Character, StyleId = FootnoteReference },
        Paragraph(Footer, "footer", null, new StyleRunProperties(new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" }),
            new StyleParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Right, Position = 14570 }), new SpacingBetweenLines { After = "0" })));

    private static StyleParagraphProperties TocParagraph(int level) => new(
        new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = 14570 }),
        new SpacingBetweenLines { After = "60" },
        new Indentation { Left = (level * 440).ToString(System.Globalization.CultureInfo.InvariantCulture) });

    private static Style Heading(string id, string name, int outline, string size, bool pageBreakBefore)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new KeepLines());
        if (pageBreakBefore) paragraph.Append(new PageBreakBefore());
        paragraph.Append(new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = outline });
        return Paragraph(id, name, null, new StyleRunProperties(new Bold(), new BoldComplexScript(), new FontSize { Val = size }, new FontSizeComplexScript { Val = size }), paragraph);
    }

    private static Style Paragraph(string id, string name, string? basedOn, StyleRunProperties? run, StyleParagraphProperties? paragraph = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, Default = id == Normal ? true : null };
        if (id != Normal) style.Append(new BasedOn { Val = basedOn ?? Normal });
        style.Append(new PrimaryStyle());
        if (paragraph is not null) style.Append(paragraph);
        if (run is not null) style.Append(run);
        return style;
    }
}
