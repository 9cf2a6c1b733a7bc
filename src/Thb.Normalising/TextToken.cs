namespace Thb.Normalising;

/// <summary>
/// One token of a cell (see <see cref="TextTokenizer"/>): a run of digits, a run of letters, or one other character,
/// with where it stands in the text and what white space precedes it.
/// </summary>
internal sealed class TextToken
{
    public required TokenKind Kind { get; init; }

    /// <summary>The text exactly as written.</summary>
    public required string Text { get; init; }

    /// <summary>Words: folded (no accents, "ß" = "ss") with their case kept ("Décembre" → "Decembre"). Otherwise the text.</summary>
    public required string Folded { get; init; }

    /// <summary>Words: folded and lower case ("Décembre" → "decembre"). Numbers: the digits. Symbols: the character with
    /// every dash read as '-', every apostrophe as '\'' and '…' as '.'.</summary>
    public required string Lower { get; init; }

    /// <summary>Offset of the first character in the text, and of the character after the last.</summary>
    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>The white space between the previous token and this one.</summary>
    public required Spacing SpacingBefore { get; init; }

    /// <summary>How many '(' or '[' are open before this token (a closing one counts as outside).</summary>
    public required int Depth { get; init; }

    /// <summary>Numbers: the value, or -1 when longer than nine digits.</summary>
    public int Value { get; init; }

    public bool SpaceBefore => SpacingBefore != Spacing.None;

    public bool IsNumber => Kind == TokenKind.Number;

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>Symbols: the folded character (see <see cref="Lower"/>); '\0' otherwise.</summary>
    public char Symbol => Kind == TokenKind.Symbol ? Lower[0] : '\0';

    public bool Is(char symbol) => Kind == TokenKind.Symbol && Lower[0] == symbol;

    public override string ToString() => Text;
}
