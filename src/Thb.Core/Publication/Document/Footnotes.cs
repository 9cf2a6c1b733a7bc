using DocumentFormat.OpenXml.Wordprocessing;

namespace Thb.Publication.Document;

/// <summary>
/// The footnotes the document collects as it is written (the Kosovo* footnote at each place Kosovo is named), each
/// with a custom mark ("*") as the Council prints it; written to the footnotes part at the end, with Word's two
/// separator footnotes first.
/// </summary>
public sealed class Footnotes
{
    private readonly List<string> _texts = [];

    public int Count => _texts.Count;

    /// <summary>Adds a footnote and returns its id (its mark, the footnote's first character, follows the reference).</summary>
    public int Add(string text)
    {
        _texts.Add(text);
        return _texts.Count;
    }

    public DocumentFormat.OpenXml.Wordprocessing.Footnotes Part()
    {
        var part = new DocumentFormat.OpenXml.Wordprocessing.Footnotes(
            new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        for (var i = 0; i < _texts.Count; i++)
        {
            var text = _texts[i];
            part.Append(new Footnote(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = DocumentStyles.FootnoteText }),
                new Run(new RunProperties(new RunStyle { Val = DocumentStyles.FootnoteReference }), new Text(text[..1])),
                new Run(new Text(text[1..]) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }))) { Id = i + 1 });
        }
        return part;
    }
}
