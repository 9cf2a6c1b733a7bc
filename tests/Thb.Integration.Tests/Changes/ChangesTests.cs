using System.Text.Json;
using ClosedXML.Excel;
using Thb.Annex;
using Thb.Changes;
using Thb.Cycles;
using Thb.IntegrationTests.Annex;
using Thb.IntegrationTests.Cli;
using Thb.IntegrationTests.Reminders;
using Thb.Reminders;

namespace Thb.IntegrationTests.Changes;

/// <summary>Issue 16, changes since the previous cycle, end to end on Azurite and MailDev (<see cref="ChangesScenario"/>).</summary>
[Collection(AnnexCollection.Name)]
public class ChangesTests
{
    private static readonly Lazy<Task<ChangesScenario>> Scenario = new(ChangesScenario.CreateAsync);

    [Fact]
    public async Task Thb_diff_json_labels_every_row_per_contributor()
    {
        var scenario = await Scenario.Value;
        var run = await CliRunner.RunOnTestStorageAsync("diff", "--cycle", scenario.Current.Id, "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(scenario.Previous.Id, root.GetProperty("previousCycle").GetString());
        var byId = root.GetProperty("contributors").EnumerateArray().ToDictionary(c => c.GetProperty("contributor").GetString()!);

        var austria = byId["austria"];
        Assert.Equal((1, 28, 1), (austria.GetProperty("new").GetInt32(), austria.GetProperty("continued").GetInt32(), austria.GetProperty("noLongerReported").GetInt32()));
        var rows = austria.GetProperty("rows").EnumerateArray().ToList();
        var extended = rows.Single(r => r.GetProperty("row").ValueKind == JsonValueKind.Number && r.GetProperty("row").GetInt32() == ChangesScenario.ExtendedRow);
        Assert.Equal("continued", extended.GetProperty("label").GetString());
        Assert.Equal(["dates-extended"], extended.GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(ChangesScenario.NewAction, rows.Single(r => r.GetProperty("label").GetString() == "new").GetProperty("description").GetString());
        Assert.Equal(ChangesScenario.DroppedRow, rows.Single(r => r.GetProperty("label").GetString() == "no-longer-reported").GetProperty("previousRow").GetInt32());
        Assert.All(rows.Where(r => r.GetProperty("label").GetString() == "continued" && r.GetProperty("row").GetInt32() != ChangesScenario.ExtendedRow),
            r => Assert.Empty(r.GetProperty("changes").EnumerateArray()));

        Assert.Equal((0, 15, 0), (byId["bulgaria"].GetProperty("new").GetInt32(), byId["bulgaria"].GetProperty("continued").GetInt32(), byId["bulgaria"].GetProperty("noLongerReported").GetInt32()));
        Assert.False(byId["cyprus"].GetProperty("compared").GetBoolean());
        Assert.Equal(9, byId["germany"].GetProperty("new").GetInt32());
        Assert.False(byId["germany"].GetProperty("hadPreviousReturn").GetBoolean());
    }

    [Fact]
    public async Task Thb_diff_for_one_contributor_prints_its_summary_and_rows()
    {
        var scenario = await Scenario.Value;
        var run = await CliRunner.RunOnTestStorageAsync("diff", "--cycle", scenario.Current.Id, "--contributor", "austria");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("austria: 1 new, 28 continued (1 dates extended), 1 no longer reported", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("bulgaria", run.Out, StringComparison.Ordinal);
        Assert.Contains("no longer reported", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_predecessor_is_stored_and_shown_and_a_cycle_without_one_has_no_diff()
    {
        var scenario = await Scenario.Value;
        var show = await CliRunner.RunOnTestStorageAsync("cycle", "show", scenario.Current.Id, "--json");
        using (var json = JsonDocument.Parse(show.Out))
            Assert.Equal(scenario.Previous.Id, json.RootElement.GetProperty("cycle").GetProperty("previous").GetString());
        var status = await CliRunner.RunOnTestStorageAsync("status", "--cycle", scenario.Current.Id);
        Assert.Contains($"follows cycle {scenario.Previous.Id}", status.Out, StringComparison.Ordinal);

        var none = await CliRunner.RunOnTestStorageAsync("diff", "--cycle", scenario.Previous.Id);
        Assert.Equal(1, none.ExitCode);
        Assert.Contains("names no previous cycle", none.Error, StringComparison.Ordinal);
        var unknown = await CliRunner.RunOnTestStorageAsync("diff", "--cycle", scenario.Current.Id, "--contributor", "atlantis");
        Assert.Equal(1, unknown.ExitCode);
        Assert.DoesNotContain("   at ", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_predecessor_that_does_not_exist_is_refused_with_one_line()
    {
        var run = await CliRunner.RunOnTestStorageAsync("cycle", "open", TestStorage.NewCycleId("chg"), "--deadline", "2026-06-15", "--previous", "no-such-cycle");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("There is no cycle 'no-such-cycle' to follow", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_annex_has_a_changes_sheet_whose_totals_are_the_diff()
    {
        var scenario = await Scenario.Value;
        await scenario.Services.Annex.CompileAsync(scenario.Current.Id, force: true);
        var changes = (await scenario.Services.Get<ChangesService>().CompareAsync(scenario.Current.Id))!;
        var blob = scenario.Services.Storage.Container(Thb.Storage.StorageNames.Containers.Annex).GetBlobClient(AnnexBlobNames.Latest(scenario.Current.Id, AnnexFormat.Xlsx));
        using var workbook = new XLWorkbook(new MemoryStream((await blob.DownloadContentAsync()).Value.Content.ToArray()));

        var sheet = workbook.Worksheet(AnnexChangesSheet.Name(changes));
        var total = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "Total");
        Assert.Equal((1 + 9, 28 + 15, 1), ((int)total.Cell(2).GetDouble(), (int)total.Cell(3).GetDouble(), (int)total.Cell(4).GetDouble()));
        Assert.Contains(sheet.RowsUsed(), r => r.Cell(1).GetString() == "Austria" && r.Cell(2).GetString() == "continued" && r.Cell(7).GetString() == "dates extended");
    }

    [Fact]
    public async Task The_presidency_digest_says_what_changed_per_contributor()
    {
        var scenario = await Scenario.Value;
        var now = ReminderScenario.Brussels(new DateOnly(2026, 6, 1), 9);
        var cycle = await scenario.Services.Cycles.RequireAsync(scenario.Current.Id);
        var sweep = await scenario.Services.Reminders.SweepAsync(cycle, now, SweepMode.Record);
        Assert.NotNull(sweep.Digest);
        await scenario.Services.Reminders.DrainAsync(cycle.Id, now);

        var digest = Assert.Single(await TestMailDev.MessagesToAsync(scenario.Domain), m => m.To.Contains(scenario.Owner, StringComparer.OrdinalIgnoreCase));
        Assert.Contains($"Changes since {scenario.Previous.Id}:", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Austria — 1 new, 28 continued (1 dates extended), 1 no longer reported", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Bulgaria — 0 new, 15 continued, 0 no longer reported", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Germany — 9 new, 0 continued, 0 no longer reported (no return in the previous cycle)", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Changes since", digest.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_return_in_the_predecessor_compiles_the_annex_of_the_cycle_that_follows_it_again()
    {
        var services = await TestStorage.ServicesAsync();
        var contributors = Intake.IntakeScenario.SampleContributors;
        var first = await services.Cycles.OpenAsync(new Thb.Cycles.Cycle(CycleId.Parse(TestStorage.NewCycleId("chg")), "First", new DateOnly(2026, 1, 15), Thb.Cycles.CycleState.Open, []), contributors);
        var second = await services.Cycles.OpenAsync(new Thb.Cycles.Cycle(CycleId.Parse(TestStorage.NewCycleId("chg")), "Second", new DateOnly(2026, 6, 15), Thb.Cycles.CycleState.Open, [],
            PreviousCycleId: first.Id), contributors);
        await ChangesScenario.SubmitAsync(services, second.Id, "cyprus", File.ReadAllBytes(TestData.Sample("Cyprus")));

        Assert.True((await services.Annex.CompileAsync(second.Id)).Compiled);
        Assert.False((await services.Annex.CompileAsync(second.Id)).Compiled);
        await ChangesScenario.SubmitAsync(services, first.Id, "cyprus", File.ReadAllBytes(TestData.Sample("Cyprus")));
        Assert.True((await services.Annex.CompileAsync(second.Id)).Compiled);

        var changes = (await services.Get<ChangesService>().CompareAsync(second.Id))!;
        Assert.Equal(7, changes.Contributors.Single(c => c.Contributor.Id == "cyprus").Continued);
    }

    [Fact]
    public async Task The_changes_follow_the_review_a_return_left_out_is_not_compared_and_a_corrected_reading_is_compared_as_corrected()
    {
        var services = await TestStorage.ServicesAsync();
        var contributors = Intake.IntakeScenario.SampleContributors;
        var first = await services.Cycles.OpenAsync(new Thb.Cycles.Cycle(CycleId.Parse(TestStorage.NewCycleId("chg")), "First", new DateOnly(2026, 1, 15), Thb.Cycles.CycleState.Open, []), contributors);
        var second = await services.Cycles.OpenAsync(new Thb.Cycles.Cycle(CycleId.Parse(TestStorage.NewCycleId("chg")), "Second", new DateOnly(2026, 6, 15), Thb.Cycles.CycleState.Open, [],
            PreviousCycleId: first.Id), contributors);
        var cyprus = File.ReadAllBytes(TestData.Sample("Cyprus"));
        await ChangesScenario.SubmitAsync(services, first.Id, "cyprus", cyprus);
        await ChangesScenario.SubmitAsync(services, second.Id, "cyprus", cyprus);

        // Not approved: left out of an approved-only annex, so not "no longer reported" either.
        async Task<List<JsonElement>> CyprusChangesAsync()
        {
            var version = (await services.Annex.CompileAsync(second, approvedOnly: true)).Version;
            using var json = JsonDocument.Parse(await services.Annex.ReadAsync(version, AnnexFormat.Json));
            return json.RootElement.GetProperty("changes").EnumerateArray().Where(c => c.GetProperty("contributor").GetString() == "cyprus").Select(c => c.Clone()).ToList();
        }
        Assert.Empty(await CyprusChangesAsync());
        Assert.True((await services.Reviews.ApproveAsync(new Thb.Review.ReviewRequest(second.Id, ContributorId.Parse("cyprus"), "analyst"))).Done);
        Assert.Equal(7, (await CyprusChangesAsync()).Count(c => c.GetProperty("label").GetString() == "continued"));

        // A corrected reading: the annex and `thb diff` both compare the row as corrected.
        var row = (await services.Queries.CurrentRowsAsync(second, ContributorId.Parse("cyprus")))[0].Row;
        var corrected = await services.Corrections.CorrectAsync(new Thb.Review.Corrections.CorrectionRequest(second.Id, ContributorId.Parse("cyprus"), row,
            Thb.Review.Corrections.ReadingInput.Places("JP", out _)!, "the delegation's answer", "analyst"));
        Assert.True(corrected.Done, corrected.Refusal);
        Assert.Equal(["places-changed"], (await CyprusChangesAsync()).Single(c => c.GetProperty("row").GetInt32() == row).GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
        var diff = await CliRunner.RunOnTestStorageAsync("diff", "--cycle", second.Id, "--contributor", "cyprus", "--json");
        Assert.True(diff.ExitCode == 0, diff.Error);
        using var diffJson = JsonDocument.Parse(diff.Out);
        var diffRow = diffJson.RootElement.GetProperty("contributors")[0].GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("row").GetInt32() == row);
        Assert.Equal(["places-changed"], diffRow.GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
    }
}
