using Thb.Cycles;
using System.Text.Json;
using Thb.Annex;
using Thb.Intake.Returns;
using Thb.Normalising.Durations;
using Thb.Normalising.Places;
using Thb.Review.Corrections;

namespace Thb.IntegrationTests.Review;

/// <summary>Issue 16, item 2 on Azurite ("ODCCP", UNODC's former name, is a word the place catalogue does not know): a rule applied to a later upload and to a recompile; a correction undone; refusals.</summary>
public class CorrectionFlowTests
{
    private static async Task<List<ReturnRow>> AnnexRowsAsync(ReviewScenario s, AnnexVersion version)
    {
        using var json = JsonDocument.Parse(await s.Services.Annex.ReadAsync(version, AnnexFormat.Json));
        return json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.Deserialize<ReturnRow>(ReturnJson.Options)!).ToList();
    }

    private static RuleRequest Rule(ReviewScenario s, string? contributor, string match, string places) =>
        new(s.Cycle.Id, Identifiers.ParseOrNull<ContributorId>(contributor), match, ReadingInput.Places(places, out _)!, "the delegation confirmed it", "analyst");

    [Fact]
    public async Task A_rule_holds_for_the_recompile_and_for_a_later_upload()
    {
        var s = await ReviewScenario.CreateAsync();
        await s.SubmitAsync("austria", ReviewScenario.Row("Kenya"), ReviewScenario.Row("the region"));
        var before = await s.Services.Annex.CompileAsync(s.Cycle);
        Assert.Empty((await AnnexRowsAsync(s, before.Version)).Single(r => r.Row == 8).CountryRegion.Places);

        var added = await s.Services.Corrections.AddRuleAsync(Rule(s, "austria", "the region", "Western Balkans"));
        Assert.True(added.Done, added.Refusal);
        Assert.Equal([8], added.Changed.Select(r => r.Row));

        var recompiled = await s.Services.Annex.CompileAsync(s.Cycle);
        Assert.True(recompiled.Compiled, "a rule changes the annex's inputs");
        var row = (await AnnexRowsAsync(s, recompiled.Version)).Single(r => r.Row == 8);
        Assert.Equal("the region", row.CountryRegion.Raw);
        Assert.Equal(PlaceKind.Region, Assert.Single(row.CountryRegion.Places).Kind);
        Assert.Equal((CorrectionSource.Rule, added.Id), (row.Corrections![0].Source, row.Corrections[0].Id));
        using (var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(await s.Services.Annex.ReadAsync(recompiled.Version, AnnexFormat.Xlsx))))
        {
            var cells = workbook.Worksheet(AnnexWorkbook.AnnexSheet).CellsUsed().Select(c => c.GetString()).ToList();
            Assert.Contains("the region\n[corrected: Western Balkans]", cells);
            Assert.Contains("Kenya", cells);
        }

        // A later upload, with the words in another row, is read through the same rule; the stored row is untouched.
        var later = await s.SubmitAsync("austria", ReviewScenario.Row("the region", description: "Border police training"), ReviewScenario.Row("Kenya"));
        var rows = await s.RowsAsync("austria");
        Assert.True(rows.Single(r => r.Row == 7).IsCorrected);
        Assert.False(rows.Single(r => r.Row == 8).IsCorrected);
        Assert.Empty((await s.Services.Rows.ReadAsync(later.Submission)).Single(r => r.Row == 7).CountryRegion.Places);

        Assert.True((await s.Services.Corrections.UndoAsync(added.Id!, "analyst")).Done);
        Assert.DoesNotContain(await s.RowsAsync("austria"), r => r.IsCorrected);
        Assert.Contains("already undone", (await s.Services.Corrections.UndoAsync(added.Id!, "analyst")).Refusal);
    }

    [Fact]
    public async Task A_rule_named_for_one_contributor_that_would_change_anothers_rows_is_refused()
    {
        var s = await ReviewScenario.CreateAsync();
        await s.SubmitAsync("austria", ReviewScenario.Row("ODCCP Vienna"));
        await s.SubmitAsync("bulgaria", ReviewScenario.Row("ODCCP"));
        var refused = await s.Services.Corrections.AddRuleAsync(Rule(s, "austria", "ODCCP", "UNODC"));
        Assert.False(refused.Done);
        Assert.Contains("bulgaria row 7", refused.Refusal);
        Assert.DoesNotContain(await s.Services.Corrections.Store.RulesAsync(), r => r.CycleId == s.Cycle.Id);
        var everyone = await s.Services.Corrections.AddRuleAsync(Rule(s, null, "ODCCP", "UNODC"));
        Assert.True(everyone.Done, everyone.Refusal);
        Assert.All(await s.RowsAsync(), r => Assert.Contains(r.CountryRegion.Places, p => p.Name == "UNODC"));
    }

    [Fact]
    public async Task A_correction_of_a_duration_shows_in_the_rows_and_the_annex_and_is_undone()
    {
        var s = await ReviewScenario.CreateAsync();
        await s.SubmitAsync("germany", ReviewScenario.Row("Kenya", duration: "spring 2012 (approx.)"));
        var machine = (await s.RowsAsync("germany")).Single().Duration;
        var correction = await s.Services.Corrections.CorrectAsync(new CorrectionRequest(s.Cycle.Id, ContributorId.Parse("germany"), 7,
            ReadingInput.Duration("2012-03..2012-06", out _)!, "spring is March to June in the project plan", "analyst"));
        Assert.True(correction.Done, correction.Refusal);

        var row = (await s.RowsAsync("germany")).Single();
        Assert.Equal(("spring 2012 (approx.)", DurationKind.Range, new PartialDate(2012, 6)), (row.Duration.Raw, row.Duration.Kind, row.Duration.End!.Value));
        Assert.Equal(machine, row.Corrections![0].Before.Duration);
        var annex = await s.Services.Annex.CompileAsync(s.Cycle);
        Assert.Equal(DurationKind.Range, (await AnnexRowsAsync(s, annex.Version)).Single().Duration.Kind);

        Assert.True((await s.Services.Corrections.UndoAsync(correction.Id!, "analyst")).Done);
        Assert.Equal(machine, (await s.RowsAsync("germany")).Single().Duration);
        var undone = await s.Services.Annex.CompileAsync(s.Cycle);
        Assert.True(undone.Compiled);
        Assert.Equal(machine.Kind, (await AnnexRowsAsync(s, undone.Version)).Single().Duration.Kind);
        var stored = Assert.Single(await s.Services.Corrections.Store.CorrectionsAsync(s.Cycle.Id));
        Assert.Equal("analyst", stored.Undone!.By);
    }

    [Fact]
    public async Task A_correction_of_an_unknown_row_or_contributor_is_refused()
    {
        var s = await ReviewScenario.CreateAsync();
        await s.SubmitAsync("austria", ReviewScenario.Row("Kenya"));
        var places = ReadingInput.Places("KE", out _)!;
        Assert.Contains("has no row 12", (await s.Services.Corrections.CorrectAsync(new CorrectionRequest(s.Cycle.Id, ContributorId.Parse("austria"), 12, places, "x", "a"))).Refusal);
        Assert.Contains("no accepted return", (await s.Services.Corrections.CorrectAsync(new CorrectionRequest(s.Cycle.Id, ContributorId.Parse("bulgaria"), 7, places, "x", "a"))).Refusal);
        Assert.Contains("no contributor 'france'", (await s.Services.Corrections.CorrectAsync(new CorrectionRequest(s.Cycle.Id, ContributorId.Parse("france"), 7, places, "x", "a"))).Refusal);
        Assert.Contains("Say why", (await s.Services.Corrections.CorrectAsync(new CorrectionRequest(s.Cycle.Id, ContributorId.Parse("austria"), 7, places, " ", "a"))).Refusal);
        Assert.Empty(await s.Services.Corrections.Store.CorrectionsAsync(s.Cycle.Id));
    }
}
