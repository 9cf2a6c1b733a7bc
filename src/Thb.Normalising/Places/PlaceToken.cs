namespace Thb.Normalising.Places;

/// <summary>
/// One token of a cell as the place reader sees it (see <see cref="PlaceTokenizer"/>). <see cref="Text"/> is folded
/// (diacritics and ligatures removed) with its case kept, <see cref="Lower"/> the same in lower case.
/// <see cref="GlueableBefore"/> is true when the previous token is separated from it by spaces only, or by one hyphen
/// with optional spaces or a line break around it (the cases in which PDF-split fragments such as "Zambi a" or
/// "Slove- nia" are glued back).
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
