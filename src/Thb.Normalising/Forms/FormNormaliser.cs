using System.Text;

namespace Thb.Normalising.Forms;

/// <summary>
/// Reads a form-of-action cell into a category by keywords, in a fixed priority (an agreement about training is an
/// agreement). Tolerates typos ("Awarensess raising") by comparing words at a small edit distance. Never rejects.
/// </summary>
public static class FormNormaliser
{
    // Priority order: the first category with a matching keyword wins.
    private static readonly (ActionCategory Category, string[] Keywords)[] Rules =
    [
        (ActionCategory.Agreement, ["agreement", "memorandum", "mou", "treaty", "convention", "protocol", "arrangement", "accord", "abkommen", "vereinbarung"]),
        (ActionCategory.VictimSupport, ["victim", "victims", "shelter", "rehabilitation", "opfer", "victime", "victimes", "survivor", "survivors", "identification"]),
        (ActionCategory.ReturnAndReintegration, ["return", "readmission", "reintegration", "repatriation", "rückkehr", "retour"]),
        (ActionCategory.Training, ["training", "trainings", "workshop", "workshops", "seminar", "seminars", "course", "courses", "lectures", "lecture", "schulung", "formation", "coaching"]),
        (ActionCategory.AwarenessRaising, ["awareness", "campaign", "campaigns", "sensitisation", "sensitization", "media", "publicity", "sensibilisation", "sensibilisierung"]),
        (ActionCategory.Prevention, ["prevention", "preventive", "preventing", "prävention", "prévention"]),
        (ActionCategory.LawEnforcement, ["police", "operational", "investigation", "investigations", "intelligence", "law enforcement", "liaison", "border", "jit", "joint investigation", "policing", "europol", "interpol"]),
        (ActionCategory.JudicialCooperation, ["judicial", "prosecution", "prosecutors", "court", "courts", "legal assistance", "extradition", "eurojust", "justice"]),
        (ActionCategory.CapacityBuilding, ["capacity", "institution building", "institutional", "equipment", "technical assistance", "twinning", "assistance"]),
        (ActionCategory.Research, ["research", "study", "studies", "survey", "analysis", "data collection", "report", "mapping", "assessment"]),
        (ActionCategory.Policy, ["policy", "policymaking", "policy making", "strategy", "action plan", "legislation", "legislative", "legal framework", "national plan"]),
        (ActionCategory.Funding, ["funding", "grant", "grants", "financing", "financial support", "donation", "contribution"]),
        (ActionCategory.Coordination, ["cooperation", "co-operation", "coordination", "co-ordination", "meeting", "meetings", "conference", "conferences", "network", "networking", "dialogue", "exchange", "liaising", "contacts", "negotiation", "negotiations", "visit", "visits", "participation", "partnership", "task force", "working group", "project"]),
    ];

    private static readonly HashSet<string> AllKeywords = Rules.SelectMany(r => r.Keywords).ToHashSet(StringComparer.Ordinal);

    /// <summary>Reads one cell. Never throws: a fault of ours is a failure of kind
    /// <see cref="ReadFailureKind.InternalError"/>; <paramref name="raw"/> is kept exactly (null becomes "").</summary>
    public static ReadResult<ActionForm> Read(string? raw) =>
        ReadResult<ActionForm>.Guard(raw ?? "", text => ReadResult<ActionForm>.Success(Interpret(text)), text => new ActionForm(text, null));

    /// <summary>The reading of one cell (see <see cref="Read"/>); throws <see cref="NormalisingFaultException"/> only on a fault of ours.</summary>
    public static ActionForm Normalise(string? raw) => Read(raw).GetValueOrThrow();

    private static ActionForm Interpret(string raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return new ActionForm(raw, null);
        // A label picked from the template's drop-down is its category, whatever its words suggest.
        var trimmed = raw.Trim();
        foreach (var category in ActionCategories.All)
            if (string.Equals(ActionCategories.Label(category), trimmed, StringComparison.OrdinalIgnoreCase)) return new ActionForm(raw, category);
        var words = Words(raw);
        var joined = " " + string.Join(' ', words) + " ";
        // Exact words first, in priority order; only then typos, and never for a word that is itself a keyword
        // ("policy" is not a misspelt "police").
        foreach (var (category, keywords) in Rules)
        {
            foreach (var keyword in keywords)
            {
                var found = keyword.Contains(' ') || keyword.Contains('-')
                    ? joined.Contains(" " + keyword + " ", StringComparison.Ordinal)
                    : words.Contains(keyword);
                if (found) return new ActionForm(raw, category);
            }
        }
        var unknownWords = words.Where(w => !AllKeywords.Contains(w)).ToList();
        foreach (var (category, keywords) in Rules)
        {
            if (keywords.Any(k => !k.Contains(' ') && unknownWords.Any(w => IsTypoOf(w, k)))) return new ActionForm(raw, category);
        }
        return new ActionForm(raw, ActionCategory.Other);
    }

    private static List<string> Words(string text)
    {
        var folded = text.ToLowerInvariant();
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c) || c == '-' && current.Length > 0) current.Append(c);
            else Flush();
        }
        Flush();
        return words;

        void Flush()
        {
            if (current.Length == 0) return;
            words.Add(current.ToString().Trim('-'));
            current.Clear();
        }
    }

    /// <summary>One edit for words of 6+ letters, two for 9+ ("awarensess" → "awareness").</summary>
    private static bool IsTypoOf(string word, string keyword)
    {
        if (keyword.Length < 6 || Math.Abs(word.Length - keyword.Length) > 2) return false;
        var allowed = keyword.Length >= 9 ? 2 : 1;
        return EditDistance(word, keyword, allowed) <= allowed;
    }

    internal static int EditDistance(string a, string b, int cap)
    {
        // Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping early above cap.
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = Math.Min(value, d[i - 2, j - 2] + 1);
                d[i, j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > cap) return cap + 1;
        }
        return d[a.Length, b.Length];
    }
}
