using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Thb.Workbooks;

namespace Thb.Publication.Document;

/// <summary>
/// Text as WordprocessingML runs, never as markup: everything goes into w:t (so "{ PAGE }", "=SUM(A1)" or "&lt;b&gt;"
/// stay the words written), tabs become w:tab, line breaks new paragraphs, characters XML cannot carry their visible
/// Unicode control pictures (U+2400…), right-to-left stretches (Hebrew, Arabic, …) runs marked w:rtl, a paragraph that
/// starts right-to-left w:bidi, and each "Kosovo" the Council's footnote.
/// </summary>
/// <remarks>
/// Written straight to the part's UTF-8 markup (an annex's table holds some hundred thousand paragraphs: an element
/// object per paragraph, run and text cost more than the rest of the document, and an XmlWriter's namespace checks on
/// each of the million elements more than their bytes); the few runs that go into SDK elements (headings, contents
/// entries) are read back from the same writing, so there is one spelling of a run.
/// </remarks>
public static class DocumentText
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Writes the paragraphs of a text (one per line; an empty text is one empty paragraph).</summary>
    internal static void WriteParagraphs(Utf8Markup w, string text, string style, Footnotes footnotes, JustificationValues? justification = null)
    {
        foreach (var line in Lines(text))
        {
            w.Start("w:p");
            w.Start("w:pPr");
            Val(w, "w:pStyle", style);
            if (StartsRightToLeft(line)) Empty(w, "w:bidi");
            if (justification is { } j) Val(w, "w:jc", new EnumValue<JustificationValues>(j).InnerText!);
            w.End();
            WriteRuns(w, line, footnotes);
            w.End();
        }
    }

    /// <summary>
    /// One paragraph of stretches in bold or italic (a narrative's), after its label ("1.", "•") and a space; a line
    /// break inside a stretch is a w:br, so the paragraph stays one.
    /// </summary>
    internal static void WriteFormatted(Utf8Markup w, string style, string? label, IReadOnlyList<(string Text, bool Bold, bool Italic)> runs, Footnotes footnotes)
    {
        w.Start("w:p");
        w.Start("w:pPr");
        Val(w, "w:pStyle", style);
        if (StartsRightToLeft(string.Concat(runs.Select(r => r.Text)))) Empty(w, "w:bidi");
        w.End();
        if (label is not null) WriteRuns(w, label + " ", footnotes);
        foreach (var (text, bold, italic) in runs)
        {
            var lines = Lines(text).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    w.Start("w:r");
                    Empty(w, "w:br");
                    w.End();
                }
                WriteRuns(w, lines[i], footnotes, new RunFormat(bold, italic));
            }
        }
        w.End();
    }

    /// <summary>Bold and italic of a run (neither: a plain run).</summary>
    public readonly record struct RunFormat(bool Bold, bool Italic)
    {
        public bool Any => Bold || Italic;
    }

    /// <summary>The runs of one line as SDK elements (headings and contents entries).</summary>
    public static IEnumerable<OpenXmlElement> Runs(string line, Footnotes footnotes)
    {
        var xml = new MemoryStream();
        using (var w = new Utf8Markup(xml))
        {
            w.Start("w:p");
            w.Attribute("xmlns:w", W);
            WriteRuns(w, line, footnotes);
            w.End();
        }
        return new Paragraph(Encoding.UTF8.GetString(xml.GetBuffer(), 0, (int)xml.Length)).ChildElements.Select(e => e.CloneNode(true)).ToList();
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Contains('\r') || text.Contains('\n') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n') : [text];

    /// <summary>The runs of one line: direction stretches, tabs, and a footnote reference after each "Kosovo".</summary>
    internal static void WriteRuns(Utf8Markup w, string line, Footnotes footnotes, RunFormat format = default)
    {
        var start = 0;
        foreach (var end in KosovoDesignation.Occurrences(line))
        {
            DirectionRuns(w, line, start, end, format);
            FootnoteReference(w, footnotes.Add(KosovoDesignation.Footnote), KosovoDesignation.Footnote[..1]);
            start = end;
        }
        DirectionRuns(w, line, start, line.Length, format);
    }

    private static void FootnoteReference(Utf8Markup w, int id, string mark)
    {
        w.Start("w:r");
        w.Start("w:rPr");
        Val(w, "w:rStyle", DocumentStyles.FootnoteReference);
        w.End();
        w.Start("w:footnoteReference");
        w.Attribute("w:customMarkFollows", "true");
        w.Attribute("w:id", id.ToString(CultureInfo.InvariantCulture));
        w.End();
        w.Start("w:t");
        w.Text(mark);
        w.End();
        w.End();
    }

    private static void DirectionRuns(Utf8Markup w, string text, int from, int to, RunFormat format)
    {
        var i = from;
        while (i < to)
        {
            var rtl = IsRightToLeft(text, i);
            var j = i + 1;
            // A stretch keeps its direction across spaces and digits until a letter of the other direction.
            while (j < to && (IsRightToLeft(text, j) == rtl || !IsStrong(text, j))) j++;
            Run(w, text.AsSpan(i, j - i), rtl, format);
            i = j;
        }
    }

    private static void Run(Utf8Markup w, ReadOnlySpan<char> text, bool rightToLeft, RunFormat format)
    {
        w.Start("w:r");
        if (rightToLeft || format.Any)
        {
            w.Start("w:rPr");
            if (format.Bold) Empty(w, "w:b");
            if (format.Italic) Empty(w, "w:i");
            if (rightToLeft) Empty(w, "w:rtl");
            w.End();
        }
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\t') continue;
            if (i > start) TextElement(w, text[start..i]);
            if (i < text.Length) Empty(w, "w:tab");
            start = i + 1;
        }
        w.End();
    }

    private static void TextElement(Utf8Markup w, ReadOnlySpan<char> text)
    {
        w.Start("w:t");
        w.Attribute("xml:space", "preserve");
        if (IsPlain(text))
        {
            w.Text(text);
        }
        else
        {
            var visible = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) visible.Append(c).Append(text[++i]);
                else visible.Append(Visible(c));
            }
            w.Text(visible.ToString());
        }
        w.End();
    }

    /// <summary>No character that needs a stand-in (the common case, checked without copying).</summary>
    private static bool IsPlain(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (c < '\u0020' || c == '\u007F' || c >= '\uD800' && (c <= '\uDFFF' || c >= '\uFFFE')) return false;
        return true;
    }

    private static void Val(Utf8Markup w, string name, string value)
    {
        w.Start(name);
        w.Attribute("w:val", value);
        w.End();
    }

    private static void Empty(Utf8Markup w, string name)
    {
        w.Start(name);
        w.End();
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
