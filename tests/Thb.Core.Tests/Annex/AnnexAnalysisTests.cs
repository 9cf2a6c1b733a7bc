using Thb.Normalising.Places;
using Thb.Annex;
using Thb.Cycles;
using Thb.Intake;
using Thb.Normalising.Forms;
using static Thb.Tests.Annex.AnnexTestData;

namespace Thb.Tests.Annex;

public class AnnexAnalysisTests
{
    private static readonly AnnexAnalysis Analysis = AnnexAnalysis.Compute(Sample("A long description"));

    [Fact]
    public void A_row_naming_several_places_counts_in_full_for_each_of_them()
    {
        var kenya = Analysis.Places.Single(p => p.Code == "KE");
        var tanzania = Analysis.Places.Single(p => p.Code == "TZ");
        Assert.Equal((1, 250_000m, 1), (kenya.Actions, kenya.EurTotal, kenya.RowsWithAmount));
        Assert.Equal((1, 250_000m, 1), (tanzania.Actions, tanzania.EurTotal, tanzania.RowsWithAmount));
        Assert.Equal("Kenya", kenya.Name);
        Assert.Equal(["Austria"], kenya.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void Places_list_countries_then_regions_then_organisations_then_rows_without_a_place()
    {
        Assert.Equal([PlaceKind.Country, PlaceKind.Country, PlaceKind.Country, PlaceKind.Region, PlaceKind.Organisation, PlaceKind.Organisation, null], Analysis.Places.Select(p => p.Kind));
        var none = Analysis.Places[^1];
        Assert.Equal((1, 0m, 0, 1), (none.Actions, none.EurTotal, none.RowsWithAmount, none.RowsWithoutAmount));
        var unodc = Analysis.Places.Single(p => p.Name == "UNODC");
        Assert.Equal((1, 0m, 0, 1), (unodc.Actions, unodc.EurTotal, unodc.RowsWithAmount, unodc.RowsWithoutAmount));
    }

    [Fact]
    public void Funding_per_contributor_sums_amounts_and_range_ends_and_counts_the_other_kinds()
    {
        Assert.Equal(["Austria", "Eurojust"], Analysis.Funding.Select(f => f.Contributor!.Name));
        var austria = Analysis.Funding[0];
        Assert.Equal((3, 303_368.01m, 2, 1), (austria.Actions, austria.EurTotal, austria.RowsWithAmount, austria.NonMonetary));
        var eurojust = Analysis.Funding[1];
        Assert.Equal((2, 0m, 0, 1, 10_000m, 20_000m, 1), (eurojust.Actions, eurojust.EurTotal, eurojust.RowsWithAmount, eurojust.Ranges,
            eurojust.RangeMinTotal, eurojust.RangeMaxTotal, eurojust.NotAvailable));
        Assert.Equal((5, 303_368.01m, 2, 1), (Analysis.FundingTotal.Actions, Analysis.FundingTotal.EurTotal, Analysis.FundingTotal.RowsWithAmount, Analysis.FundingTotal.Ranges));
    }

    [Fact]
    public void Forms_list_every_category_and_rows_without_a_form()
    {
        Assert.Equal(ActionCategories.All.Count + 1, Analysis.Forms.Count);
        var training = Analysis.Forms.Single(f => f.Category == ActionCategory.Training);
        Assert.Equal((2, 2, 53_368.01m, 1), (training.Actions, training.Contributors, training.EurTotal, training.RowsWithAmount));
        var notStated = Analysis.Forms[^1];
        Assert.Equal(("(not stated)", 1), (notStated.Label, notStated.Actions));
        Assert.Equal(5, Analysis.Forms.Sum(f => f.Actions));
    }
}

public class AnnexFingerprintTests
{
    private static readonly Contributor Austria = Contributor("austria", "Austria", 1);
    private static readonly Contributor Bulgaria = Contributor("bulgaria", "Bulgaria", 2);

    private static ContributorStatus Status(Contributor c, string? submission) =>
        new(c, AnnexTestData.Cycle.Deadline, submission is null ? null : Submission(c, submission), null);

    [Fact]
    public void A_first_submission_changes_the_fingerprint()
    {
        var before = AnnexFingerprint.Of([Status(Austria, "a1"), Status(Bulgaria, null)]);
        var after = AnnexFingerprint.Of([Status(Austria, "a1"), Status(Bulgaria, "b1")]);
        Assert.NotEqual(before, after);
        Assert.Equal(64, before.Value.Length);
    }

    [Fact]
    public void The_fingerprint_depends_on_the_submissions_not_their_order()
    {
        var one = AnnexFingerprint.Of([Status(Austria, "a1"), Status(Bulgaria, "b1")]);
        Assert.Equal(one, AnnexFingerprint.Of([Status(Bulgaria, "b1"), Status(Austria, "a1")]));
        Assert.NotEqual(one, AnnexFingerprint.Of([Status(Austria, "a2"), Status(Bulgaria, "b1")]));
        // Who sent which submission matters, not only the set of ids.
        Assert.NotEqual(AnnexFingerprint.Of([Status(Austria, "x"), Status(Bulgaria, "y")]), AnnexFingerprint.Of([Status(Austria, "y"), Status(Bulgaria, "x")]));
    }

    [Fact]
    public void A_new_return_in_the_predecessor_changes_the_fingerprint_of_the_cycle_that_follows_it()
    {
        var current = new[] { Status(Austria, "a2") };
        var plain = AnnexFingerprint.Of(current);
        var before = AnnexFingerprint.Of(current, previousCycleId: "2011-1", previous: [Status(Austria, "a1")]);
        Assert.NotEqual(plain, before);
        Assert.NotEqual(before, AnnexFingerprint.Of(current, previousCycleId: "2011-1", previous: [Status(Austria, "a1b")]));
        Assert.Equal(before, AnnexFingerprint.Of(current, previousCycleId: "2011-1", previous: [Status(Austria, "a1")]));
    }
}
