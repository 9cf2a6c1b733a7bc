using System.Globalization;
using System.Text;

namespace Thb.Normalising.Funding;

internal enum MKind
{
    Num,
    Word,
    Sym,
}

/// <summary>A token of a funding cell with its place in the (normalised) text and its parenthesis depth.</summary>
internal sealed class MTok
{
    public MKind Kind { get; init; }

    public string Text { get; init; } = "";

    public string Norm { get; init; } = "";

    public int Start { get; init; }

    public int End { get; init; }

    public bool SpaceBefore { get; init; }

    public int Depth { get; set; }

    public bool IsNum => Kind == MKind.Num;

    public bool IsWord => Kind == MKind.Word;

    public bool IsSym(char c) => Kind == MKind.Sym && Text[0] == c;

    public override string ToString() => Text;
}

internal static class MoneyTokens
{
    /// <summary>Replaces exotic spaces and dashes one for one, so positions in the result match the raw text.</summary>
    public static string NormaliseChars(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (char c in raw)
        {
            sb.Append(c switch
            {
                '\u00A0' or '\u2007' or '\u2009' or '\u202F' or '\u200A' or '\u2008' or '\u2006' or '\u2005' or '\u2004' or '\u2002' or '\u2003' or '\t' or '\r' or '\n' or '\u3000' => ' ',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' => '-',
                '\u2019' or '\u2018' or '\u00B4' or '`' => '\'',
                '\u2026' => '.',
                '\u200B' or '\uFEFF' or '\u00AD' => ' ',
                _ => c,
            });
        }

        return sb.ToString();
    }

    public static List<MTok> Tokenize(string s)
    {
        var list = new List<MTok>();
        bool space = false;
        int depth = 0;
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            int start = i;
            MTok tok;
            if (c is >= '0' and <= '9')
            {
                while (i < s.Length && s[i] is >= '0' and <= '9')
                {
                    i++;
                }

                tok = new MTok { Kind = MKind.Num, Text = s[start..i], Norm = s[start..i], Start = start, End = i, SpaceBefore = space };
            }
            else if (char.IsLetter(c))
            {
                while (i < s.Length && (char.IsLetter(s[i]) || char.GetUnicodeCategory(s[i]) == UnicodeCategory.NonSpacingMark))
                {
                    i++;
                }

                string w = s[start..i];
                tok = new MTok { Kind = MKind.Word, Text = w, Norm = Fold(w), Start = start, End = i, SpaceBefore = space };
            }
            else
            {
                i++;
                tok = new MTok { Kind = MKind.Sym, Text = c.ToString(), Norm = c.ToString(), Start = start, End = i, SpaceBefore = space };
            }

            if (tok.IsSym(')') || tok.IsSym(']'))
            {
                depth = Math.Max(0, depth - 1);
            }

            tok.Depth = depth;
            if (tok.IsSym('(') || tok.IsSym('['))
            {
                depth++;
            }

            list.Add(tok);
            space = false;
        }

        return list;
    }

    /// <summary>Lower case without diacritics.</summary>
    public static string Fold(string word) => TextFolding.FoldLower(word);
}
