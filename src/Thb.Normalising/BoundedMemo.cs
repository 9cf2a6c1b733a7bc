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

    /// <summary>Counted here: <see cref="ConcurrentDictionary{TKey,TValue}.Count"/> takes every lock of the table.</summary>
    private int count;

    public int Count => Volatile.Read(ref count);

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute)
    {
        if (values.TryGetValue(key, out var known))
        {
            return known;
        }

        var value = compute(key);
        if (Volatile.Read(ref count) < capacity && values.TryAdd(key, value))
        {
            Interlocked.Increment(ref count);
        }

        return value;
    }
}

/// <summary>A <see cref="BoundedMemo{TKey,TValue}"/> keyed by a cell's text.</summary>
public static class TextMemo
{
    /// <summary>Texts longer than this are read every time: a description-length text rarely repeats, and hashing it
    /// would cost about what reading it does.</summary>
    public const int MaxTextLength = 200;

    /// <summary>What <paramref name="read"/> gave for <paramref name="text"/> before, else its reading now (remembered
    /// while the memo has room).</summary>
    public static TValue GetOrRead<TValue>(this BoundedMemo<string, TValue> memo, string text, Func<string, TValue> read) =>
        text.Length <= MaxTextLength ? memo.GetOrAdd(text, read) : read(text);
}
