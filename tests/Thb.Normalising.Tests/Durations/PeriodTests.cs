using Thb.Normalising.Durations;

namespace Thb.Normalising.Tests.Durations;

/// <summary>
/// Parts of a year (quarters, halves, semesters, seasons) in English, French and German become ranges of whole months,
/// and "from/since/until" make them open or closed: generated from the grammar (ordinal × unit × year × prefix), so
/// that no single string is special.
/// </summary>
public class PeriodTests
{
    private static readonly int[] Years = [2010, 2012];

    private static readonly string[] EnglishOrdinals = ["1st", "2nd", "3rd", "4th"];
    private static readonly string[] EnglishOrdinalWords = ["first", "second", "third", "fourth"];
    private static readonly string[] GermanOrdinalWords = ["erstes", "zweites", "drittes", "viertes"];
    private static readonly string[] GermanDativeOrdinals = ["ersten", "zweiten", "dritten", "vierten"];
    private static readonly string[] FrenchOrdinals = ["1er", "2e", "3e", "4e"];
    private static readonly string[] FrenchOrdinalWords = ["premier", "deuxième", "troisième", "quatrième"];
    private static readonly string[] Romans = ["I", "II", "III", "IV"];

    private static string Month(int year, int month) => $"{year:D4}-{month:D2}";

    /// <summary>Every way of writing quarter n of year y this grammar reads.</summary>
    private static IEnumerable<string> Quarters(int n, int y)
    {
        int k = n - 1;
        yield return $"Q{n} {y}";
        yield return $"q{n} {y}";
        yield return $"Q{n}/{y}";
        yield return $"Q{n}-{y}";
        yield return $"{y} Q{n}";
        yield return $"{y}-Q{n}";
        yield return $"{n}Q {y}";
        yield return $"{EnglishOrdinals[k]} quarter of {y}";
        yield return $"{EnglishOrdinals[k]} quarter {y}";
        yield return $"{EnglishOrdinalWords[k]} quarter {y}";
        yield return $"the {EnglishOrdinalWords[k]} quarter of the year {y}";
        yield return $"{char.ToUpperInvariant(EnglishOrdinalWords[k][0])}{EnglishOrdinalWords[k][1..]} Quarter of {y}";
        yield return $"{n}. Quartal {y}";
        yield return $"{n}.Quartal {y}";
        yield return $"{Romans[k]}. Quartal {y}";
        yield return $"{GermanOrdinalWords[k]} Quartal {y}";
        yield return $"im {GermanDativeOrdinals[k]} Quartal {y}";
        yield return $"{n}. Quartal des Jahres {y}";
        yield return $"{FrenchOrdinals[k]} trimestre {y}";
        yield return $"{FrenchOrdinals[k]} trimestre de l'année {y}";
        yield return $"{FrenchOrdinalWords[k]} trimestre {y}";
        yield return $"T{n} {y}";
    }

    /// <summary>Every way of writing half n of year y this grammar reads.</summary>
    private static IEnumerable<string> Halves(int n, int y)
    {
        int k = n - 1;
        yield return $"H{n} {y}";
        yield return $"H{n}/{y}";
        yield return $"{y} H{n}";
        yield return $"{n}H {y}";
        yield return $"S{n} {y}";
        yield return $"{EnglishOrdinals[k]} half of {y}";
        yield return $"{EnglishOrdinalWords[k]} half of {y}";
        yield return $"{EnglishOrdinalWords[k]} half {y}";
        yield return $"{EnglishOrdinalWords[k]} half-year {y}";
        yield return $"{EnglishOrdinalWords[k]} semester {y}";
        yield return $"{EnglishOrdinalWords[k]} semester of {y}";
        yield return $"{n}. Halbjahr {y}";
        yield return $"{GermanOrdinalWords[k]} Halbjahr {y}";
        yield return $"im {GermanDativeOrdinals[k]} Halbjahr {y}";
        yield return $"{n}. Hj. {y}";
        yield return $"{(n == 1 ? "erste" : "zweite")} Jahreshälfte {y}";
        yield return $"{n}. Hälfte {y}";
        yield return $"{FrenchOrdinals[k]} semestre {y}";
        yield return $"{n}ème semestre {y}";
        yield return $"{FrenchOrdinalWords[k]} semestre {y}";
        yield return $"{(n == 1 ? "premier" : "second")} semestre de {y}";
    }

    public static TheoryData<string, string, string> PartsOfAYear()
    {
        var data = new TheoryData<string, string, string>();
        foreach (int y in Years)
        {
            for (int n = 1; n <= 4; n++)
            {
                foreach (string text in Quarters(n, y))
                {
                    data.Add(text, Month(y, (3 * n) - 2), Month(y, 3 * n));
                }
            }

            for (int n = 1; n <= 2; n++)
            {
                foreach (string text in Halves(n, y))
                {
                    data.Add(text, Month(y, (6 * n) - 5), Month(y, 6 * n));
                }
            }

            data.Add($"last quarter of {y}", Month(y, 10), Month(y, 12));
            data.Add($"letztes Quartal {y}", Month(y, 10), Month(y, 12));
            data.Add($"dernier trimestre {y}", Month(y, 10), Month(y, 12));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PartsOfAYear))]
    public void A_part_of_a_year_is_its_range_of_months(string raw, string start, string end)
    {
        Duration d = DurationNormaliser.Normalise(raw);
        Assert.Equal((DurationKind.Range, start, end, false), (d.Kind, d.Start?.ToString(), d.End?.ToString(), d.Ongoing));
    }

    public static TheoryData<string, string, string> Seasons()
    {
        var data = new TheoryData<string, string, string>();
        var seasons = new (string[] Words, int First, int Last)[]
        {
            (["spring", "Spring", "printemps", "Frühling", "Frühjahr"], 3, 5),
            (["summer", "Summer", "été", "Été", "Sommer"], 6, 8),
            (["autumn", "fall", "automne", "Herbst"], 9, 11),
        };
        foreach (int y in Years)
        {
            foreach (var (words, first, last) in seasons)
            {
                foreach (string word in words)
                {
                    data.Add($"{word} {y}", Month(y, first), Month(y, last));
                }

                data.Add($"{words[0]} of {y}", Month(y, first), Month(y, last));
            }

            data.Add($"winter {y}/{(y + 1) % 100:D2}", Month(y, 12), Month(y + 1, 2));
            data.Add($"Winter {y}/{y + 1}", Month(y, 12), Month(y + 1, 2));
            data.Add($"hiver {y}-{y + 1}", Month(y, 12), Month(y + 1, 2));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seasons))]
    public void A_season_is_its_meteorological_months(string raw, string start, string end)
    {
        Duration d = DurationNormaliser.Normalise(raw);
        Assert.Equal((DurationKind.Range, start, end, false), (d.Kind, d.Start?.ToString(), d.End?.ToString(), d.Ongoing));
    }

    [Theory]
    [InlineData("winter 2011")]
    [InlineData("Winter 2011")]
    [InlineData("hiver 2011")]
    public void A_winter_with_one_year_is_only_that_year(string raw)
    {
        Duration d = DurationNormaliser.Normalise(raw);
        Assert.Equal((DurationKind.Single, "2011", "2011"), (d.Kind, d.Start?.ToString(), d.End?.ToString()));
    }

    private static readonly string[] OpenPrefixes = ["from", "From", "since", "starting", "starting in", "à partir du", "depuis le", "ab dem", "seit dem", "vom", "begun in"];
    private static readonly string[] UntilPrefixes = ["until", "till", "until the end of the", "jusqu'au", "jusqu'à la fin du", "bis zum", "bis Ende des"];

    public static TheoryData<string, string> OpenPeriods()
    {
        var data = new TheoryData<string, string>();
        foreach (string prefix in OpenPrefixes)
        {
            data.Add($"{prefix} Q3 2012", "2012-07");
            data.Add($"{prefix} 2nd half of 2010", "2010-07");
            data.Add($"{prefix} 2e semestre 2012", "2012-07");
            data.Add($"{prefix} 3. Quartal 2011", "2011-07");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OpenPeriods))]
    public void From_a_part_of_a_year_is_open_from_its_first_month(string raw, string start)
    {
        Duration d = DurationNormaliser.Normalise(raw);
        Assert.Equal((DurationKind.OpenEnded, start, (string?)null, true), (d.Kind, d.Start?.ToString(), d.End?.ToString(), d.Ongoing));
    }

    public static TheoryData<string, string> EndingPeriods()
    {
        var data = new TheoryData<string, string>();
        foreach (string prefix in UntilPrefixes)
        {
            data.Add($"{prefix} Q3 2012", "2012-09");
            data.Add($"{prefix} 1st half of 2013", "2013-06");
            data.Add($"{prefix} 2e semestre 2012", "2012-12");
            data.Add($"{prefix} 1. Halbjahr 2014", "2014-06");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EndingPeriods))]
    public void Until_a_part_of_a_year_ends_with_its_last_month(string raw, string end)
    {
        Duration d = DurationNormaliser.Normalise(raw);
        Assert.Equal((DurationKind.Range, (string?)null, end, false), (d.Kind, d.Start?.ToString(), d.End?.ToString(), d.Ongoing));
    }

    [Theory]
    [InlineData("Q1 2010 - Q3 2011", "2010-01", "2011-09")]
    [InlineData("Q1-Q2 2012", "2012-01", "2012-06")]
    [InlineData("Q1 and Q2 2012", "2012-01", "2012-06")]
    [InlineData("Q4 – Q1 2012", "2011-10", "2012-03")]
    [InlineData("H2 2010 – H1 2011", "2010-07", "2011-06")]
    [InlineData("2nd half of 2010 - 2012", "2010-07", "2012")]
    [InlineData("from Q3 2012 until Q2 2013", "2012-07", "2013-06")]
    [InlineData("du 2e semestre 2012 au 1er semestre 2013", "2012-07", "2013-06")]
    [InlineData("vom 3. Quartal 2011 bis zum 2. Quartal 2012", "2011-07", "2012-06")]
    [InlineData("spring/summer 2011", "2011-03", "2011-08")]
    [InlineData("Frühjahr – Herbst 2012", "2012-03", "2012-11")]
    [InlineData("January 2010 - Q2 2011", "2010-01", "2011-06")]
    [InlineData("Q3 2012 – March 2013", "2012-07", "2013-03")]
    public void Ranges_of_parts_of_years_span_their_months(string raw, string start, string end)
    {
        Duration d = DurationNormaliser.Normalise(raw);
        Assert.Equal((DurationKind.Range, start, end), (d.Kind, d.Start?.ToString(), d.End?.ToString()));
    }

    /// <summary>The task's own list, verbatim (issue 13).</summary>
    [Theory]
    [InlineData("Q3 2012", "range", "2012-07", "2012-09", false)]
    [InlineData("3rd quarter of 2012", "range", "2012-07", "2012-09", false)]
    [InlineData("third quarter 2012", "range", "2012-07", "2012-09", false)]
    [InlineData("2nd half of 2010", "range", "2010-07", "2010-12", false)]
    [InlineData("H2 2010", "range", "2010-07", "2010-12", false)]
    [InlineData("second half of 2010", "range", "2010-07", "2010-12", false)]
    [InlineData("2. Halbjahr 2012", "range", "2012-07", "2012-12", false)]
    [InlineData("zweites Halbjahr 2012", "range", "2012-07", "2012-12", false)]
    [InlineData("3. Quartal 2012", "range", "2012-07", "2012-09", false)]
    [InlineData("1er semestre 2012", "range", "2012-01", "2012-06", false)]
    [InlineData("2e semestre 2012", "range", "2012-07", "2012-12", false)]
    [InlineData("deuxième semestre 2012", "range", "2012-07", "2012-12", false)]
    [InlineData("troisième trimestre 2012", "range", "2012-07", "2012-09", false)]
    [InlineData("été 2011", "range", "2011-06", "2011-08", false)]
    [InlineData("summer 2011", "range", "2011-06", "2011-08", false)]
    [InlineData("Sommer 2011", "range", "2011-06", "2011-08", false)]
    [InlineData("à partir du 2e semestre 2012", "open-ended", "2012-07", null, true)]
    [InlineData("à partir de mars 2012", "open-ended", "2012-03", null, true)]
    [InlineData("depuis 2010", "open-ended", "2010", null, true)]
    [InlineData("jusqu'à fin 2012", "range", null, "2012", false)]
    [InlineData("ab März 2012", "open-ended", "2012-03", null, true)]
    [InlineData("seit 2010", "open-ended", "2010", null, true)]
    [InlineData("bis Ende 2012", "range", null, "2012", false)]
    [InlineData("bis 30.06.2013", "range", null, "2013-06-30", false)]
    public void The_periods_of_the_issue(string raw, string kind, string? start, string? end, bool ongoing)
    {
        Duration d = DurationNormaliser.Normalise(raw);
        Assert.Equal((kind, start, end, ongoing), (ContractNames.Of(d.Kind), d.Start?.ToString(), d.End?.ToString(), d.Ongoing));
    }

    [Theory]
    [InlineData("3 quarters of 2012", "2012")]
    [InlineData("Q5 2012", "2012")]
    [InlineData("H3 2012", "2012")]
    [InlineData("half of 2010", "2010")]
    [InlineData("summer school 2011", "2011")]
    [InlineData("the second meeting in 2010", "2010")]
    [InlineData("early 2012", "2012")]
    [InlineData("Ende 2012", "2012")]
    public void What_is_no_part_of_a_year_stays_the_year(string raw, string year)
    {
        Duration d = DurationNormaliser.Normalise(raw);
        Assert.Equal((DurationKind.Single, year, year), (d.Kind, d.Start?.ToString(), d.End?.ToString()));
    }

    [Fact]
    public void A_period_never_gets_a_day_and_never_refines_a_year_it_is_in()
    {
        foreach (var (raw, _, _) in PartsOfAYear().Concat(Seasons()).Select(r => ((string)r[0], r[1], r[2])))
        {
            Duration d = DurationNormaliser.Normalise(raw);
            Assert.NotEqual(DatePrecision.Day, d.Start!.Value.Precision);
            Assert.NotEqual(DatePrecision.Day, d.End!.Value.Precision);
        }

        // "finished in the 2nd half of 2010" says when only vaguely: the range written stays 2007–2010.
        Duration czech = DurationNormaliser.Normalise("2007 - 2010 The project was finished in 2nd half of 2010 due to lack of funds.");
        Assert.Equal(("2007", "2010"), (czech.Start?.ToString(), czech.End?.ToString()));
    }
}
