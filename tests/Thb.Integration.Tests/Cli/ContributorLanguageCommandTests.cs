using System.Text.Json;

namespace Thb.IntegrationTests.Cli;

/// <summary>A contributor's language through the CLI: read from the CSV, shown by cycle show and status, changed by cycle language.</summary>
public class ContributorLanguageCommandTests
{
    [Fact]
    public async Task The_language_is_stored_shown_and_changed()
    {
        var folder = Directory.CreateTempSubdirectory("thb-lang-").FullName;
        var csv = Path.Combine(folder, "contributors.csv");
        await File.WriteAllTextAsync(csv, "id,name,kind,order,emails,language\nfrance,France,member-state,1,,fr\nmalta,Malta,member-state,2,,\n");
        var cycle = TestStorage.NewCycleId("lang");
        Assert.Equal(0, (await CliRunner.RunOnTestStorageAsync("cycle", "open", cycle, "--deadline", "2026-12-08", "--contributors", csv)).ExitCode);

        Assert.Equal(new Dictionary<string, string> { ["france"] = "fr", ["malta"] = "en" }, await ShownLanguagesAsync(cycle));
        var status = await CliRunner.RunOnTestStorageAsync("status", "--cycle", cycle, "--json");
        Assert.Equal(["fr", "en"], JsonDocument.Parse(status.Out).RootElement.EnumerateArray().Select(e => e.GetProperty("language").GetString()));

        var changed = await CliRunner.RunOnTestStorageAsync("cycle", "language", cycle, "--contributor", "malta", "--language", "de");
        Assert.Equal(0, changed.ExitCode);
        Assert.Contains("Deutsch", changed.Out);
        Assert.Equal("de", (await ShownLanguagesAsync(cycle))["malta"]);
        Assert.Contains(" de ", (await CliRunner.RunOnTestStorageAsync("cycle", "show", cycle)).Out);
    }

    [Fact]
    public async Task An_unknown_language_is_a_usage_error_listing_the_supported_ones()
    {
        var folder = Directory.CreateTempSubdirectory("thb-lang-").FullName;
        var csv = Path.Combine(folder, "contributors.csv");
        await File.WriteAllTextAsync(csv, "id,name,kind,order,emails,language\nitaly,Italy,member-state,1,,it\n");
        var cycle = TestStorage.NewCycleId("lang");
        var opened = await CliRunner.RunOnTestStorageAsync("cycle", "open", cycle, "--deadline", "2026-12-08", "--contributors", csv);
        Assert.Equal(2, opened.ExitCode);
        Assert.Contains("en, fr, de", opened.Error);

        var set = await CliRunner.RunOnTestStorageAsync("cycle", "language", cycle, "--contributor", "italy", "--language", "it");
        Assert.Equal(2, set.ExitCode);
        Assert.Contains("en, fr, de", set.Error);
    }

    private static async Task<Dictionary<string, string>> ShownLanguagesAsync(string cycle)
    {
        var shown = await CliRunner.RunOnTestStorageAsync("cycle", "show", cycle, "--json");
        Assert.Equal(0, shown.ExitCode);
        return JsonDocument.Parse(shown.Out).RootElement.GetProperty("contributors").EnumerateArray()
            .ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("language").GetString()!);
    }
}
