namespace Thb.Normalising;

/// <summary>
/// The one tokeniser of every reader: splits a cell into runs of ASCII digits, runs of letters (with their combining
/// marks; a letter-digit boundary splits, "Kosovo1" = "Kosovo" "1") and single other characters, and notes the white
/// space before each. White space is any Unicode white space plus the zero-width space, the byte-order mark and the soft
/// hyphen. Each reader builds its view on these tokens: durations recognise months, funding reads numbers with their
/// separators, places treat dashes, apostrophes and full stops as separators.
/// </summary>
internal static class TextTokenizer
{
    public static List<TextToken> Tokenize(string text)
    {
        var tokens = new List<TextToken>(Math.Min(text.Length, 4096) / 3 + 1);
        var spacing = Spacing.None;
        var depth = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var space = SpacingOf(c);
            if (space != Spacing.None)
            {
                spacing |= space;
                i++;
                continue;
            }

            if (TextFolding.IsMark(c) && !char.IsLetter(c))
            {
                i++; // a combining mark with no letter to carry it
                continue;
            }

            var token = c is >= '0' and <= '9' ? Number(text, i, spacing, depth)
                : char.IsLetter(c) ? Word(text, i, spacing, depth)
                : Symbol(c, i, spacing, ref depth);
            tokens.Add(token);
            i = token.End;
            spacing = Spacing.None;
        }

        return tokens;
    }

    private static TextToken Number(string text, int start, Spacing spacing, int depth)
    {
        var value = 0L;
        var i = start;
        while (i < text.Length && text[i] is >= '0' and <= '9')
        {
            value = Math.Min((value * 10) + (text[i] - '0'), 10_000_000_000L);
            i++;
        }

        var digits = text[start..i];
        return new TextToken
        {
            Kind = TokenKind.Number, Text = digits, Folded = digits, Lower = digits, Start = start, End = i,
            SpacingBefore = spacing, Depth = depth, Value = i - start <= 9 ? (int)value : -1,
        };
    }

    private static TextToken Word(string text, int start, Spacing spacing, int depth)
    {
        var i = start;
        while (i < text.Length && (char.IsLetter(text[i]) || TextFolding.IsMark(text[i])))
        {
            i++;
        }

        var word = text[start..i];
        var folded = TextFolding.Fold(word);
        return new TextToken
        {
            Kind = TokenKind.Word, Text = word, Folded = folded, Lower = folded.ToLowerInvariant(), Start = start, End = i,
            SpacingBefore = spacing, Depth = depth,
        };
    }

    /// <summary>One other character; a closing parenthesis or bracket stands outside, an opening one opens a level.</summary>
    private static TextToken Symbol(char c, int start, Spacing spacing, ref int depth)
    {
        if (c is ')' or ']')
        {
            depth = Math.Max(0, depth - 1);
        }

        var symbol = c.ToString();
        var lower = TextFolding.FoldSymbol(c);
        var token = new TextToken
        {
            Kind = TokenKind.Symbol, Text = symbol, Folded = symbol, Lower = lower == c ? symbol : lower.ToString(),
            Start = start, End = start + 1, SpacingBefore = spacing, Depth = depth,
        };
        if (c is '(' or '[')
        {
            depth++;
        }

        return token;
    }

    /// <summary>The kind of white space a character is, or <see cref="Spacing.None"/>.</summary>
    public static Spacing SpacingOf(char c) => c switch
    {
        ' ' => Spacing.Space,
        '\u00AD' => Spacing.SoftHyphen,
        '\u200B' or '\uFEFF' => Spacing.Invisible,
        _ => char.IsWhiteSpace(c) ? Spacing.Break : Spacing.None,
    };
}
