using System.Collections.Concurrent;

namespace Thb.Normalising;

/// <summary>
/// Remembers what a pure function gave for a key, for keys that repeat from cell to cell (header texts, forms of
/// action, words). Thread-safe; stops remembering new keys once it holds <c>capacity</c> of them, so a long-running
/// worker fed endless distinct texts never grows without bound (it then just computes).
/// </summary>
public sealed class BoundedMemo<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> values = new();

    public int Count => values.Count;

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute)
    {
        if (values.TryGetValue(key, out var known))
        {
            return known;
        }

        var value = compute(key);
        if (values.Count < capacity)
        {
            values.TryAdd(key, value);
        }

        return value;
    }
}
