namespace Thb.Changes;

/// <summary>
/// The words of one matching, numbered, with each word's same words (<see cref="ActionWords.Same"/>) worked out once:
/// a contributor's rows share most of their words, so comparing rows pair by pair compares numbers, not letters.
/// Candidates are found as a spelling checker finds them — words sharing their first five letters, or a spelling with
/// one letter left out (two for words of eight letters or more), which every pair within the allowed typos shares —
/// and each candidate is confirmed by <see cref="ActionWords.Same"/>, so the answers are exactly its answers.
/// </summary>
public sealed class WordIndex
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> words = [];
    private int[][]? same;

    /// <summary>The numbers of a row's words (adding new words); call before <see cref="Shared"/>.</summary>
    public int[] Numbers(IReadOnlyList<string> list)
    {
        if (same is not null) throw new InvalidOperationException("The index is complete: number every row before comparing.");
        var numbers = new int[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            if (!ids.TryGetValue(list[i], out var id)) ids[list[i]] = id = words.Count;
            if (id == words.Count) words.Add(list[i]);
            numbers[i] = id;
        }
        return numbers;
    }

    /// <summary>As <see cref="ActionWords.Shared"/>, on numbered words, with the same answer: exact words first, then each
    /// word left over takes the first unused same word of <paramref name="b"/>.</summary>
    public int Shared(int[] a, int[] b)
    {
        var neighbours = same ??= SameWords();
        Span<bool> used = b.Length <= 256 ? stackalloc bool[b.Length] : new bool[b.Length];
        Span<int> left = a.Length <= 256 ? stackalloc int[a.Length] : new int[a.Length];
        var shared = 0;
        var leftCount = 0;
        foreach (var word in a)
        {
            var j = Find(b, used, word);
            if (j >= 0) { used[j] = true; shared++; }
            else left[leftCount++] = word;
        }
        foreach (var word in left[..leftCount])
        {
            var others = neighbours[word];
            if (others.Length == 0) continue;
            for (var j = 0; j < b.Length; j++)
            {
                if (used[j] || Array.BinarySearch(others, b[j]) < 0) continue;
                used[j] = true;
                shared++;
                break;
            }
        }
        return shared;
    }

    public double? Similarity(int[] a, int[] b) => a.Length + b.Length == 0 ? null : 2.0 * Shared(a, b) / (a.Length + b.Length);

    private static int Find(int[] b, Span<bool> used, int word)
    {
        for (var j = 0; j < b.Length; j++)
            if (b[j] == word && !used[j]) return j;
        return -1;
    }

    private int[][] SameWords()
    {
        var buckets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < words.Count; id++)
            foreach (var key in Keys(words[id]))
            {
                if (!buckets.TryGetValue(key, out var bucket)) buckets[key] = bucket = [];
                if (bucket.Count == 0 || bucket[^1] != id) bucket.Add(id);
            }
        var found = new HashSet<int>[words.Count];
        for (var id = 0; id < words.Count; id++) found[id] = [];
        foreach (var bucket in buckets.Values)
            for (var x = 0; x < bucket.Count; x++)
                for (var y = x + 1; y < bucket.Count; y++)
                    if (ActionWords.Same(words[bucket[x]], words[bucket[y]]))
                    {
                        found[bucket[x]].Add(bucket[y]);
                        found[bucket[y]].Add(bucket[x]);
                    }
        return found.Select(f => f.Order().ToArray()).ToArray();
    }

    /// <summary>The stem (first five letters, marked apart) and the spellings with one or two letters left out.</summary>
    private static IEnumerable<string> Keys(string word)
    {
        if (word.Length >= 5) yield return "#" + word[..5];
        if (word.Length < 4) yield break;
        yield return word;
        for (var i = 0; i < word.Length; i++)
        {
            var one = word.Remove(i, 1);
            yield return one;
            if (word.Length < 8) continue;
            for (var k = i; k < one.Length; k++) yield return one.Remove(k, 1);
        }
    }
}
