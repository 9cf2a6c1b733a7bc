namespace Thb.Normalising;

/// <summary>What kind of white space stands before a token (several may).</summary>
[Flags]
internal enum Spacing
{
    None = 0,

    /// <summary>The space character (U+0020).</summary>
    Space = 1,

    /// <summary>Any other white space: a line break, a tab, a no-break or thin space.</summary>
    Break = 2,

    /// <summary>A soft hyphen (U+00AD): white space to most readers, a hyphen where split words are glued back.</summary>
    SoftHyphen = 4,

    /// <summary>A zero-width space or byte-order mark.</summary>
    Invisible = 8,
}
