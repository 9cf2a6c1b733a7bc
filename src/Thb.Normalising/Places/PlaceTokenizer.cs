using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Thb.Normalising.Places;

internal enum TokenKind
{
    Word,
    Number,
    Punct,
}

/// <summary>
/// One token of a cell. <see cref="Text"/> is folded (diacritics and ligatures removed) with its case kept,
/// <see cref="Lower"/> the same in lower case. <see cref="GlueableBefore"/> is true when the previous token is
/// separated from it by spaces only, or by one hyphen with optional spaces or a line break around it (the cases in
/// which PDF-split fragments such as "Zambi a" or "Slove- nia" are glued back).
/// </summary>
internal readonly record struct PlaceToken(string Text, string Lower, TokenKind Kind, bool GlueableBefore)
{
    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsAllLetters
    {
        get
        {
            foreach (var c in Text)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }

            return Text.Length > 0;
        }
    }
}

/// <summary>
/// Splits a cell into word, number and punctuation tokens.
/// Letters and digits form words and numbers (a letter-digit boundary splits: "Kosovo1" = "Kosovo" "1").
/// Whitespace (line breaks included), hyphens and dashes, apostrophes and full stops only separate tokens, so that
/// "Bosnia-Herzegovina", "Bosnia and\nHerzegovina", "Guinea- Bissau", "Côte d’Ivoire" and "St. Lucia" tokenise like
/// their plain forms; "&amp;" becomes the word "and"; every other character (, ; : / ( ) ...) is a punctuation token,
/// which place names do not cross unless an alias spells it ("Korea, Republic of").
/// Dotted acronyms are joined first: "U.S.A." = "USA", "U.K." = "UK".
/// </summary>
internal static class PlaceTokenizer
{
    private static readonly Regex DottedAcronym = new(
        @"(?<![\p{L}\p{M}\p{Nd}])(?:\p{Lu}\.){1,}\p{Lu}\.?(?![\p{L}\p{M}\p{Nd}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static List<PlaceToken> Tokenize(string text)
    {
        var tokens = new List<PlaceToken>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        if (text.Contains('.'))
        {
            text = DottedAcronym.Replace(text, m => m.Value.Replace(".", string.Empty, StringComparison.Ordinal));
        }

        var sb = new StringBuilder();
        var sawSeparator = false;
        var spaces = 0; // ' ' characters in the separator since the previous token
        var breaks = 0; // other whitespace (line breaks, tabs)
        var hyphens = 0;
        var others = 0; // dots, apostrophes, dashes other than a hyphen
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var isDigit = char.IsDigit(c);
                sb.Clear();
                while (i < text.Length && IsWordChar(text[i]) && (char.IsDigit(text[i]) == isDigit || IsMark(text[i])))
                {
                    sb.Append(text[i]);
                    i++;
                }

                var glueable = sawSeparator && others == 0 && (hyphens == 0 ? breaks == 0 && spaces > 0 : hyphens == 1);
                Add(tokens, sb.ToString(), isDigit ? TokenKind.Number : TokenKind.Word, glueable);
                sawSeparator = false;
                continue;
            }

            if (c == '&')
            {
                tokens.Add(new PlaceToken("&", "and", TokenKind.Word, false));
                sawSeparator = false;
                i++;
                continue;
            }

            if (IsSoftSeparator(c))
            {
                if (!sawSeparator)
                {
                    sawSeparator = true;
                    spaces = breaks = hyphens = others = 0;
                }

                if (c == ' ')
                {
                    spaces++;
                }
                else if (char.IsWhiteSpace(c))
                {
                    breaks++;
                }
                else if (c is '-' or '\u2010' or '\u2011' or '\u00AD')
                {
                    hyphens++;
                }
                else
                {
                    others++;
                }

                i++;
                continue;
            }

            tokens.Add(new PlaceToken(c.ToString(), c.ToString(), TokenKind.Punct, false));
            sawSeparator = false;
            i++;
        }

        return tokens;
    }

    private static void Add(List<PlaceToken> tokens, string raw, TokenKind kind, bool glueableBefore)
    {
        var folded = Fold(raw);
        if (folded.Length == 0)
        {
            return;
        }

        tokens.Add(new PlaceToken(folded, folded.ToLowerInvariant(), kind, glueableBefore && tokens.Count > 0));
    }

    /// <summary>Removes diacritics and expands ligatures and special letters: "Lefö" = "Lefo", "Weißrussland" = "Weissrussland".</summary>
    public static string Fold(string s) => TextFolding.Fold(s);

    private static bool IsMark(char c) => TextFolding.IsMark(c);

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsDigit(c) || IsMark(c);

    private static bool IsSoftSeparator(char c) =>
        char.IsWhiteSpace(c)
        || c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u00AD'
        || c is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4' or '\u02BC' or '\u2032'
        || c is '.' or '\u200B' or '\uFEFF';
}
