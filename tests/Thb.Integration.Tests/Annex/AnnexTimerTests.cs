using Azure.Storage.Blobs.Models;
using Thb.Annex;
using Thb.Functions.Annex;
using Thb.IntegrationTests.Functions;
using Thb.IntegrationTests.Intake;
using Thb.Storage;

namespace Thb.IntegrationTests.Annex;

[Collection(AnnexCollection.Name)]
public class AnnexTimerTests
{
    private static async Task<IReadOnlyList<(string Name, string ETag)>> AnnexBlobsAsync(IntakeScenario scenario)
    {
        var list = new List<(string, string)>();
        await foreach (var blob in scenario.Services.Storage.Container(StorageNames.Containers.Annex).GetBlobsAsync(BlobTraits.None, BlobStates.None, scenario.Cycle.Id + "/", default))
            list.Add((blob.Name, blob.Properties.ETag!.Value.ToString()));
        return list;
    }

    [Fact]
    public async Task The_timer_compiles_once_writes_nothing_while_inputs_are_unchanged_and_compiles_again_after_a_resubmission()
    {
        var scenario = await AnnexScenario.WithSamplesAsync("Austria", "Cyprus");
        var annex = scenario.Services.Annex;

        await AnnexScenario.RunTimerAsync(scenario);
        var first = Assert.Single(await annex.Versions.ListAsync(scenario.Cycle.Id));
        Assert.Equal(AnnexFingerprint.Of(await scenario.Services.Queries.StatusAsync(scenario.Cycle)), first.Fingerprint);
        Assert.Equal((5, 2), (first.Contributors, first.ContributorsWithReturn));
        var blobs = await AnnexBlobsAsync(scenario);
        Assert.Equal(
            new[] { first.Stem, "latest" }.SelectMany(stem => new[] { "xlsx", "csv", "json", "docx", "svg" }.Select(e => $"{scenario.Cycle.Id}/{stem}.{e}")).Order(),
            blobs.Select(b => b.Name).Order());
        Assert.Matches($"^annex-{scenario.Cycle.Id}-\\d{{8}}T\\d{{6}}Z$", first.Stem);

        // Unchanged inputs: no version, no blob written (not even latest.*).
        await AnnexScenario.RunTimerAsync(scenario);
        Assert.Single(await annex.Versions.ListAsync(scenario.Cycle.Id));
        Assert.Equal(blobs, await AnnexBlobsAsync(scenario));
        var unchanged = await annex.CompileAsync(scenario.Cycle);
        Assert.False(unchanged.Compiled);
        Assert.Equal((first.Stem, first.Fingerprint, first.CompiledAt), (unchanged.Version.Stem, unchanged.Version.Fingerprint, unchanged.Version.CompiledAt));

        // A resubmission changes the inputs: the next run compiles a second version and moves latest.
        await scenario.RunFunctionAsync(await scenario.UploadAsync("austria", "Austria v2.xlsx", File.ReadAllBytes(TestData.Variant)));
        await AnnexScenario.RunTimerAsync(scenario);
        var versions = await annex.Versions.ListAsync(scenario.Cycle.Id);
        Assert.Equal(2, versions.Count);
        var second = versions[0];
        Assert.NotEqual(first.Fingerprint, second.Fingerprint);
        Assert.True(second.CompiledAt >= first.CompiledAt);
        Assert.Contains(second.Submissions, s => s.StartsWith("austria:", StringComparison.Ordinal) && !first.Submissions.Contains(s));
        Assert.Equal(await annex.ReadAsync(second, AnnexFormat.Xlsx), await AnnexScenario.LatestAsync(scenario, AnnexFormat.Xlsx));
        Assert.Equal(await annex.ReadAsync(second, AnnexFormat.Csv), await AnnexScenario.LatestAsync(scenario, AnnexFormat.Csv));
        // The first version's files stay (one per format and version, and latest.*).
        Assert.Equal(3 * AnnexFormats.All.Count, (await AnnexBlobsAsync(scenario)).Count);
        Assert.NotEmpty(await annex.ReadAsync(first, AnnexFormat.Json));

        // A contributor's first submission changes the inputs too.
        await scenario.RunFunctionAsync(await scenario.UploadSampleAsync("Bulgaria"));
        await AnnexScenario.RunTimerAsync(scenario);
        Assert.Equal(3, (await annex.Versions.ListAsync(scenario.Cycle.Id)).Count);
    }

    /// <summary>A clock stopped at one instant: every compile happens "in the same second".</summary>
    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public async Task The_timer_leaves_closed_cycles_alone_and_force_recompiles_unchanged_inputs_under_a_new_name()
    {
        var now = new DateTimeOffset(2026, 3, 1, 9, 30, 15, TimeSpan.Zero);
        var scenario = await IntakeScenario.CreateAsync(deadline: new DateOnly(2026, 6, 30), clock: new StoppedClock(now));
        await scenario.RunFunctionAsync(await scenario.UploadSampleAsync("Cyprus"));
        await scenario.Services.Cycles.CloseAsync(scenario.Cycle.Id);
        await AnnexScenario.RunTimerAsync(scenario);
        Assert.Empty(await scenario.Services.Annex.Versions.ListAsync(scenario.Cycle.Id));

        // `thb annex` still compiles a closed cycle on request.
        var compiled = await scenario.Services.Annex.CompileAsync(scenario.Cycle.Id);
        Assert.True(compiled.Compiled);
        Assert.Equal($"annex-{scenario.Cycle.Id}-20260301T093015Z", compiled.Version.Stem);
        var forced = await scenario.Services.Annex.CompileAsync(scenario.Cycle.Id, force: true);
        Assert.True(forced.Compiled);
        Assert.True(forced.Version.Forced);
        Assert.Equal(compiled.Version.Fingerprint, forced.Version.Fingerprint);
        // Compiled within the same second: a new name, never an overwrite of the earlier version.
        Assert.Equal(compiled.Version.Stem + "-2", forced.Version.Stem);
        var versions = await scenario.Services.Annex.Versions.ListAsync(scenario.Cycle.Id);
        Assert.Equal([forced.Version.Stem, compiled.Version.Stem], versions.Select(v => v.Stem));
        Assert.Equal(forced.Version.Stem, (await scenario.Services.Annex.Versions.LatestAsync(scenario.Cycle.Id))!.Stem);
        Assert.NotEmpty(await scenario.Services.Annex.ReadAsync(compiled.Version, AnnexFormat.Xlsx));
    }

    [Fact]
    public void The_timer_schedule_is_an_app_setting_and_the_download_an_http_get_with_a_function_key()
    {
        var timer = FunctionMetadata.Trigger(AnnexTimerFunction.Name);
        Assert.Equal("timerTrigger", timer.GetProperty("type").GetString());
        Assert.Equal("%THB_ANNEX_SCHEDULE%", timer.GetProperty("schedule").GetString());

        var http = FunctionMetadata.Trigger(AnnexDownloadFunction.Name);
        Assert.Equal("httpTrigger", http.GetProperty("type").GetString());
        Assert.Equal("annex/{cycle}", http.GetProperty("route").GetString());
        Assert.Equal(["get"], http.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("Function", http.GetProperty("authLevel").GetString());
    }
}
