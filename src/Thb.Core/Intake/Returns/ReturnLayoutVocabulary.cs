using System.Buffers;
using System.Text.Json;

namespace Thb.Intake.Returns;

/// <summary>
/// The words of a return's layout in English, French and German, from <c>Data/return-layout.json</c>: the column
/// headers in the order they are tried, the metadata labels and the markers of notes under the table. Read once and
/// folded once.
/// </summary>
public sealed class ReturnLayoutVocabulary
{
    private static readonly Lazy<ReturnLayoutVocabulary> LazyInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static ReturnLayoutVocabulary Instance => LazyInstance.Value;

    public required string Source { get; init; }

    public required IReadOnlyList<HeaderRule> Headers { get; init; }

    public required IReadOnlySet<string> DelegationLabels { get; init; }

    public required IReadOnlySet<string> CycleLabels { get; init; }

    public required IReadOnlyList<string> NoteMarkers { get; init; }

    /// <summary>Every rule's "contains" phrases, found in one pass.</summary>
    private SearchValues<string> _containsPhrases = SearchValues.Create([], StringComparison.Ordinal);

    private string[] _startPhrases = [];

    /// <summary>False when no rule can match the header's two forms (<see cref="HeaderRule.Padded"/>,
    /// <see cref="HeaderRule.Words"/>): none of the phrases is in it, and it starts with none. True says only "maybe".</summary>
    public bool MayNameColumn(string padded, string words)
    {
        if (padded.AsSpan().IndexOfAny(_containsPhrases) >= 0) return true;
        foreach (var phrase in _startPhrases)
        {
            if (words.StartsWith(phrase, StringComparison.Ordinal) && words.Length > phrase.Length && words[phrase.Length] == ' ') return true;
        }
        return false;
    }

    private static ReturnLayoutVocabulary Load()
    {
        const string name = "Thb.Intake.Returns.Data.return-layout.json";
        using var stream = typeof(ReturnLayoutVocabulary).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The data file '{name}' is not embedded in Thb.Core.");
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        var labels = root.GetProperty("labels");
        var headers = root.GetProperty("columns").EnumerateArray().Select(Rule).ToList();
        return new ReturnLayoutVocabulary
        {
            Source = root.GetProperty("source").GetString()!,
            Headers = headers,
            DelegationLabels = Phrases(labels.GetProperty("delegation")).ToHashSet(StringComparer.Ordinal),
            CycleLabels = Phrases(labels.GetProperty("cycle")).ToHashSet(StringComparer.Ordinal),
            NoteMarkers = Phrases(root.GetProperty("noteMarkers")).ToList(),
            _containsPhrases = SearchValues.Create([.. headers.SelectMany(h => h.Contains).Distinct()], StringComparison.Ordinal),
            _startPhrases = [.. headers.SelectMany(h => h.StartsWith).Distinct()],
        };
    }

    private static HeaderRule Rule(JsonElement e) => new(
        Enum.Parse<ReturnColumn>(e.GetProperty("column").GetString()!),
        e.TryGetProperty("short", out var s) && s.GetBoolean(),
        e.TryGetProperty("contains", out var c) ? Phrases(c).ToList() : [],
        e.TryGetProperty("startsWith", out var w) ? Phrases(w).ToList() : []);

    /// <summary>Each phrase folded like a header; a space at its start or end is kept (it marks a word boundary).</summary>
    private static IEnumerable<string> Phrases(JsonElement list) =>
        list.EnumerateArray().Select(p => p.GetString()!).Select(p =>
            (p.StartsWith(' ') ? " " : "") + ReturnLayout.Normalise(p) + (p.EndsWith(' ') ? " " : ""));
}
