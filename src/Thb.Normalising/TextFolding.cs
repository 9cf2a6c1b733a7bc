using System.Globalization;
using System.Text;

namespace Thb.Normalising;

/// <summary>
/// Text compared without its accents, ligatures and special letters ("Lefö" = "Lefo", "Weißrussland" = "Weissrussland",
/// "Jänner" = "Janner"): what every normaliser and the header matcher compare on. The raw text is never changed.
/// </summary>
public static class TextFolding
{
    /// <summary>Removes diacritics and expands special letters, keeping case.</summary>
    public static string Fold(string s)
    {
        var ascii = true;
        foreach (var c in s)
        {
            if (c > 0x7F)
            {
                ascii = false;
                break;
            }
        }
        if (ascii) return s;

        var decomposed = s.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (IsMark(c)) continue;
            switch (c)
            {
                case 'ß': sb.Append("ss"); break;
                case 'ẞ': sb.Append("SS"); break;
                case 'æ': sb.Append("ae"); break;
                case 'Æ': sb.Append("AE"); break;
                case 'œ': sb.Append("oe"); break;
                case 'Œ': sb.Append("OE"); break;
                case 'ø': sb.Append('o'); break;
                case 'Ø': sb.Append('O'); break;
                case 'đ': case 'ð': sb.Append('d'); break;
                case 'Đ': case 'Ð': sb.Append('D'); break;
                case 'ł': sb.Append('l'); break;
                case 'Ł': sb.Append('L'); break;
                case 'ı': sb.Append('i'); break;
                case 'þ': sb.Append("th"); break;
                case 'Þ': sb.Append("Th"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Lower case and folded ("Décembre" → "decembre").</summary>
    public static string FoldLower(string s) => Fold(s.ToLowerInvariant());

    /// <summary>A symbol as the readers compare it: every dash is '-', every apostrophe '\'', the ellipsis '.'.</summary>
    public static char FoldSymbol(char c) => c switch
    {
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' => '-',
        '\u2019' or '\u2018' or '\u00B4' or '`' => '\'',
        '\u2026' => '.',
        _ => c,
    };

    /// <summary>The text with every white space a plain space and every symbol folded (<see cref="FoldSymbol"/>), one
    /// character for one, so that offsets into the result are offsets into the text.</summary>
    public static string FoldSymbols(string text)
    {
        return string.Create(text.Length, text, static (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                span[i] = TextTokenizer.SpacingOf(c) != Spacing.None ? ' ' : FoldSymbol(c);
            }
        });
    }

    public static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
