using System.Text;
using Azure.Data.Tables;

namespace Thb.Storage;

/// <summary>
/// Keeps text of any length in table entities without truncating it: split over numbered string properties
/// (a property holds 32K characters), and, beyond what an entity holds, in a blob the entity points to.
/// Also guards keys against the characters Table Storage forbids.
/// </summary>
public static class TableText
{
    /// <summary>Characters per property: below the 32K UTF-16 limit, with room for surrogate pairs.</summary>
    public const int ChunkCharacters = 30_000;

    /// <summary>At most this many chunks per entity (about 900 KB as UTF-16), leaving room for other properties under 1 MiB.</summary>
    public const int MaxChunks = 15;

    public static bool FitsInEntity(string text) => text.Length <= ChunkCharacters * MaxChunks;

    public static void Write(TableEntity entity, string prefix, string text)
    {
        var at = 0;
        var chunks = 0;
        while (at < text.Length)
        {
            var length = Math.Min(ChunkCharacters, text.Length - at);
            // Never split a surrogate pair between two properties.
            if (at + length < text.Length && char.IsHighSurrogate(text[at + length - 1])) length--;
            entity[$"{prefix}{chunks++}"] = text.Substring(at, length);
            at += length;
        }
        entity[$"{prefix}Chunks"] = chunks;
    }

    /// <summary>Every property a text written under <paramref name="prefix"/> can take: its chunks and their count.</summary>
    public static IEnumerable<string> Columns(string prefix) =>
        Enumerable.Range(0, MaxChunks).Select(i => $"{prefix}{i}").Append($"{prefix}Chunks");

    public static string? Read(TableEntity entity, string prefix)
    {
        if (entity.GetInt32($"{prefix}Chunks") is not { } chunks) return null;
        var builder = new StringBuilder();
        for (var i = 0; i < chunks; i++) builder.Append(entity.GetString($"{prefix}{i}"));
        return builder.ToString();
    }

    /// <summary>Rough size of an entity on the wire, for keeping a batch under the 4 MiB transaction limit.</summary>
    public static long EstimateBytes(TableEntity entity)
    {
        long bytes = 256;
        foreach (var (key, value) in entity)
            bytes += key.Length * 2 + (value is string s ? s.Length * 2 : 16);
        return bytes;
    }

    /// <summary>True when a value can be a PartitionKey or RowKey: no / \ # ?, no control characters, at most 1 KiB.</summary>
    public static bool IsValidKey(string key) =>
        key.Length is > 0 and <= 512 && !key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
}
