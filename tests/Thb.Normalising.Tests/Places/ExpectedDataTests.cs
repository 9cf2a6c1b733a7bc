using System.Text.Json;
using Thb.Normalising.Places;

namespace Thb.Normalising.Tests.Places;

/// <summary>The 79 hand-checked rows of Data/expected.json: the set of country codes must match exactly.</summary>
public sealed class ExpectedDataTests
{
    public static TheoryData<int, string, string> Rows()
    {
        var data = new TheoryData<int, string, string>();
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "expected.json")));
        var index = 0;
        foreach (var entry in doc.RootElement.EnumerateArray())
        {
            index++;
            var codes = entry.GetProperty("codes");
            if (codes.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            var raw = entry.GetProperty("country").GetString() ?? string.Empty;
            data.Add(index, raw, string.Join(' ', codes.EnumerateArray().Select(c => c.GetString())));
        }

        return data;
    }

    [Fact]
    public void ExpectedJsonHasAllRowsWithCodes()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "expected.json")));
        var withCodes = doc.RootElement.EnumerateArray().Count(e => e.GetProperty("codes").ValueKind != JsonValueKind.Null);
        Assert.Equal(79, withCodes);
    }

    [Fact]
    public void EveryExpectedRowGivesExactlyTheExpectedCountrySet()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "expected.json")));
        var failures = new List<string>();
        var checkedRows = 0;
        foreach (var entry in doc.RootElement.EnumerateArray())
        {
            var codes = entry.GetProperty("codes");
            if (codes.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            checkedRows++;
            var raw = entry.GetProperty("country").GetString();
            var expected = codes.EnumerateArray().Select(c => c.GetString()!).ToHashSet(StringComparer.Ordinal);
            var actual = PlaceNormaliser.Normalise(raw).CountryCodes.ToHashSet(StringComparer.Ordinal);
            if (!expected.SetEquals(actual))
            {
                failures.Add($"{raw}: expected [{string.Join(",", expected.Order())}] got [{string.Join(",", actual.Order())}]");
            }

            if (entry.TryGetProperty("nonCountry", out var nonCountry) && nonCountry.ValueKind == JsonValueKind.True)
            {
                Assert.False(PlaceNormaliser.Normalise(raw).HasCountry, raw);
            }
        }

        Assert.Equal(79, checkedRows);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void ExpectedRow(int index, string raw, string expectedCodes)
    {
        var expected = expectedCodes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
        var actual = PlaceNormaliser.Normalise(raw).CountryCodes.Order(StringComparer.Ordinal);
        Assert.True(index > 0);
        Assert.Equal(expected, actual);
    }
}
