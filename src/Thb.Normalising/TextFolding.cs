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

    public static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
