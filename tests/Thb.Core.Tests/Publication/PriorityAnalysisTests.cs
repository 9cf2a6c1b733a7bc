using Thb.Cycles;
using Thb.Intake.Returns;
using Thb.Normalising.Durations;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;
using Thb.Publication;
using Thb.Publication.Priorities;
using FundingValue = Thb.Normalising.Funding.Funding;

namespace Thb.Tests.Publication;

/// <summary>The priority view of the five sample returns against figures this test works out from the rows by itself.</summary>
public class PriorityAnalysisTests
{
    private static readonly HashSet<string> Eu27 =
        ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"];

    private static readonly string[] WesternBalkans = ["AL", "BA", "ME", "MK", "RS", "XK"];

    private static readonly List<(Contributor Contributor, ReturnRow Row)> Rows = PublicationSamples.Rows.ToList();

    private static readonly PriorityView View = PriorityAnalysis.Compute(PublicationSamples.Input);

    private static bool NamesCountry(ReturnRow row, string code) => row.CountryRegion.Places.Any(p => p.Kind == PlaceKind.Country && p.Code == code);

    private static decimal EurAmounts(IEnumerable<ReturnRow> rows) => rows.Where(r => r.Funding.Kind == FundingKind.Amount).Sum(r => r.Funding.AmountEur ?? 0m);

    [Fact]
    public void Every_third_country_of_the_rows_is_ranked_with_its_actions_contributors_and_funding()
    {
        var codes = Rows.SelectMany(x => x.Row.CountryRegion.Places).Where(p => p.Kind == PlaceKind.Country && !Eu27.Contains(p.Code!)).Select(p => p.Code!).Distinct().Order();
        Assert.Equal(codes, View.Countries.Select(c => c.Code!).Order());
        foreach (var entry in View.Countries)
        {
            var here = Rows.Where(x => NamesCountry(x.Row, entry.Code!)).ToList();
            Assert.Equal(here.Count, entry.Figures.Actions);
            Assert.Equal(here.Where(x => x.Contributor.Kind == ContributorKind.MemberState).Select(x => x.Contributor.Name).Distinct().Order(), entry.Figures.MemberStates.Order());
            Assert.Equal(here.Where(x => x.Contributor.Kind != ContributorKind.MemberState).Select(x => x.Contributor.Name).Distinct().Order(), entry.Figures.EuBodies.Order());
            Assert.Equal(EurAmounts(here.Select(x => x.Row)), entry.Figures.Funding.EurAmounts);
            Assert.Equal(here.Count(x => x.Row.Funding.Kind == FundingKind.Range), entry.Figures.Funding.RowsWithRange);
            Assert.Equal(here.Count, entry.Figures.Forms.Sum(f => f.Actions));
            var years = here.SelectMany(x => new[] { x.Row.Duration.Start, x.Row.Duration.End }).OfType<PartialDate>().Select(d => d.Year).ToList();
            (int, int)? expectedYears = years.Count == 0 ? null : (years.Min(), years.Max());
            Assert.Equal(expectedYears, entry.Figures.Years is { } y ? (y.First, y.Last) : null);
            Assert.Null(entry.Figures.Change);
        }
        Assert.Equal(View.Countries.Select(c => c.Figures.Actions).OrderDescending(), View.Countries.Select(c => c.Figures.Actions));
        Assert.Equal(Enumerable.Range(1, View.Countries.Count), View.Countries.Select(c => c.Rank));
        Assert.True(View.Countries[0].Figures.Actions >= 5, "the samples' most frequent third country has several actions");
    }

    [Fact]
    public void Places_inside_the_EU_are_counted_apart_and_never_ranked()
    {
        var inside = Rows.Count(x => x.Row.CountryRegion.Places.Any(p => p.Kind == PlaceKind.Country && Eu27.Contains(p.Code!) || p.Kind == PlaceKind.Region && p.Name is "EU" or "EU Member States"));
        Assert.True(inside > 0);
        Assert.Equal(inside, View.ActionsInsideEu);
        Assert.DoesNotContain(View.Countries, c => Eu27.Contains(c.Code!));
        Assert.DoesNotContain(View.Regions, r => r.Name is "EU" or "EU Member States");
        Assert.Equal(Rows.Count, View.Actions);
        Assert.Equal(Rows.Count(x => x.Row.CountryRegion.Places.Count == 0), View.ActionsWithoutPlace);
    }

    [Fact]
    public void A_region_counts_the_rows_naming_it_and_rolled_up_the_rows_naming_its_countries()
    {
        var balkans = View.Regions.Single(r => r.Name == "Western Balkans");
        var named = Rows.Where(x => x.Row.CountryRegion.Places.Any(p => p.Kind == PlaceKind.Region && p.Name == "Western Balkans")).ToList();
        var rolledUp = Rows.Where(x => WesternBalkans.Any(c => NamesCountry(x.Row, c)) || named.Contains(x)).ToList();
        Assert.Equal(named.Count, balkans.Named.Actions);
        Assert.Equal(rolledUp.Count, balkans.RolledUp.Actions);
        Assert.Equal(EurAmounts(rolledUp.Select(x => x.Row)), balkans.RolledUp.Funding.EurAmounts);
        Assert.Equal(WesternBalkans.Where(c => Rows.Any(x => NamesCountry(x.Row, c))).Order(), balkans.ActiveCountries.Order());
        Assert.True(balkans.RolledUp.Actions > 10);

        // "South East Europe" as Austria wrote it: named directly, and rolled up with its countries (Moldova, Türkiye too).
        var see = View.Regions.Single(r => r.Name == "South East Europe");
        Assert.Equal(Rows.Count(x => x.Row.CountryRegion.Places.Any(p => p.Kind == PlaceKind.Region && p.Name == "South East Europe")), see.Named.Actions);
        Assert.True(see.Named.Actions > 0);
        Assert.True(see.RolledUp.Actions > balkans.RolledUp.Actions - 1);

        // West Africa (M49 Western Africa) rolls up into Sub-Saharan Africa and Africa.
        var westAfrica = View.Regions.Single(r => r.Area?.Id == "011");
        var africa = View.Regions.Single(r => r.Area?.Id == "002");
        Assert.True(westAfrica.Named.Actions > 0);
        Assert.True(africa.RolledUp.Actions >= westAfrica.RolledUp.Actions);
        Assert.Equal(View.Regions.Select(r => r.RolledUp.Actions).OrderDescending(), View.Regions.Select(r => r.RolledUp.Actions));
    }

    [Fact]
    public void Organisations_are_ranked_by_the_rows_naming_them()
    {
        foreach (var entry in View.Organisations)
            Assert.Equal(Rows.Count(x => x.Row.CountryRegion.Places.Any(p => p.Kind == PlaceKind.Organisation && p.Name == entry.Name)), entry.Figures.Actions);
        Assert.Contains(View.Organisations, o => o.Name == "UNODC");
    }

    private static PublicationRow Row(string code, FundingValue funding, RowChange? change = null) => new(
        1, new AnnexCells(code, "", "", "", "", funding.Raw), [new Place(PlaceKind.Country, code, code)], null,
        new Duration("2010", DurationKind.Single, new PartialDate(2010), new PartialDate(2010), false), funding, change);

    private static PublicationInput Input(PreviousCycleChanges? previous, params PublicationRow[] rows) => new("2012-2", "Test", DateTimeOffset.UnixEpoch, "ref",
        [new PublicationSection(new PublicationContributor("austria", "Austria", ContributorKind.MemberState, 1), new PublicationSubmission("s", "a.xlsx", DateTimeOffset.UnixEpoch), rows)],
        previous);

    [Fact]
    public void Amounts_ranges_and_other_currencies_are_kept_apart()
    {
        var view = PriorityAnalysis.Compute(Input(null,
            Row("RS", new FundingValue("1.000 EUR", FundingKind.Amount, 1000m, null, null, null)),
            Row("RS", new FundingValue("2.000-3.000 EUR", FundingKind.Range, null, 2000m, 3000m, null)),
            Row("RS", new FundingValue("USD 20,000", FundingKind.OtherCurrency, null, null, null, null, new Money(20_000m, CurrencyCode.Parse("USD")))),
            Row("RS", new FundingValue("5 000 USD", FundingKind.OtherCurrency, null, null, null, null, new Money(5_000m, CurrencyCode.Parse("USD")))),
            Row("RS", new FundingValue("SEK 100 000", FundingKind.OtherCurrency, null, null, null, null, new Money(100_000m, CurrencyCode.Parse("SEK")))),
            Row("RS", new FundingValue("XX", FundingKind.Placeholder, null, null, null, null))));

        var funding = Assert.Single(view.Countries).Figures.Funding;
        Assert.Equal(1000m, funding.EurAmounts);
        Assert.Equal(1, funding.RowsWithEurAmount);
        Assert.Equal((2000m, 3000m, 1), (funding.RangeMinimums, funding.RangeMaximums, funding.RowsWithRange));
        Assert.Equal([new Money(100_000m, CurrencyCode.Parse("SEK")), new Money(25_000m, CurrencyCode.Parse("USD"))], funding.OtherCurrencies);
        Assert.Equal(1, funding.RowsWithoutMoney);
    }

    [Fact]
    public void Change_since_the_previous_cycle_counts_new_continued_and_no_longer_reported_actions()
    {
        var none = new FundingValue("", FundingKind.Empty, null, null, null, null);
        var previous = new PreviousCycleChanges("2011-1",
        [
            new NoLongerReported("austria", [new Place(PlaceKind.Country, "Albania", "AL")]),
            new NoLongerReported("austria", [new Place(PlaceKind.Region, "Western Balkans", null)]),
            new NoLongerReported("austria", [new Place(PlaceKind.Country, "Kenya", "KE")]),
        ]);
        var view = PriorityAnalysis.Compute(Input(previous,
            Row("AL", none, RowChange.New), Row("AL", none, RowChange.Continued), Row("AL", none, RowChange.New), Row("RS", none)));

        var albania = view.Countries.Single(c => c.Code == "AL").Figures.Change!;
        Assert.Equal(new ChangeSummary("2011-1", New: 2, Continued: 1, Unlabelled: 0, NoLongerReported: 1), albania);
        Assert.Equal(2, albania.Previous);
        var balkans = view.Regions.Single(r => r.Name == "Western Balkans").RolledUp.Change!;
        Assert.Equal((2, 1, 1, 2), (balkans.New, balkans.Continued, balkans.Unlabelled, balkans.NoLongerReported));
        Assert.Equal("2011-1", view.PreviousCycleId);
        Assert.DoesNotContain(view.Countries, c => c.Code == "KE");
    }
}
