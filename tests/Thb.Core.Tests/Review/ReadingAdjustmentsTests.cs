using Thb.Cycles;
using System.Text.Json;
using Thb.Annex;
using Thb.Intake.Returns;
using Thb.Json;
using Thb.Normalising.Durations;
using Thb.Normalising.Forms;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;
using Thb.Review.Corrections;
using FundingValue = Thb.Normalising.Funding.Funding;

namespace Thb.Tests.Review;

public class ReadingAdjustmentsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Place WesternBalkans = ReadingInput.Places("Western Balkans", out _)!.Places![0];

    private static ReturnRow Row(int n, string places, string contributor = "austria") => new(n,
        new PlaceList(places, []), new ActionForm("Workshop", ActionCategory.Training), new RawText("d"), new RawText("p"),
        new Duration("2012", DurationKind.Single, new PartialDate(2012), new PartialDate(2012), false),
        new FundingValue("n/a", FundingKind.NotAvailable, null, null, null, null), []) { Contributor = contributor, Submission = "s1" };

    private static ReadingRule Rule(string match, string places, string? contributor = null, string? cycle = null, int minutes = 0) =>
        new($"r-{minutes}", Identifiers.ParseOrNull<CycleId>(cycle), Identifiers.ParseOrNull<ContributorId>(contributor), match, ReadingInput.Places(places, out _)!, "why", "analyst", T0.AddMinutes(minutes));

    [Fact]
    public void A_rule_adds_its_places_where_its_words_occur_and_leaves_raw_alone()
    {
        var adjustments = new ReadingAdjustments(CycleId.Parse("c1"), [Rule("the region", "Western Balkans", "austria")], []);
        var row = adjustments.Apply(Row(12, "projects in the Region"));
        Assert.Equal("projects in the Region", row.CountryRegion.Raw);
        Assert.Equal([WesternBalkans], row.CountryRegion.Places);
        var correction = Assert.Single(row.Corrections!);
        Assert.Equal((ReadingField.Places, CorrectionSource.Rule, "r-0"), (correction.Field, correction.Source, correction.Id));
        Assert.Empty(correction.Before.CountryRegion!.Places);
        Assert.False(adjustments.Apply(Row(12, "projects in the Region", "germany")).IsCorrected);
        Assert.False(adjustments.Apply(Row(13, "regional")).IsCorrected);
    }

    [Fact]
    public void Rules_of_another_cycle_or_undone_do_not_apply()
    {
        var rules = new[] { Rule("ONUDC", "UNODC", cycle: "c0"), Rule("ONUDC", "UNODC", minutes: 1) with { Undone = new Undoing("x", T0) } };
        Assert.False(new ReadingAdjustments(CycleId.Parse("c1"), rules, []).Apply(Row(1, "ONUDC")).IsCorrected);
        Assert.True(new ReadingAdjustments(CycleId.Parse("c0"), rules, []).Apply(Row(1, "ONUDC")).IsCorrected);
    }

    [Fact]
    public void A_correction_replaces_the_reading_while_the_raw_text_is_the_one_it_was_made_for()
    {
        var duration = ReadingInput.Duration("2012-03..2012-06", out _)!;
        var correction = new ReadingCorrection("c-1", CycleId.Parse("c1"), ContributorId.Parse("austria"), 7, duration, "2012", "the return says spring", "analyst", T0);
        var adjustments = new ReadingAdjustments(CycleId.Parse("c1"), [], [correction]);
        var row = adjustments.Apply(Row(7, "Kenya"));
        Assert.Equal(("2012", DurationKind.Range, new PartialDate(2012, 3)), (row.Duration.Raw, row.Duration.Kind, row.Duration.Start!.Value));
        Assert.Equal(DurationKind.Single, row.Corrections![0].Before.Duration!.Kind);
        Assert.False(adjustments.Apply(Row(8, "Kenya")).IsCorrected);
        Assert.False(adjustments.Apply(Row(7, "Kenya") with { Duration = new Duration("2013", DurationKind.Single, new PartialDate(2013), new PartialDate(2013), false) }).IsCorrected);
        Assert.False(new ReadingAdjustments(CycleId.Parse("c1"), [], [correction with { Undone = new Undoing("x", T0) }]).Apply(Row(7, "Kenya")).IsCorrected);
    }

    [Fact]
    public void A_correction_of_a_section_sheet_row_leaves_the_rows_of_the_same_number_on_other_sheets()
    {
        var duration = ReadingInput.Duration("2012-03..2012-06", out _)!;
        var onEnlargement = new ReadingCorrection("c-1", CycleId.Parse("c1"), ContributorId.Parse("austria"), 7, duration, "2012", "spring", "analyst", T0) { Sheet = "DG Enlargement" };
        var adjustments = new ReadingAdjustments(CycleId.Parse("c1"), [], [onEnlargement]);
        Assert.True(adjustments.Apply(Row(7, "Kenya") with { Sheet = "DG Enlargement" }).IsCorrected);
        Assert.False(adjustments.Apply(Row(7, "Kenya")).IsCorrected);
        Assert.False(adjustments.Apply(Row(7, "Kenya") with { Sheet = "DG Development Cooperation" }).IsCorrected);
        // A correction of the first table's sheet (no sheet) keeps applying there only.
        var onFirst = new ReadingAdjustments(CycleId.Parse("c1"), [], [onEnlargement with { Sheet = null }]);
        Assert.True(onFirst.Apply(Row(7, "Kenya")).IsCorrected);
        Assert.False(onFirst.Apply(Row(7, "Kenya") with { Sheet = "DG Enlargement" }).IsCorrected);
    }

    [Fact]
    public void The_fingerprint_names_what_is_in_force()
    {
        Assert.Equal("", ReadingAdjustments.None(CycleId.Parse("c1")).Fingerprint);
        Assert.Equal("r-0", new ReadingAdjustments(CycleId.Parse("c1"), [Rule("x", "AT")], []).Fingerprint);
    }

    [Fact]
    public void Words_match_whole_case_and_accents_aside()
    {
        Assert.True(RuleMatch.Contains("Projets avec l'ONUDC, Vienne", "onudc"));
        Assert.True(RuleMatch.Contains("in  the\nregion", "the region"));
        Assert.True(RuleMatch.Contains("Région", "region"));
        Assert.False(RuleMatch.Contains("ONUDCX", "ONUDC"));
        Assert.False(RuleMatch.Contains("anything", " "));
    }

    [Fact]
    public void The_row_json_shows_the_corrected_reading_and_what_it_replaced_and_reads_back()
    {
        var row = new ReadingAdjustments(CycleId.Parse("c1"), [Rule("the region", "Western Balkans")], []).Apply(Row(12, "the region"));
        var json = JsonSerializer.Serialize(row, ReturnJson.Compact);
        Assert.Contains("\"countryRegion\":{\"raw\":\"the region\",\"places\":[{\"kind\":\"region\"", json);
        Assert.Contains("\"corrections\":[{\"id\":\"r-0\",\"field\":\"places\",\"source\":\"rule\",\"reason\":\"why\",\"by\":\"analyst\",\"at\":\"2026-06-01T09:00:00+00:00\",\"before\":{\"countryRegion\":{\"raw\":\"the region\",\"places\":[]}}}]", json);
        Assert.DoesNotContain("isCorrected", json);
        var back = JsonSerializer.Deserialize<ReturnRow>(json, ReturnJson.Options)!;
        Assert.Equal(json, JsonSerializer.Serialize(back, ReturnJson.Compact));
        Assert.DoesNotContain("corrections", JsonSerializer.Serialize(Row(1, "x"), ReturnJson.Compact));
    }

    [Fact]
    public void The_annex_marks_a_corrected_cell_under_the_text_as_written()
    {
        var row = new ReadingAdjustments(CycleId.Parse("c1"), [Rule("the region", "Western Balkans")], []).Apply(Row(12, "the region"));
        Assert.Equal("\n[corrected: " + WesternBalkans.Name + "]", CorrectedMark.Of(row, ReturnColumn.CountryRegion));
        Assert.Equal("", CorrectedMark.Of(row, ReturnColumn.Form));
        Assert.Equal("", CorrectedMark.Of(Row(1, "x"), ReturnColumn.CountryRegion));
    }

    [Fact]
    public void Contract_names_of_corrections() 
    {
        Assert.Equal(["places", "form", "duration", "funding"], Enum.GetValues<ReadingField>().Select(v => KebabCase.Of(v)));
        Assert.Equal(["correction", "rule"], Enum.GetValues<CorrectionSource>().Select(v => KebabCase.Of(v)));
        Assert.Equal(["received", "approved", "correction-requested"], Enum.GetValues<Thb.Review.ReviewState>().Select(v => KebabCase.Of(v)));
    }
}
