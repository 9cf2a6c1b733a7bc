using System.Text.Json;
using Thb.Annex;
using Thb.Cycles;
using Thb.IntegrationTests.Annex;
using Thb.IntegrationTests.Cli;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;

namespace Thb.IntegrationTests.Publication;

/// <summary>`thb analysis` on Azurite: the priority view of the stored rows, checked against figures this test works out from those rows.</summary>
public class AnalysisCommandTests
{
    private static readonly HashSet<string> Eu27 =
        ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"];

    private static readonly string[] WesternBalkans = ["AL", "BA", "ME", "MK", "RS", "XK"];

    [Fact]
    public async Task The_json_ranks_what_the_stored_rows_say_and_the_console_shows_it_as_a_table()
    {
        var scenario = await AnnexScenario.WithSamplesAsync();
        var rows = await scenario.Services.Queries.CurrentRowsAsync(scenario.Cycle);
        var kinds = (await scenario.Services.Queries.StatusAsync(scenario.Cycle)).ToDictionary(s => s.Contributor.Id, s => s.Contributor.Kind);

        var run = await CliRunner.RunOnTestStorageAsync("analysis", "--cycle", scenario.Cycle.Id, "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(scenario.Cycle.Id, root.GetProperty("cycle").GetString());
        Assert.Equal((5, 5, rows.Count), (root.GetProperty("contributors").GetInt32(), root.GetProperty("contributorsWithReturn").GetInt32(), root.GetProperty("actions").GetInt32()));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("previousCycle").ValueKind);

        var countries = root.GetProperty("countries").EnumerateArray().ToList();
        var codes = rows.SelectMany(r => r.CountryRegion.Places).Where(p => p.Kind == PlaceKind.Country && !Eu27.Contains(p.Code!)).Select(p => p.Code!).Distinct().Order();
        Assert.Equal(codes, countries.Select(c => c.GetProperty("code").GetString()!).Order());
        foreach (var country in countries)
        {
            var code = country.GetProperty("code").GetString();
            var here = rows.Where(r => r.CountryRegion.Places.Any(p => p.Kind == PlaceKind.Country && p.Code == code)).ToList();
            var figures = country.GetProperty("figures");
            Assert.Equal(here.Count, figures.GetProperty("actions").GetInt32());
            Assert.Equal(here.Select(r => r.Contributor!).Where(c => kinds[ContributorId.Parse(c)] == ContributorKind.MemberState).Distinct().Count(), figures.GetProperty("memberStates").GetArrayLength());
            var funding = figures.GetProperty("funding");
            Assert.Equal(here.Where(r => r.Funding.Kind == FundingKind.Amount).Sum(r => r.Funding.AmountEur ?? 0m), funding.GetProperty("eurAmounts").GetDecimal());
            Assert.Equal(here.Where(r => r.Funding.Kind == FundingKind.Range).Sum(r => r.Funding.MaxEur ?? 0m), funding.GetProperty("rangeMaximums").GetDecimal());
            // Other currencies listed per currency as written, never converted.
            var others = here.Where(r => r.Funding.Kind == FundingKind.OtherCurrency && r.Funding.Original is not null).GroupBy(r => r.Funding.Original!.Value.Currency)
                .ToDictionary(g => g.Key.Value, g => g.Sum(r => r.Funding.Original!.Value.Amount));
            Assert.Equal(others, funding.GetProperty("otherCurrencies").EnumerateArray().ToDictionary(m => m.GetProperty("currency").GetString()!, m => m.GetProperty("amount").GetDecimal()));
            Assert.All(figures.GetProperty("forms").EnumerateArray(), f => Assert.True(f.GetProperty("form").ValueKind == JsonValueKind.Null || f.GetProperty("form").GetString()!.All(ch => ch == '-' || char.IsAsciiLetterLower(ch))));
        }
        Assert.Equal(Enumerable.Range(1, countries.Count), countries.Select(c => c.GetProperty("rank").GetInt32()));

        var balkans = root.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "Western Balkans");
        var named = rows.Where(r => r.CountryRegion.Places.Any(p => p.Kind == PlaceKind.Region && p.Name == "Western Balkans")).ToList();
        Assert.Equal(named.Count, balkans.GetProperty("named").GetProperty("actions").GetInt32());
        Assert.Equal(rows.Count(r => named.Contains(r) || r.CountryRegion.Places.Any(p => p.Kind == PlaceKind.Country && WesternBalkans.Contains(p.Code))),
            balkans.GetProperty("rolledUp").GetProperty("actions").GetInt32());
        Assert.Equal("eu-policy-grouping", balkans.GetProperty("area").GetProperty("level").GetString());

        // The same report read back through the contract's converters writes the same document.
        Assert.Equal(run.Out.TrimEnd(), PriorityJson.Serialize(JsonSerializer.Deserialize<PriorityReport>(run.Out, PriorityJson.Options)!));

        // The console: one line per country, the most frequent first, with its actions.
        var text = await CliRunner.RunOnTestStorageAsync("analysis", "--cycle", scenario.Cycle.Id);
        Assert.Equal(0, text.ExitCode);
        var first = countries[0];
        var line = text.Out.Split('\n').First(l => l.TrimStart().StartsWith("1  ", StringComparison.Ordinal));
        Assert.Contains($"({first.GetProperty("code").GetString()})", line);
        Assert.Contains($" {first.GetProperty("figures").GetProperty("actions").GetInt32()} ", line);
        Assert.Contains("Western Balkans", text.Out);
        Assert.Contains("No previous cycle to compare with.", text.Out);
    }

    [Fact]
    public async Task An_unknown_cycle_is_one_clear_line_and_exit_code_1()
    {
        var run = await CliRunner.RunOnTestStorageAsync("analysis", "--cycle", "no-such-cycle-here");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("thb analysis: there is no cycle 'no-such-cycle-here'. `thb cycle list` shows the cycles.", run.Error.Trim());
    }
}
