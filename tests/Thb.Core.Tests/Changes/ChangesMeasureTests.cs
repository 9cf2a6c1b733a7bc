using Thb.Changes;
using Xunit.Abstractions;

namespace Thb.Tests.Changes;

/// <summary>
/// Issue 16's measure: the seed corpus as cycle 1, the same rows rewritten as delegations rewrite them as cycle 2
/// (<see cref="CycleSplit"/>, <see cref="RowRewriter"/>), labelled by <see cref="RowMatcher"/>: precision and recall of
/// each label at least 0.95, over several seeds of the generator.
/// </summary>
public class ChangesMeasureTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(2011)]
    [InlineData(2012)]
    [InlineData(16)]
    public void The_labels_reach_095_precision_and_recall_on_the_rewritten_seed(int seed)
    {
        var score = Score(seed, RowMatcher.Threshold);

        output.WriteLine($"seed {seed}: {SeedCorpus.All.Count} returns, {SeedCorpus.All.Sum(r => r.Rows.Count)} rows in cycle 1");
        foreach (var line in score.Lines()) output.WriteLine(line);
        foreach (var label in Enum.GetValues<ChangeLabel>())
        {
            Assert.True(score.Actual(label) >= 20, $"{label}: only {score.Actual(label)} rows of the kind: the measure would say little");
            Assert.True(score.Precision(label) >= 0.95, $"{label} precision {score.Precision(label):0.000}");
            Assert.True(score.Recall(label) >= 0.95, $"{label} recall {score.Recall(label):0.000}");
        }
    }

    /// <summary>The measure can fail: a matcher that asks for near-identical rows misses rewritten ones, one that takes
    /// any likeness pairs new actions with dropped ones. Prints the figures around the chosen threshold.</summary>
    [Fact]
    public void The_measure_fails_a_matcher_too_strict_or_too_loose()
    {
        foreach (var threshold in new[] { 0.05, 0.2, 0.3, 0.45, 0.5, 0.6, 0.75, 0.9 })
        {
            var score = Score(2011, threshold);
            output.WriteLine($"threshold {threshold:0.00}: " + string.Join("; ", Enum.GetValues<ChangeLabel>().Select(l => $"{l} P {score.Precision(l):0.000} R {score.Recall(l):0.000}")));
        }
        Assert.True(Score(2011, 0.9).Recall(ChangeLabel.Continued) < 0.95);
        Assert.True(Score(2011, 0.05).Precision(ChangeLabel.Continued) < 0.95 || Score(2011, 0.05).Recall(ChangeLabel.New) < 0.95);
    }

    private static ChangeScore Score(int seed, double threshold)
    {
        var score = new ChangeScore();
        foreach (var contributor in CycleSplit.Make(SeedCorpus.All, seed))
            score.Add(contributor, RowMatcher.Match(contributor.Current, contributor.Previous, threshold));
        return score;
    }
}
