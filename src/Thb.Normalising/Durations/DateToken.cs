namespace Thb.Normalising.Durations;

/// <summary>One token of a duration cell: a <see cref="TextToken"/> with the month it names, if any.</summary>
internal sealed class DateToken
{
    public TokenKind Kind { get; init; }

    /// <summary>The text as written (a symbol: its folded character, every dash '-').</summary>
    public string Text { get; init; } = "";

    /// <summary>Lower case, diacritics removed (words only).</summary>
    public string Norm { get; init; } = "";

    /// <summary>Value of a digit run (-1 when longer than 9 digits).</summary>
    public int Value { get; init; }

    /// <summary>Number of digits of a digit run.</summary>
    public int Len => Text.Length;

    /// <summary>White space precedes the token.</summary>
    public bool SpaceBefore { get; init; }

    /// <summary>1-12 when the word names a month (English, French, German, abbreviated, split or misspelt).</summary>
    public int Month { get; set; }

    public bool IsNum => Kind == TokenKind.Number;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsPunct(char c) => Kind == TokenKind.Symbol && Text[0] == c;

    public override string ToString() => Text;
}
