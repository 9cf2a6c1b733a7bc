using System.Text.Json;
using Thb.Normalising.Durations;

namespace Thb.Normalising.Tests.Durations;

/// <summary>The scorer's duration rules (tools/score_check.py) on every hand-checked row of Data/expected.json:
/// start and end equal at the precision written (a more precise value that agrees is accepted, a less precise one
/// is not; null in the accepted list means "absent" is accepted); ongoing true where expected true.</summary>
public class ExpectedDurationRowsTests
{
    private static bool DateOk(string? actual, JsonElement alternatives)
    {
        foreach (JsonElement want in alternatives.EnumerateArray())
        {
            if (want.ValueKind == JsonValueKind.Null)
            {
                if (string.IsNullOrEmpty(actual))
                {
                    return true;
                }
            }
            else if (actual is not null && actual.StartsWith(want.GetString()!, StringComparison.Ordinal) && actual.Length >= want.GetString()!.Length)
            {
                return true;
            }
        }

        return false;
    }

    [Fact]
    public void Every_expected_duration_is_met()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Data", "expected.json");
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
        var failures = new List<string>();
        int scored = 0;
        foreach (JsonElement row in doc.RootElement.EnumerateArray())
        {
            JsonElement expected = row.GetProperty("duration");
            if (expected.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            scored++;
            string raw = expected.GetProperty("raw").GetString() ?? "";
            Duration actual = DurationNormaliser.Normalise(raw);
            bool ok = DateOk(actual.Start?.ToString(), expected.GetProperty("start"))
                && DateOk(actual.End?.ToString(), expected.GetProperty("end"));
            if (expected.GetProperty("ongoing").ValueKind == JsonValueKind.True && !actual.Ongoing)
            {
                ok = false;
            }

            if (!ok)
            {
                failures.Add($"{raw} → {actual.Start}..{actual.End} ongoing={actual.Ongoing}");
            }
        }

        Assert.Equal(79, scored);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
