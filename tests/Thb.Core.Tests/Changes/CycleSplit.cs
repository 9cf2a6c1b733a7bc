using Thb.Changes;
using Thb.Intake.Returns;
using Thb.Publication;

namespace Thb.Tests.Changes;

/// <summary>
/// The seed corpus split into two cycles, deterministically (one seeded random source): cycle 1 holds every seed row;
/// cycle 2 holds, per contributor, its rows rewritten (<see cref="RowRewriter"/>) less about one in eight dropped, plus
/// up to two new rows taken from other contributors' returns (only rows sharing under a fifth of their description's
/// words with any of this contributor's cycle-1 rows, so that "new" is true by construction), half of them set where
/// one of its actions is (that row's places, partner and period: another action with the same partner in the same
/// country, which only the description tells apart), in shuffled order.
/// </summary>
public static class CycleSplit
{
    public const double DropRate = 0.125;
    public const int MaxNewRows = 2;

    public static IReadOnlyList<PerturbedContributor> Make(IReadOnlyList<SeedReturn> seed, int randomSeed)
    {
        var random = new Random(randomSeed);
        return seed.Select(r => Perturb(r, seed, random)).ToList();
    }

    private static PerturbedContributor Perturb(SeedReturn seed, IReadOnlyList<SeedReturn> all, Random random)
    {
        var rewriter = new RowRewriter(random, seed.Language);
        var current = new List<(ReturnRow Row, int? Predecessor, RowAmendments Amendments)>();
        foreach (var row in seed.Rows)
        {
            if (random.NextDouble() < DropRate) continue;
            var (rewritten, amendments) = rewriter.Rewrite(row, 0);
            current.Add((rewritten, row.Row, amendments));
        }
        foreach (var row in NewRows(seed, all, random)) current.Add((row, null, RowAmendments.None));

        var shuffled = current.OrderBy(_ => random.Next()).Select((c, i) => c with { Row = c.Row with { Row = 1000 + i } }).ToList();
        return new PerturbedContributor(seed.Contributor, seed.Rows, shuffled.Select(c => c.Row).ToList(),
            shuffled.Where(c => c.Predecessor is not null).ToDictionary(c => c.Row.Row, c => c.Predecessor!.Value),
            shuffled.Where(c => c.Predecessor is not null).ToDictionary(c => c.Row.Row, c => c.Amendments));
    }

    private static IEnumerable<ReturnRow> NewRows(SeedReturn seed, IReadOnlyList<SeedReturn> all, Random random)
    {
        var own = seed.Rows.Select(r => ActionWords.Of(r.Description.Raw).ToHashSet()).ToList();
        var pool = all.Where(r => r.Contributor != seed.Contributor).SelectMany(r => r.Rows)
            .Where(r => ActionWords.Of(r.Description.Raw) is { Count: >= 3 } words && own.All(o => Jaccard(o, words) < 0.2))
            .ToList();
        var count = pool.Count == 0 ? 0 : random.Next(MaxNewRows + 1);
        for (var i = 0; i < count; i++)
        {
            var row = pool[random.Next(pool.Count)];
            if (random.Next(2) == 0) yield return row;
            else
            {
                var twin = seed.Rows[random.Next(seed.Rows.Count)];
                yield return row with { CountryRegion = twin.CountryRegion, Partner = twin.Partner, Duration = twin.Duration };
            }
        }
    }

    private static double Jaccard(HashSet<string> a, IReadOnlyList<string> b)
    {
        var shared = b.Count(a.Contains);
        var union = a.Count + b.Count - shared;
        return union == 0 ? 1 : (double)shared / union;
    }
}
