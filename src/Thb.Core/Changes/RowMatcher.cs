using Thb.Intake.Returns;

namespace Thb.Changes;

/// <summary>
/// Matches one contributor's current rows to its rows of the previous cycle, one to one: every pair scoring at least
/// <see cref="Threshold"/> (<see cref="RowSimilarity"/>) is a candidate, and the best remaining pair is taken first
/// (ties in sheet order, so the result never depends on anything but the rows). Current rows left over are new; previous
/// rows left over are no longer reported. Pure: the same rows give the same matches.
/// </summary>
public static class RowMatcher
{
    /// <summary>
    /// The least score of one action reported twice. On the seed corpus rewritten as delegations rewrite
    /// (tests/Thb.Core.Tests/Changes/ChangesMeasureTests) every label is right from 0.45 to 0.60; 0.75 starts missing
    /// heavy rewrites, 0.30 pairs new actions with dropped ones of the same partner and place. The middle is taken.
    /// </summary>
    public const double Threshold = 0.5;

    /// <summary>Every pair scoring at least the threshold, the words compared by number (<see cref="WordIndex"/>).</summary>
    private static List<(double Score, int Current, int Previous)> Candidates(RowFeatures[] now, RowFeatures[] before, double threshold)
    {
        var index = new WordIndex();
        var words = now.Concat(before).Select(f => (Description: index.Numbers(f.Description), Partner: index.Numbers(f.Partner))).ToArray();
        var candidates = new List<(double Score, int Current, int Previous)>();
        for (var i = 0; i < now.Length; i++)
            for (var j = 0; j < before.Length; j++)
            {
                var (current, previous) = (words[i], words[now.Length + j]);
                var partners = RowSimilarity.Partners(index.Similarity(current.Partner, previous.Partner),
                    previous.Partner.Length > 0 && index.Shared(previous.Partner, current.Partner) == previous.Partner.Length);
                var score = RowSimilarity.Score(now[i], before[j], index.Similarity(current.Description, previous.Description), partners);
                if (score >= threshold) candidates.Add((score, i, j));
            }
        return candidates;
    }

    public static IReadOnlyList<RowMatch> Match(IReadOnlyList<ReturnRow> current, IReadOnlyList<ReturnRow> previous, double threshold = Threshold)
    {
        var now = current.Select(RowFeatures.Of).ToArray();
        var before = previous.Select(RowFeatures.Of).ToArray();
        var candidates = Candidates(now, before, threshold);
        candidates.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Current != b.Current ? a.Current.CompareTo(b.Current) : a.Previous.CompareTo(b.Previous));

        var pairedWith = new int?[now.Length];
        var taken = new bool[before.Length];
        var scores = new double[now.Length];
        foreach (var (score, i, j) in candidates)
        {
            if (pairedWith[i] is not null || taken[j]) continue;
            pairedWith[i] = j;
            taken[j] = true;
            scores[i] = score;
        }

        var matches = new List<RowMatch>(now.Length + before.Length);
        for (var i = 0; i < now.Length; i++)
            matches.Add(pairedWith[i] is { } j
                ? new RowMatch(ChangeLabel.Continued, now[i].Row, before[j].Row, scores[i], RowAmendmentReader.Read(now[i], before[j]))
                : RowMatch.New(now[i].Row));
        for (var j = 0; j < before.Length; j++)
            if (!taken[j]) matches.Add(RowMatch.Gone(before[j].Row));
        return matches;
    }
}
