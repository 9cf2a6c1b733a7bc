using System.Text;
using Thb.Normalising;

namespace Thb.Changes;

/// <summary>
/// The words of a cell as the matching compares them: folded (no accents, lower case), numbers and the short words
/// of English, French and German ("the", "de", "und") left out, so that a rewording keeps the words that carry the
/// action. Two words are the same word when equal, when one is the other with an ending (a shared stem of five
/// letters: "trafficking", "traffickers"), or within a typo (one edit; two for words of eight letters or more).
/// </summary>
public static class ActionWords
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "from", "into", "this", "that", "its", "their", "are", "was", "were", "has", "have", "also", "other", "all",
        "les", "des", "une", "pour", "par", "dans", "sur", "aux", "avec", "est", "sont", "ses", "leur", "qui", "que", "dont",
        "der", "die", "das", "den", "dem", "des", "und", "fur", "von", "mit", "zum", "zur", "ein", "eine", "einer", "eines", "auf", "bei", "aus", "sowie",
    };

    private const int StemLength = 5;

    /// <summary>The distinct words of <paramref name="text"/> that carry meaning, in the order written.</summary>
    public static IReadOnlyList<string> Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        foreach (var c in TextFolding.FoldLower(text).Append(' '))
        {
            if (char.IsLetter(c)) { word.Append(c); continue; }
            if (word.Length > 2 && !StopWords.Contains(word.ToString()) && seen.Add(word.ToString())) words.Add(word.ToString());
            word.Clear();
        }
        return words;
    }

    /// <summary>Whether two folded words are the same word (equal, one stem, or a typo apart).</summary>
    public static bool Same(string a, string b)
    {
        if (a == b) return true;
        if (a.Length >= StemLength && b.Length >= StemLength && string.CompareOrdinal(a, 0, b, 0, StemLength) == 0) return true;
        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < 4) return false;
        return StringDistance.AtMost(a, b, shorter >= 8 ? 2 : 1);
    }

    /// <summary>How many words of <paramref name="a"/> find a distinct same word in <paramref name="b"/> (exact ones first).</summary>
    public static int Shared(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var unused = new List<string>(b);
        var fuzzy = new List<string>();
        var shared = 0;
        foreach (var word in a)
        {
            if (unused.Remove(word)) shared++;
            else fuzzy.Add(word);
        }
        foreach (var word in fuzzy)
        {
            var index = unused.FindIndex(other => Same(word, other));
            if (index < 0) continue;
            unused.RemoveAt(index);
            shared++;
        }
        return shared;
    }

    /// <summary>Dice similarity of two word lists (shared words over the average length): 1 the same words, 0 none; null when both are empty.</summary>
    public static double? Similarity(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count + b.Count == 0 ? null : 2.0 * Shared(a, b) / (a.Count + b.Count);

    /// <summary>Whether every word of <paramref name="part"/> is in <paramref name="whole"/> (an empty part is in anything).</summary>
    public static bool Contains(IReadOnlyList<string> whole, IReadOnlyList<string> part) => Shared(part, whole) == part.Count;
}
