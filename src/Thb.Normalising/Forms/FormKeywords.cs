namespace Thb.Normalising.Forms;

/// <summary>
/// The keywords of <c>forms.json</c>, folded once and indexed: each word, phrase and word pattern with the first
/// category (in priority order) it names, so that reading a form costs a look-up per word, not a scan of every keyword.
/// </summary>
internal sealed class FormKeywords
{
    private static readonly Lazy<FormKeywords> LazyInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Shortest part of a prefix or suffix pattern: patterns are indexed by that many letters.</summary>
    private const int KeyLength = 4;

    private readonly Dictionary<string, int> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Phrase, int Rank)>> phrasesByFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Part, int Rank)>> prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Part, int Rank)>> suffixes = new(StringComparer.Ordinal);
    private readonly List<(string Part, int Rank)> infixes = [];
    private readonly List<(string Word, int Rank)> typoTargets = [];

    public static FormKeywords Instance => LazyInstance.Value;

    /// <summary>The categories in priority order (a category's rank is its index).</summary>
    public IReadOnlyList<ActionCategory> Categories { get; private set; } = [];

    public IReadOnlyDictionary<ActionCategory, string> Labels { get; private set; } = new Dictionary<ActionCategory, string>();

    /// <summary>Whether a folded word is a keyword itself or matches a keyword pattern.</summary>
    public bool IsKeyword(string word) => words.ContainsKey(word) || BestPattern(word) < int.MaxValue;

    /// <summary>The best (lowest) rank of the keywords found in the words of a form, or <see cref="int.MaxValue"/>.</summary>
    public int BestExact(IReadOnlyList<string> formWords, string joined)
    {
        int best = int.MaxValue;
        foreach (var word in formWords)
        {
            if (words.TryGetValue(word, out int rank))
            {
                best = Math.Min(best, rank);
            }

            best = Math.Min(best, BestPattern(word));
            if (phrasesByFirstWord.TryGetValue(word, out var phrases))
            {
                foreach (var (phrase, phraseRank) in phrases)
                {
                    if (phraseRank < best && joined.Contains(phrase, StringComparison.Ordinal))
                    {
                        best = phraseRank;
                    }
                }
            }
        }

        return best;
    }

    /// <summary>The best rank of a keyword of at least six letters the word is a typo of (one edit, two from nine
    /// letters), or <see cref="int.MaxValue"/>.</summary>
    public int BestTypo(string word)
    {
        int best = int.MaxValue;
        foreach (var (keyword, rank) in typoTargets)
        {
            if (rank >= best || Math.Abs(word.Length - keyword.Length) > 2)
            {
                continue;
            }

            int allowed = keyword.Length >= 9 ? 2 : 1;
            if (StringDistance.AtMost(word, keyword, allowed))
            {
                best = rank;
            }
        }

        return best;
    }

    private int BestPattern(string word)
    {
        int best = int.MaxValue;
        if (word.Length >= KeyLength)
        {
            best = Best(prefixes, word[..KeyLength], word, best, static (w, part) => w.StartsWith(part, StringComparison.Ordinal));
            best = Best(suffixes, word[^KeyLength..], word, best, static (w, part) => w.EndsWith(part, StringComparison.Ordinal));
        }

        foreach (var (part, rank) in infixes)
        {
            if (rank < best && word.Contains(part, StringComparison.Ordinal))
            {
                best = rank;
            }
        }

        return best;
    }

    private static int Best(Dictionary<string, List<(string Part, int Rank)>> index, string key, string word, int best, Func<string, string, bool> matches)
    {
        if (index.TryGetValue(key, out var candidates))
        {
            foreach (var (part, rank) in candidates)
            {
                if (rank < best && matches(word, part))
                {
                    best = rank;
                }
            }
        }

        return best;
    }

    private static FormKeywords Load()
    {
        var file = EmbeddedData.Load("Forms/Data/forms.json", FormRecord.From);
        var k = new FormKeywords();
        var categories = new List<ActionCategory>();
        var labels = new Dictionary<ActionCategory, string>();
        foreach (var record in file.Entries)
        {
            var category = Enum.Parse<ActionCategory>(string.Concat(record.Category.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..])));
            int rank = categories.Count;
            categories.Add(category);
            labels[category] = record.Label;
            foreach (var keyword in record.Keywords)
            {
                k.Add(keyword, rank);
            }
        }

        k.Categories = categories;
        k.Labels = labels;
        return k;
    }

    private void Add(string keyword, int rank)
    {
        var folded = TextFolding.FoldLower(keyword);
        if (folded.Contains('*'))
        {
            AddPattern(folded, rank);
            return;
        }

        var parts = FormWords.Split(folded);
        if (parts.Count > 1)
        {
            Listed(phrasesByFirstWord, parts[0]).Add((" " + string.Join(' ', parts) + " ", rank));
            return;
        }

        if (words.TryAdd(parts[0], rank) && parts[0].Length >= 6)
        {
            typoTargets.Add((parts[0], rank));
        }
    }

    private void AddPattern(string folded, int rank)
    {
        var part = folded.Trim('*');
        if (folded.StartsWith('*') && folded.EndsWith('*'))
        {
            infixes.Add((part, rank));
        }
        else if (part.Length < KeyLength)
        {
            throw new InvalidDataException($"forms.json: the pattern '{folded}' is shorter than {KeyLength} letters.");
        }
        else if (folded.EndsWith('*'))
        {
            Listed(prefixes, part[..KeyLength]).Add((part, rank));
        }
        else
        {
            Listed(suffixes, part[^KeyLength..]).Add((part, rank));
        }
    }

    private static List<T> Listed<T>(Dictionary<string, List<T>> index, string key)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        return list;
    }
}
