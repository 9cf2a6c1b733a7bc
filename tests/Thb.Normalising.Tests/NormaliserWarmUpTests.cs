using Thb.Normalising;
using Thb.Normalising.Durations;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;

namespace Thb.Normalising.Tests;

/// <summary>The warm-up reads beside other reads, on other threads, without changing what any of them gives.</summary>
public class NormaliserWarmUpTests
{
    private static readonly string[] Places = ["France", "Côte d'Ivoire, Western Balkans", "Republic of Moldova", "UNODC, OSCE, IOM"];
    private static readonly string[] Durations = ["January 2011 - ongoing", "2009-2010", "since 12.11.2009, ongoing"];
    private static readonly string[] Fundings = ["EUR 10,000", "53.368,01 EUR", "financed through the general budgets of the ministries"];

    [Fact]
    public void Reads_beside_warm_ups_on_other_threads_give_the_same_readings()
    {
        var expected = Readings();

        var seen = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 16, i =>
        {
            if (i % 2 == 0) NormaliserWarmUp.Run();
            seen.Add(Readings());
        });

        Assert.Equal(16, seen.Count);
        Assert.All(seen, s => Assert.Equal(expected, s));
    }

    private static string Readings() => string.Join("\n",
        Places.Select(p => PlaceNormaliser.Read(p).Value is var v ? v.Raw + ": " + string.Join("; ", v.Places) : "")
            .Concat(Durations.Select(d => DurationNormaliser.Read(d).Value.ToString()))
            .Concat(Fundings.Select(f => FundingNormaliser.Read(f).Value.ToString())));
}
