using System.Text.Json;
using ClosedXML.Excel;
using Thb.Cycles;
using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Templates;
using Thb.Tests.Intake;

namespace Thb.Tests.Templates;

public class CarryOverTests
{
    private static readonly DateOnly Cutoff = new(2011, 5, 1);

    private static ReturnRow Row(string duration, string funding = "")
    {
        var check = ReturnChecker.Check(new MemoryStream(RawXlsx.Return("Austria", "2011-1", ["Serbia", "Training", "A course", "OSCE", duration, funding]).Build()), "r.xlsx");
        return Assert.Single(check.Rows);
    }

    [Theory]
    [InlineData("since 12.11.2009, ongoing", true)]          // ongoing
    [InlineData("1 March 2010 – 30 June 2011", true)]        // ends after the new period starts
    [InlineData("1 March 2010 – 1 May 2011", true)]          // ends on the first day of the new period
    [InlineData("1 March 2010 – 30 April 2011", false)]      // ended the day before
    [InlineData("2011", true)]                               // a year runs to its last day
    [InlineData("April 2011", false)]                        // a month too
    [InlineData("2010", false)]
    [InlineData("on regular basis", true)]                   // recurring: no end to go by
    [InlineData("", true)]                                   // no duration: the delegation decides
    [InlineData("sometime soonish", true)]                   // unreadable: the delegation decides
    public void A_row_is_carried_over_when_it_may_still_run_when_the_new_period_starts(string duration, bool carried)
    {
        Assert.Equal(carried, CarryOver.StillRunning(Row(duration), Cutoff));
    }

    [Fact]
    public void The_cutoff_is_the_period_start_else_the_brussels_date_the_cycle_was_opened()
    {
        var clock = new FixedClock(new DateTimeOffset(2013, 3, 3, 12, 0, 0, TimeSpan.Zero));
        var cycle = new Cycle(CycleId.Parse("c"), "C", new DateOnly(2012, 6, 29), CycleState.Open, [], new DateOnly(2011, 5, 1),
            OpenedAt: new DateTimeOffset(2012, 1, 31, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2011, 5, 1), CarryOver.Cutoff(cycle, clock));
        // 23:30 UTC on 31 January is already 1 February in Brussels.
        Assert.Equal(new DateOnly(2012, 2, 1), CarryOver.Cutoff(cycle with { PeriodStart = null }, clock));
        Assert.Equal(new DateOnly(2013, 3, 3), CarryOver.Cutoff(cycle with { PeriodStart = null, OpenedAt = null }, clock));
    }

    [Theory]
    [InlineData("1 March 2010 – 30 June 2011", "2010-03-01", "2011-06-30", false)]
    [InlineData("since 12.11.2009, ongoing", "2009-11-12", null, true)]
    [InlineData("15 October 2010", "2010-10-15", "2010-10-15", false)]
    [InlineData("since 2008, ongoing", null, null, true)]      // a year is not a full date: Ongoing alone
    [InlineData("March 2010 – June 2011", null, null, null)]   // months only: the text alone
    [InlineData("on regular basis", null, null, null)]
    public void Helper_columns_are_filled_only_with_full_dates(string duration, string? start, string? end, bool? ongoing)
    {
        var carried = CarryOver.ToCarriedRow(Row(duration, "45.000 EUR"));
        Assert.Equal(start is null ? null : DateOnly.Parse(start), carried.StartDate);
        Assert.Equal(end is null ? null : DateOnly.Parse(end), carried.EndDate);
        Assert.Equal(ongoing, carried.Ongoing);
        Assert.Equal(45000m, carried.AmountEur);
        Assert.Equal(duration, carried.Duration);
    }

    [Theory]
    [InlineData("between 1 and 1,5 million EUR")]
    [InlineData("2,730 MSEK")]
    [InlineData("not available")]
    public void Amount_in_EUR_is_filled_only_for_a_single_euro_amount(string funding)
    {
        Assert.Null(CarryOver.ToCarriedRow(Row("2011", funding)).AmountEur);
    }

    /// <summary>
    /// Every row of the five sample returns, carried into a template and read back, reads as it did: the same raw texts
    /// and the same normalised places, form, duration and funding, with no conflict between helper cells and texts.
    /// </summary>
    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Carried_rows_read_back_exactly_as_they_were_read_the_first_time(string sample)
    {
        var original = ReturnChecker.Check(Samples.Path_(sample + ".xlsx"));
        var documents = original.Rows.ToList();
        var carried = documents.Select(CarryOver.ToCarriedRow).ToList();
        Assert.Contains(carried, c => c.StartDate is not null || c.AmountEur is not null || c.Ongoing is not null);

        var template = TemplateWorkbook.Build(new TemplateRequest(TemplateSamples.Cycle(), TemplateSamples.Austria with { Name = sample, Id = ContributorId.Parse(sample.ToLowerInvariant()) }, carried, "2011-1"));
        var again = ReturnChecker.Check(new MemoryStream(template), "template.xlsx");

        Assert.True(again.Status.IsAccepted(), string.Join("\n", again.Findings.Select(f => f.Message)));
        Assert.DoesNotContain(again.Findings, f => f.Code is FindingCodes.DurationHelperConflict or FindingCodes.FundingHelperConflict);
        Assert.Equal(documents.Count, again.Rows.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            var before = documents[i];
            var after = again.Rows[i];
            Assert.Equal(Json(before.CountryRegion), Json(after.CountryRegion));
            Assert.Equal(Json(before.Form), Json(after.Form));
            Assert.Equal(before.Description.Raw, after.Description.Raw);
            Assert.Equal(before.Partner.Raw, after.Partner.Raw);
            Assert.Equal(Json(before.Duration), Json(after.Duration));
            Assert.Equal(Json(before.Funding), Json(after.Funding));
        }
    }

    public static TheoryData<string> SampleNames() => new(Samples.Names);

    [Fact]
    public void Carried_text_keeps_its_type_and_an_over_long_cell_is_cut_with_a_note()
    {
        var rows = new[]
        {
            new CarriedRow("Serbia", "=SUM(A1)", new string('x', 40_000), "OSCE", "2010", "0045"),
        };
        using var workbook = new XLWorkbook(new MemoryStream(TemplateSamples.Build(rows)));
        var sheet = workbook.Worksheet(TemplateLayout.ReturnSheet);
        Assert.Equal("=SUM(A1)", sheet.Cell("B7").GetString());
        Assert.False(sheet.Cell("B7").HasFormula);
        Assert.Equal(XLDataType.Text, sheet.Cell("E7").DataType);
        Assert.Equal("0045", sheet.Cell("F7").GetString());
        var description = sheet.Cell("C7").GetString();
        Assert.True(description.Length <= 32_767);
        Assert.EndsWith("the whole text is in your return for cycle 2011-1)", description);
        Assert.StartsWith("Row 7 is your action from cycle 2011-1", sheet.Cell("A5").GetString());
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, ReturnJson.Compact);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
