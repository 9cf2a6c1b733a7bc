using System.Text.Json;
using Thb.Annex;
using Thb.Normalising.Durations;
using Thb.Normalising.Forms;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;
using Thb.Publication;
using Thb.Publication.Priorities;
using FundingValue = Thb.Normalising.Funding.Funding;

namespace Thb.Tests.Publication;

/// <summary>`thb analysis`'s two outputs of one report: the JSON contract and the console table.</summary>
public class PriorityReportTests
{
    private static PublicationRow Row(string code, FundingValue funding, RowChange change) => new(1, new AnnexCells(code, "", "", "", "", funding.Raw),
        [new Place(PlaceKind.Country, code, code)], ActionCategory.VictimSupport, new Duration("2010", DurationKind.Single, new PartialDate(2010), new PartialDate(2011), false), funding, change);

    private static readonly PriorityReport Report = new("2012-2", "Second cycle", new DateTimeOffset(2012, 7, 2, 10, 0, 0, TimeSpan.Zero), 3, 1,
        PriorityAnalysis.Compute(PublicationTestData.Input(PublicationTestData.Section(PublicationTestData.Austria,
            Row("AL", new FundingValue("1.000 EUR", FundingKind.Amount, 1000m, null, null, null), RowChange.New),
            Row("AL", new FundingValue("2.000-3.000 EUR", FundingKind.Range, null, 2000m, 3000m, null), RowChange.Continued),
            Row("AL", new FundingValue("USD 500", FundingKind.OtherCurrency, null, null, null, null, new Money(500m, CurrencyCode.Parse("USD"))), RowChange.New))) with
        {
            Previous = new PreviousCycleChanges("2011-1", [new NoLongerReported("austria", [new Place(PlaceKind.Country, "Albania", "AL")])]),
        }));

    [Fact]
    public void The_json_keeps_amounts_ranges_and_currencies_apart_in_camel_case_with_kebab_case_values()
    {
        using var json = JsonDocument.Parse(PriorityJson.Serialize(Report));
        var root = json.RootElement;
        Assert.Equal("2011-1", root.GetProperty("previousCycle").GetString());
        var albania = root.GetProperty("countries").EnumerateArray().Single().GetProperty("figures");
        var funding = albania.GetProperty("funding");
        Assert.Equal((1000m, 2000m, 3000m), (funding.GetProperty("eurAmounts").GetDecimal(), funding.GetProperty("rangeMinimums").GetDecimal(), funding.GetProperty("rangeMaximums").GetDecimal()));
        var usd = funding.GetProperty("otherCurrencies").EnumerateArray().Single();
        Assert.Equal(("USD", 500m), (usd.GetProperty("currency").GetString(), usd.GetProperty("amount").GetDecimal()));
        Assert.Equal("victim-support", albania.GetProperty("forms")[0].GetProperty("form").GetString());
        Assert.Equal((2010, 2011), (albania.GetProperty("years").GetProperty("first").GetInt32(), albania.GetProperty("years").GetProperty("last").GetInt32()));
        var change = albania.GetProperty("change");
        Assert.Equal((2, 1, 1), (change.GetProperty("new").GetInt32(), change.GetProperty("continued").GetInt32(), change.GetProperty("noLongerReported").GetInt32()));
        var region = root.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "Western Balkans").GetProperty("area");
        Assert.Equal(["id", "name", "level", "source"], region.EnumerateObject().Select(p => p.Name));
        Assert.Equal("eu-policy-grouping", region.GetProperty("level").GetString());
    }

    [Fact]
    public void The_console_table_has_a_line_per_place_with_the_change_since_the_previous_cycle()
    {
        var output = new StringWriter();
        PriorityText.Write(output, Report);
        var lines = output.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var albania = Assert.Single(lines, l => l.Contains("Albania (AL)", StringComparison.Ordinal));
        Assert.Matches(@"^\s+1\s+Albania \(AL\)\s+3\s+1\s+-\s+1,000 \(1\)\s+2,000–3,000 \(1\)\s+USD 500\s+2010–2011\s+2 / 1 / 1$", albania);
        Assert.Contains(lines, l => l.EndsWith("new / continued / no longer reported", StringComparison.Ordinal));
        Assert.Contains("Change: since cycle 2011-1.", output.ToString());
        Assert.Contains("No organisation is named in the accepted returns.", output.ToString());
    }
}
