using System.Globalization;
using System.Text;

namespace Thb.Annex;

/// <summary>Text as a printed annex row shows it: split into parts a row can show (escaping is <see cref="Thb.Workbooks.Xstring"/>).</summary>
internal static class CellText
{
    /// <summary>
    /// Splits text into parts that each wrap to at most <paramref name="maxLines"/> lines in a column
    /// <paramref name="charsPerLine"/> characters wide, breaking after a space or line break where there is one in the
    /// second half of a part. Concatenating the parts gives back the text exactly; a text that fits is one part.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int charsPerLine, int maxLines)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(charsPerLine, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLines, 1);
        if (text.Length <= charsPerLine && !text.Contains('\n')) return [text];
        var parts = new List<string>();
        for (var start = 0; start < text.Length;)
        {
            var cut = NextCut(text, start, charsPerLine, maxLines);
            parts.Add(text[start..cut]);
            start = cut;
        }
        return parts;
    }

    /// <summary>How many parts <see cref="Split"/> makes of the text, without making them.</summary>
    public static int CountParts(string text, int charsPerLine, int maxLines)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(charsPerLine, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLines, 1);
        if (text.Length <= charsPerLine && !text.Contains('\n')) return 1;
        var count = 0;
        for (var start = 0; start < text.Length; start = NextCut(text, start, charsPerLine, maxLines)) count++;
        return count;
    }

    /// <summary>Where the part starting at <paramref name="start"/> ends: the end of the text, or after a space in the part's second half.</summary>
    private static int NextCut(string text, int start, int charsPerLine, int maxLines)
    {
        var end = FittingEnd(text, start, charsPerLine, maxLines);
        if (end >= text.Length) return text.Length;
        var cut = end;
        for (var i = end - 1; i > start + (end - start) / 2; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                cut = i + 1;
                break;
            }
        }
        // Never part CR from its LF, nor a surrogate pair.
        if (text[cut] == '\n' && text[cut - 1] == '\r') cut++;
        else if (char.IsLowSurrogate(text[cut]) && char.IsHighSurrogate(text[cut - 1])) cut = cut - 1 > start ? cut - 1 : cut + 1;
        return cut;
    }

    /// <summary>How many lines the text wraps to in a column charsPerLine characters wide (at least one).</summary>
    public static int CountLines(string text, int charsPerLine)
    {
        var line = 1;
        var column = 0;
        foreach (var c in text)
        {
            if (c == '\r') continue;
            if (c == '\n')
            {
                line++;
                column = 0;
                continue;
            }
            if (column == charsPerLine)
            {
                line++;
                column = 0;
            }
            column++;
        }
        return line;
    }

    /// <summary>The index where the text from start stops fitting in maxLines lines (text.Length when it all fits); counts as <see cref="CountLines"/> does.</summary>
    private static int FittingEnd(string text, int start, int charsPerLine, int maxLines)
    {
        var line = 1;
        var column = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r') continue;
            if (c == '\n')
            {
                line++;
                column = 0;
                if (line > maxLines) return i + 1;
                continue;
            }
            if (column == charsPerLine)
            {
                line++;
                column = 0;
                if (line > maxLines) return i;
            }
            column++;
        }
        return text.Length;
    }
}
