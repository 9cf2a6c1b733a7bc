namespace Thb.Normalising.Forms;

/// <summary>
/// Reads a form-of-action cell into a category by keywords in English, French and German (<c>forms.json</c>), in a
/// fixed priority (an agreement about training is an agreement). Tolerates typos ("Awarensess raising", "Trainnig") by
/// comparing words at a small edit distance. Never rejects: a form with no keyword is <see cref="ActionCategory.Other"/>.
/// </summary>
public static class FormNormaliser
{
    /// <summary>The reading of each form text seen before: returns repeat their forms row after row.</summary>
    private static readonly BoundedMemo<string, ActionCategory?> Seen = new(4096);

    /// <summary>The typo reading of each unknown word seen before.</summary>
    private static readonly BoundedMemo<string, int> Typos = new(8192);

    /// <summary>Reads one cell. Never throws: a fault of ours is a failure of kind
    /// <see cref="ReadFailureKind.InternalError"/>; <paramref name="raw"/> is kept exactly (null becomes "").</summary>
    public static ReadResult<ActionForm> Read(string? raw) =>
        ReadResult<ActionForm>.Guard(raw ?? "", text => ReadResult<ActionForm>.Success(new ActionForm(text, CategoryOf(text))), text => new ActionForm(text, null));

    /// <summary>The reading of one cell (see <see cref="Read"/>); throws <see cref="NormalisingFaultException"/> only on a fault of ours.</summary>
    public static ActionForm Normalise(string? raw) => Read(raw).GetValueOrThrow();

    private static ActionCategory? CategoryOf(string raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        return Seen.GetOrRead(raw, Interpret);
    }

    private static ActionCategory? Interpret(string raw)
    {
        var keywords = FormKeywords.Instance;

        // A label picked from the template's drop-down is its category, whatever its words suggest.
        var trimmed = raw.Trim();
        foreach (var (category, label) in keywords.Labels)
        {
            if (string.Equals(label, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return category;
            }
        }

        // Exact words first; only then typos, and never for a word that is itself a keyword ("policy" is not a
        // misspelt "police").
        var words = FormWords.Split(raw);
        int best = keywords.BestExact(words, " " + string.Join(' ', words) + " ");
        if (best == int.MaxValue)
        {
            foreach (var word in words)
            {
                if (!keywords.IsKeyword(word))
                {
                    best = Math.Min(best, Typos.GetOrAdd(word, keywords.BestTypo));
                }
            }
        }

        return best == int.MaxValue ? ActionCategory.Other : keywords.Categories[best];
    }
}
