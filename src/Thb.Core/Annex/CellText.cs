using System.Globalization;
using System.Text;

namespace Thb.Annex;

/// <summary>Text as a spreadsheet cell holds it: escaped for OOXML, and split into parts a printed row can show.</summary>
internal static class CellText
{
    /// <summary>
    /// Escapes text for an OOXML string (ST_Xstring): characters XML 1.0 cannot carry, and carriage returns (XML
    /// readers fold CR LF into LF), become _xHHHH_ as Excel writes them; a literal "_xHHHH_" in the text gets its
    /// underscore escaped (_x005F_) so that no reader decodes it. Readers give back the text exactly.
    /// </summary>
    public static string Escape(string text)
    {
        if (!NeedsEscape(text)) return text;
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pairedSurrogate = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pairedSurrogate)
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsUnsafe(c) || c == '_' && LooksLikeEscape(text, i))
            {
                builder.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static bool NeedsEscape(string text)
    {
        foreach (var c in text)
            if (c == '_' || IsUnsafe(c) || char.IsSurrogate(c)) return true;
        return false;
    }

    /// <summary>Characters an XML 1.0 document cannot hold as they are (lone surrogates are caught by the caller).</summary>
    private static bool IsUnsafe(char c) => c < 0x20 && c is not '\t' and not '\n' || c == '\r' || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);

    private static bool LooksLikeEscape(string text, int at) =>
        at + 6 < text.Length && text[at + 1] == 'x' && text[at + 6] == '_' && Uri.IsHexDigit(text[at + 2]) && Uri.IsHexDigit(text[at + 3]) &&
        Uri.IsHexDigit(text[at + 4]) && Uri.IsHexDigit(text[at + 5]);

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
        var start = 0;
        while (start < text.Length)
        {
            var end = FittingEnd(text, start, charsPerLine, maxLines);
            if (end >= text.Length)
            {
                parts.Add(text[start..]);
                break;
            }
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
            parts.Add(text[start..cut]);
            start = cut;
        }
        return parts;
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
