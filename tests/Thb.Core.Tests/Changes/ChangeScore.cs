using Thb.Changes;
using Thb.Intake.Returns;
using Thb.Publication;

namespace Thb.Tests.Changes;

/// <summary>
/// Precision and recall of the change labels against the truth of a <see cref="CycleSplit"/>. A current row labelled
/// continued counts as right only when paired with the row it was made from (or one with the same six cells); a
/// previous row counts as no longer reported when nothing was paired with it. Also counts, over the rows rightly
/// continued, how often each kind of change was read as made.
/// </summary>
public sealed class ChangeScore
{
    private readonly Dictionary<ChangeLabel, (int Right, int Predicted, int Actual)> labels = Enum.GetValues<ChangeLabel>().ToDictionary(l => l, _ => (0, 0, 0));
    private readonly Dictionary<RowAmendments, (int Right, int Predicted, int Actual)> amendments = new();

    public void Add(PerturbedContributor contributor, IReadOnlyList<RowMatch> matches)
    {
        var previousByRow = contributor.Previous.ToDictionary(r => r.Row);
        foreach (var match in matches.Where(m => m.Current is not null))
        {
            var truth = contributor.Predecessor.TryGetValue(match.Current!.Row, out var p) ? previousByRow[p] : null;
            var right = match.Label == ChangeLabel.New ? truth is null : truth is not null && SameCells(match.Previous!, truth);
            Count(match.Label, truth is null ? ChangeLabel.New : ChangeLabel.Continued, right);
            if (right && truth is not null) CountAmendments(match.Amendments, contributor.Amendments[match.Current.Row]);
        }
        var kept = contributor.Predecessor.Values.ToHashSet();
        var gone = matches.Where(m => m.Label == ChangeLabel.NoLongerReported).Select(m => m.Previous!.Row).ToHashSet();
        foreach (var row in contributor.Previous)
        {
            var predicted = gone.Contains(row.Row);
            var actual = !kept.Contains(row.Row);
            var (r, pr, ac) = labels[ChangeLabel.NoLongerReported];
            labels[ChangeLabel.NoLongerReported] = (r + (predicted && actual ? 1 : 0), pr + (predicted ? 1 : 0), ac + (actual ? 1 : 0));
        }
    }

    public double Precision(ChangeLabel label) => labels[label].Predicted == 0 ? 1 : (double)labels[label].Right / labels[label].Predicted;
    public double Recall(ChangeLabel label) => labels[label].Actual == 0 ? 1 : (double)labels[label].Right / labels[label].Actual;
    public int Actual(ChangeLabel label) => labels[label].Actual;

    public IEnumerable<string> Lines() =>
        labels.Select(l => $"{l.Key,-17} precision {Precision(l.Key):0.000} recall {Recall(l.Key):0.000} (right {l.Value.Right}, labelled {l.Value.Predicted}, true {l.Value.Actual})")
            .Concat(amendments.OrderBy(a => a.Key).Select(a =>
                $"  {a.Key,-20} read {a.Value.Predicted}, made {a.Value.Actual}, both {a.Value.Right}"));

    private void Count(ChangeLabel predicted, ChangeLabel actual, bool right)
    {
        var p = labels[predicted];
        labels[predicted] = (p.Right + (right ? 1 : 0), p.Predicted + 1, p.Actual);
        var a = labels[actual];
        labels[actual] = (a.Right, a.Predicted, a.Actual + 1);
    }

    private void CountAmendments(RowAmendments read, RowAmendments made)
    {
        foreach (var flag in Enum.GetValues<RowAmendments>().Where(f => f != RowAmendments.None))
        {
            var (r, p, a) = amendments.GetValueOrDefault(flag);
            amendments[flag] = (r + (read.HasFlag(flag) && made.HasFlag(flag) ? 1 : 0), p + (read.HasFlag(flag) ? 1 : 0), a + (made.HasFlag(flag) ? 1 : 0));
        }
    }

    private static bool SameCells(ReturnRow a, ReturnRow b) => a.Row == b.Row ||
        (a.CountryRegion.Raw, a.Form.Raw, a.Description.Raw, a.Partner.Raw, a.Duration.Raw, a.Funding.Raw) ==
        (b.CountryRegion.Raw, b.Form.Raw, b.Description.Raw, b.Partner.Raw, b.Duration.Raw, b.Funding.Raw);
}
