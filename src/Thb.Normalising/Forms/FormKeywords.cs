namespace Thb.Normalising.Forms;

/// <summary>
/// The keywords of <c>forms.json</c>, folded once and indexed: each word, phrase and word pattern with the first
/// category (in priority order) it names, so that reading a form costs a look-up per word, not a scan of every keyword.
/// </summary>
internal sealed class FormKeywords
{
    private static readonly Lazy<FormKeywords> LazyInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, int> words = new(StringComparer.Ordinal);
    private readonly List<(string Phrase, int Rank)> phrases = [];
    private readonly List<(string Part, bool Start, bool End, int Rank)> patterns = [];
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
        }

        foreach (var (phrase, rank) in phrases)
        {
            if (rank < best && joined.Contains(phrase, StringComparison.Ordinal))
            {
                best = rank;
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
        foreach (var (part, start, end, rank) in patterns)
        {
            if (rank >= best)
            {
                continue;
            }

            bool match = start && end ? word.Contains(part, StringComparison.Ordinal)
                : start ? word.StartsWith(part, StringComparison.Ordinal)
                : word.EndsWith(part, StringComparison.Ordinal);
            if (match)
            {
                best = rank;
            }
        }

        return best;
    }

    private static FormKeywords Load()
    {
        var file = EmbeddedData.Load("Forms/Data/forms.json", NormalisingJson.Default.DataFileFormRecord);
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
            patterns.Add((folded.Trim('*'), folded.EndsWith('*'), folded.StartsWith('*'), rank));
            return;
        }

        var parts = FormWords.Split(folded);
        if (parts.Count > 1)
        {
            phrases.Add((" " + string.Join(' ', parts) + " ", rank));
            return;
        }

        if (words.TryAdd(parts[0], rank) && parts[0].Length >= 6)
        {
            typoTargets.Add((parts[0], rank));
        }
    }
}
