using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Thb.Publication.Document;

/// <summary>
/// Text as WordprocessingML runs, never as markup: everything goes into w:t (so "{ PAGE }", "=SUM(A1)" or "&lt;b&gt;"
/// stay the words written), tabs become w:tab, line breaks new paragraphs, characters XML cannot carry their visible
/// Unicode control pictures (U+2400…), right-to-left stretches (Hebrew, Arabic, …) runs marked w:rtl, a paragraph that
/// starts right-to-left w:bidi, and each "Kosovo" the Council's footnote.
/// </summary>
public static class DocumentText
{
    /// <summary>The paragraphs of a text (one per line; an empty text is one empty paragraph).</summary>
    public static IEnumerable<Paragraph> Paragraphs(string text, string style, Footnotes footnotes, JustificationValues? justification = null)
    {
        foreach (var line in Lines(text))
        {
            var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
            if (StartsRightToLeft(line)) properties.Append(new BiDi());
            if (justification is { } j) properties.Append(new Justification { Val = j });
            var paragraph = new Paragraph(properties);
            paragraph.Append(Runs(line, footnotes));
            yield return paragraph;
        }
    }

    public static Paragraph Paragraph(string text, string style, Footnotes footnotes, JustificationValues? justification = null) =>
        Paragraphs(text.Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' '), style, footnotes, justification).Single();

    private static IEnumerable<string> Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

    /// <summary>The runs of one line: direction stretches, tabs, and a footnote reference after each "Kosovo".</summary>
    public static IEnumerable<OpenXmlElement> Runs(string line, Footnotes footnotes)
    {
        var start = 0;
        foreach (var end in KosovoDesignation.Occurrences(line).ToList())
        {
            foreach (var run in DirectionRuns(line[start..end])) yield return run;
            yield return footnotes.Reference(KosovoDesignation.Footnote);
            start = end;
        }
        foreach (var run in DirectionRuns(line[start..])) yield return run;
    }

    private static IEnumerable<Run> DirectionRuns(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var rtl = IsRightToLeft(text, i);
            var j = i + 1;
            // A stretch keeps its direction across spaces and digits until a letter of the other direction.
            while (j < text.Length && (IsRightToLeft(text, j) == rtl || !IsStrong(text, j))) j++;
            yield return Run(text[i..j], rtl);
            i = j;
        }
    }

    private static Run Run(string text, bool rightToLeft)
    {
        var run = new Run();
        if (rightToLeft) run.Append(new RunProperties(new RightToLeftText()));
        var part = new StringBuilder();
        void Flush()
        {
            if (part.Length == 0) return;
            run.Append(new Text(part.ToString()) { Space = SpaceProcessingModeValues.Preserve });
            part.Clear();
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\t')
            {
                Flush();
                run.Append(new TabChar());
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                part.Append(c).Append(text[++i]);
            }
            else
            {
                part.Append(Visible(c));
            }
        }
        Flush();
        return run;
    }

    /// <summary>A character XML 1.0 can carry as it is, or its visible stand-in (control pictures; U+FFFD for the rest).</summary>
    private static char Visible(char c) => c switch
    {
        < '\u0020' => (char)(0x2400 + c),
        '\u007F' => '\u2421',
        '\uFFFE' or '\uFFFF' => '\uFFFD',
        _ when char.IsSurrogate(c) => '\uFFFD',
        _ => c,
    };

    private static bool IsStrong(string text, int i) => char.IsLetter(text, i);

    /// <summary>Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms.</summary>
    private static bool IsRightToLeft(string text, int i)
    {
        var c = text[i];
        return c is >= '\u0590' and <= '\u08FF' || c is >= '\uFB1D' and <= '\uFDFF' || c is >= '\uFE70' and <= '\uFEFF';
    }

    private static bool StartsRightToLeft(string line)
    {
        for (var i = 0; i < line.Length; i++)
            if (IsStrong(line, i)) return IsRightToLeft(line, i);
        return false;
    }

    public static string Number(decimal value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);
}
