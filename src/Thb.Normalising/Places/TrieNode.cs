namespace Thb.Normalising.Places;

/// <summary>A trie over lower-case folded tokens.</summary>
internal sealed class TrieNode
{
    public Dictionary<string, TrieNode>? Children { get; private set; }

    public List<GazetteerEntry>? Entries { get; private set; }

    public TrieNode GetOrAdd(string key)
    {
        Children ??= new Dictionary<string, TrieNode>(StringComparer.Ordinal);
        if (!Children.TryGetValue(key, out var node))
        {
            node = new TrieNode();
            Children[key] = node;
        }

        return node;
    }

    public TrieNode? Get(string key) => Children is not null && Children.TryGetValue(key, out var n) ? n : null;

    public void AddEntry(GazetteerEntry entry)
    {
        Entries ??= [];
        Entries.Add(entry);
    }
}
