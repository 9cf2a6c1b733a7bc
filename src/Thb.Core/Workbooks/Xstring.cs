using System.Globalization;
using System.Text;

namespace Thb.Workbooks;

/// <summary>Text as an OOXML string (ST_Xstring) holds it, the way Excel escapes it.</summary>
internal static class Xstring
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
}
