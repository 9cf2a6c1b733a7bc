using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Thb.Publication.Document;

/// <summary>The small parts of the package: settings, font table, footer, page setup, and the map as an inline picture.</summary>
public static class DocumentParts
{
    /// <summary>A4 landscape with 2 cm margins: the text is 14,570 twips wide.</summary>
    public const int PageWidth = 16838, PageHeight = 11906, Margin = 1134, TextWidth = PageWidth - 2 * Margin;

    public static Settings Settings() => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        // Word refreshes the contents' page numbers when the document opens.
        new UpdateFieldsOnOpen { Val = true },
        new FootnoteDocumentWideProperties(new FootnoteSpecialReference { Id = -1 }, new FootnoteSpecialReference { Id = 0 }),
        new Compatibility(new CompatibilitySetting { Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15" }),
        new ThemeFontLanguages { Val = "en-GB", Bidi = "ar-SA" });

    public static Fonts FontTable() => new(
        new Font(new FontCharSet { Val = "00" }, new FontFamily { Val = FontFamilyValues.Roman }, new Pitch { Val = FontPitchValues.Variable }) { Name = DocumentStyles.Font });

    /// <summary>The footer: the document reference on the left, "Page X of Y" on the right (PAGE and NUMPAGES fields).</summary>
    public static Footer Footer(string reference) => new(new Paragraph(
        new ParagraphProperties(new ParagraphStyleId { Val = DocumentStyles.Footer }),
        new Run(new Text(reference) { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new TabChar()),
        new Run(new Text("Page ") { Space = SpaceProcessingModeValues.Preserve }),
        new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
        new Run(new Text(" of ") { Space = SpaceProcessingModeValues.Preserve }),
        new SimpleField(new Run(new Text("1"))) { Instruction = " NUMPAGES " }));

    public static SectionProperties Section(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new FootnoteProperties(new NumberingFormat { Val = NumberFormatValues.Decimal }),
        new PageSize { Width = (UInt32Value)(uint)PageWidth, Height = (UInt32Value)(uint)PageHeight, Orient = PageOrientationValues.Landscape },
        new PageMargin { Top = Margin, Bottom = Margin, Left = (UInt32Value)(uint)Margin, Right = (UInt32Value)(uint)Margin, Header = 567, Footer = 567, Gutter = 0 },
        new DocGrid { LinePitch = 360 });

    /// <summary>A picture as wide as the text, in its own paragraph, with its description as alternative text.</summary>
    public static Paragraph Picture(string relationshipId, int pixelWidth, int pixelHeight, string name, string description)
    {
        const long emuPerTwip = 635;
        long cx = TextWidth * emuPerTwip, cy = cx * pixelHeight / pixelWidth;
        var inline = new Dw.Inline(
            new Dw.Extent { Cx = cx, Cy = cy },
            new Dw.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Dw.DocProperties { Id = 1U, Name = name, Description = description },
            new Dw.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = 0U, Name = name, Description = description }, new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        return new Paragraph(new ParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Center }), new Run(new Drawing(inline)));
    }
}
