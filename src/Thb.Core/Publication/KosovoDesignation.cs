namespace Thb.Publication;

/// <summary>How the Council names Kosovo: "Kosovo*", with this footnote wherever it appears.</summary>
public static class KosovoDesignation
{
    public const string Code = "XK";

    public const string Label = "Kosovo*";

    public const string Footnote =
        "*This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.";

    /// <summary>Where "Kosovo" appears in a text as a word (not inside another word), in order.</summary>
    public static IEnumerable<int> Occurrences(string text)
    {
        const string word = "Kosovo";
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]))) yield return end;
        }
    }
}
