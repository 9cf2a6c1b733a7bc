using System.Text.Json;
using Thb.Normalising.Funding;
using FundingValue = Thb.Normalising.Funding.Funding;

namespace Thb.Normalising.Tests.Funding;

/// <summary>The scorer's funding rules (tools/score_check.py) on every hand-checked row of Data/expected.json.</summary>
public class ExpectedFundingRowsTests
{
    private static decimal? Number(JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetDecimal();

    private static bool SameAmount(decimal? actual, decimal? expected) =>
        actual is null || expected is null ? actual is null && expected is null : Math.Abs(actual.Value - expected.Value) < 0.005m;

    [Fact]
    public void Every_expected_funding_is_met()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Data", "expected.json");
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
        var failures = new List<string>();
        int scored = 0;
        foreach (JsonElement row in doc.RootElement.EnumerateArray())
        {
            JsonElement expected = row.GetProperty("funding");
            if (expected.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            scored++;
            string raw = expected.GetProperty("raw").GetString() ?? "";
            FundingValue actual = FundingNormaliser.Normalise(raw);
            var kinds = expected.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()).ToList();
            bool ok = kinds.Contains(ContractNames.Of(actual.Kind))
                && SameAmount(actual.AmountEur, Number(expected, "amountEur"))
                && SameAmount(actual.MinEur, Number(expected, "minEur"))
                && SameAmount(actual.MaxEur, Number(expected, "maxEur"));
            if (!ok)
            {
                failures.Add($"{raw!} → {ContractNames.Of(actual.Kind)} {actual.AmountEur}/{actual.MinEur}/{actual.MaxEur}");
            }
        }

        Assert.Equal(79, scored);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
