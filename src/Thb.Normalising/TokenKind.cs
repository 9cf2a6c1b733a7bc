namespace Thb.Normalising;

/// <summary>What a <see cref="TextToken"/> is.</summary>
internal enum TokenKind
{
    /// <summary>A run of ASCII digits.</summary>
    Number,

    /// <summary>A run of letters with their combining marks.</summary>
    Word,

    /// <summary>Any other single character (punctuation, a currency sign, a dash).</summary>
    Symbol,
}
