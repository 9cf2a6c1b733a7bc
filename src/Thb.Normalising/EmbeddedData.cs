using System.Text.Json;

namespace Thb.Normalising;

/// <summary>
/// Reads the vocabularies and gazetteers embedded in this assembly (the <c>*/Data/*.json</c> files), each entry by its
/// record's own small reader. A <see cref="JsonDocument"/> and no serializer: a short-lived <c>thb check</c> pays tens of
/// milliseconds less to start than with <c>JsonSerializer</c> (measured: 20 ms against 55–75 ms for all files).
/// </summary>
internal static class EmbeddedData
{
    /// <summary>Reads one data file, e.g. <c>Places/Data/countries.json</c>. Throws when it is missing or malformed:
    /// the files are part of the build, so that is a fault of ours, found by the first test that reads them.</summary>
    public static DataFile<T> Load<T>(string path, Func<JsonElement, T> entry)
    {
        var name = "Thb.Normalising." + path.Replace('/', '.');
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The data file '{path}' is not embedded in {typeof(EmbeddedData).Assembly.GetName().Name}.");
        try
        {
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            return new DataFile<T>
            {
                Source = root.Text("source"),
                Notes = root.Texts("notes"),
                Entries = root.GetProperty("entries").EnumerateArray().Select(entry).ToArray(),
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"The data file '{path}' is malformed: {e.Message}", e);
        }
    }

    /// <summary>The named word sets of a vocabulary file, each folded (lower case, no accents).</summary>
    public static WordSets LoadWordSets(string path) => new(path, Load(path, WordSetRecord.From));

    /// <summary>A required text member.</summary>
    public static string Text(this JsonElement e, string name) => e.GetProperty(name).GetString()
        ?? throw new InvalidOperationException($"'{name}' is null.");

    /// <summary>An optional text member, or null.</summary>
    public static string? OptionalText(this JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;

    /// <summary>An array of texts, empty when the member is absent.</summary>
    public static string[] Texts(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.EnumerateArray().Select(x => x.GetString() ?? throw new InvalidOperationException($"'{name}' holds a null.")).ToArray() : [];

    /// <summary>An array of integers, empty when the member is absent.</summary>
    public static int[] Integers(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.EnumerateArray().Select(x => x.GetInt32()).ToArray() : [];
}
