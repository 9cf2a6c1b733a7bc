namespace Thb.Normalising;

/// <summary>
/// The named word lists of one vocabulary file, folded once when loaded (lower case, no accents), so the readers
/// compare folded text with folded words and never fold a word list per cell.
/// </summary>
internal sealed class WordSets
{
    private readonly Dictionary<string, string[]> lists = new(StringComparer.Ordinal);
    private readonly string path;

    public WordSets(string path, DataFile<WordSetRecord> file)
    {
        this.path = path;
        Source = file.Source;
        foreach (var set in file.Entries)
        {
            if (!lists.TryAdd(set.Name, set.Words.Select(TextFolding.FoldLower).ToArray()))
            {
                throw new InvalidDataException($"The data file '{path}' lists the set '{set.Name}' twice.");
            }
        }
    }

    public string Source { get; }

    public IEnumerable<string> Names => lists.Keys;

    /// <summary>The folded words of a set, in the order listed.</summary>
    public IReadOnlyList<string> List(string name) =>
        lists.TryGetValue(name, out var words) ? words : throw new InvalidDataException($"The data file '{path}' has no set '{name}'.");

    /// <summary>The folded words of a set, for lookups.</summary>
    public HashSet<string> Set(string name) => new(List(name), StringComparer.Ordinal);
}
