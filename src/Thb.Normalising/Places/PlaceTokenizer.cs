namespace Thb.Normalising.Places;

/// <summary>
/// The place reader's view of the tokens of <see cref="TextTokenizer"/>: words and numbers stay tokens; white space,
/// hyphens and dashes, apostrophes and full stops only separate them, so that "Bosnia-Herzegovina",
/// "Bosnia and\nHerzegovina", "Guinea- Bissau", "Côte d’Ivoire" and "St. Lucia" read like their plain forms; "&amp;" is
/// the word "and"; every other character (, ; : / ( ) ...) is a symbol token, which place names do not cross unless an
/// alias spells it ("Korea, Republic of"). Dotted acronyms are joined: "U.S.A." = "USA", "U.K." = "UK".
/// </summary>
internal static class PlaceTokenizer
{
    public static List<PlaceToken> Tokenize(string text)
    {
        var tokens = new List<PlaceToken>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var all = TextTokenizer.Tokenize(text);
        var gap = new Separator();
        for (var i = 0; i < all.Count; i++)
        {
            var t = all[i];
            gap.Add(t.SpacingBefore);
            if (t.IsWord && DottedAcronymEnd(all, i, out var letters, out var end))
            {
                var joined = Fold(string.Concat(letters.Select(k => all[k].Text)));
                tokens.Add(new PlaceToken(joined, joined.ToLowerInvariant(), TokenKind.Word, gap.Glueable && tokens.Count > 0));
                gap = new Separator();
                i = end - 1;
            }
            else if (t.IsWord || t.IsNumber)
            {
                if (t.Folded.Length > 0)
                {
                    tokens.Add(new PlaceToken(t.Folded, t.Kind == TokenKind.Word ? t.Lower : t.Folded, t.Kind, gap.Glueable && tokens.Count > 0));
                }

                gap = new Separator();
            }
            else if (t.Text[0] == '&')
            {
                tokens.Add(new PlaceToken("&", "and", TokenKind.Word, false));
                gap = new Separator();
            }
            else if (IsSoftSeparator(t.Text[0]))
            {
                gap.Add(t.Text[0]);
            }
            else
            {
                tokens.Add(new PlaceToken(t.Text, t.Text, TokenKind.Symbol, false));
                gap = new Separator();
            }
        }

        return tokens;
    }

    /// <summary>Removes diacritics and expands ligatures and special letters: "Lefö" = "Lefo", "Weißrussland" = "Weissrussland".</summary>
    public static string Fold(string s) => TextFolding.Fold(s);

    /// <summary>
    /// "U.S.A.", "U.K": single capital letters joined by full stops with no space (at least two letters, not glued to a
    /// number). The letters' indices, and the index after the acronym (its last full stop included unless a word or
    /// number follows it directly).
    /// </summary>
    private static bool DottedAcronymEnd(List<TextToken> all, int i, out List<int> letters, out int end)
    {
        letters = [];
        end = i;
        if (!IsCapitalLetter(all[i]) || (i > 0 && all[i - 1].IsNumber && all[i].SpacingBefore == Spacing.None))
        {
            return false;
        }

        letters.Add(i);
        var j = i;
        while (Tight(all, j + 1, '.') && j + 2 < all.Count && IsCapitalLetter(all[j + 2]) && all[j + 2].SpacingBefore == Spacing.None)
        {
            j += 2;
            letters.Add(j);
        }

        if (j + 1 < all.Count && all[j + 1].IsNumber && all[j + 1].SpacingBefore == Spacing.None)
        {
            letters.RemoveAt(letters.Count - 1); // "U.S.A5": the regular expression this replaces gave "US.A5"
            j -= 2;
        }

        if (letters.Count < 2)
        {
            return false;
        }

        end = j + 1;
        var dotThenText = j + 2 < all.Count && all[j + 2].Kind != TokenKind.Symbol && all[j + 2].SpacingBefore == Spacing.None;
        if (Tight(all, j + 1, '.') && !dotThenText)
        {
            end = j + 2;
        }

        return true;
    }

    private static bool IsCapitalLetter(TextToken t) => t.IsWord && t.Text.Length == 1 && char.IsUpper(t.Text[0]);

    private static bool Tight(List<TextToken> all, int k, char symbol) =>
        k < all.Count && all[k].Kind == TokenKind.Symbol && all[k].Text[0] == symbol && all[k].SpacingBefore == Spacing.None;

    private static bool IsSoftSeparator(char c) =>
        c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212'
        || c is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4' or '\u02BC' or '\u2032'
        || c is '.';

    /// <summary>What separates two tokens, for gluing PDF-split fragments back.</summary>
    private struct Separator
    {
        private bool seen;
        private int spaces;
        private int breaks;
        private int hyphens;
        private int others;

        /// <summary>Spaces only, or one hyphen with optional white space around it.</summary>
        public readonly bool Glueable => seen && others == 0 && (hyphens == 0 ? breaks == 0 && spaces > 0 : hyphens == 1);

        public void Add(Spacing spacing)
        {
            if (spacing == Spacing.None)
            {
                return;
            }

            seen = true;
            spaces += (spacing & Spacing.Space) != 0 ? 1 : 0;
            breaks += (spacing & Spacing.Break) != 0 ? 1 : 0;
            hyphens += (spacing & Spacing.SoftHyphen) != 0 ? 1 : 0;
            others += (spacing & Spacing.Invisible) != 0 ? 1 : 0;
        }

        public void Add(char softSeparator)
        {
            seen = true;
            if (softSeparator is '-' or '\u2010' or '\u2011')
            {
                hyphens++;
            }
            else
            {
                others++;
            }
        }
    }
}
