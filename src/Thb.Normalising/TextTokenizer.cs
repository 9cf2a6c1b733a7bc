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

            var start = i;
            TextToken token;
            if (c is >= '0' and <= '9')
            {
                var value = 0L;
                while (i < text.Length && text[i] is >= '0' and <= '9')
                {
                    value = value * 10 + (text[i] - '0');
                    i++;
                    value = Math.Min(value, 10_000_000_000L);
                }

                var digits = text[start..i];
                token = new TextToken
                {
                    Kind = TokenKind.Number, Text = digits, Folded = digits, Lower = digits, Start = start, End = i,
                    SpacingBefore = spacing, Depth = depth, Value = i - start <= 9 ? (int)value : -1,
                };
            }
            else if (char.IsLetter(c))
            {
                while (i < text.Length && (char.IsLetter(text[i]) || TextFolding.IsMark(text[i])))
                {
                    i++;
                }

                var word = text[start..i];
                var folded = TextFolding.Fold(word);
                token = new TextToken
                {
                    Kind = TokenKind.Word, Text = word, Folded = folded, Lower = folded.ToLowerInvariant(), Start = start, End = i,
                    SpacingBefore = spacing, Depth = depth,
                };
            }
            else if (TextFolding.IsMark(c))
            {
                i++; // a combining mark with no letter to carry it
                continue;
            }
            else
            {
                i++;
                var symbol = c.ToString();
                var lower = TextFolding.FoldSymbol(c);
                if (c is ')' or ']')
                {
                    depth = Math.Max(0, depth - 1);
                }

                token = new TextToken
                {
                    Kind = TokenKind.Symbol, Text = symbol, Folded = symbol, Lower = lower == c ? symbol : lower.ToString(),
                    Start = start, End = i, SpacingBefore = spacing, Depth = depth,
                };
                if (c is '(' or '[')
                {
                    depth++;
                }
            }

            tokens.Add(token);
            spacing = Spacing.None;
        }

        return tokens;
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
