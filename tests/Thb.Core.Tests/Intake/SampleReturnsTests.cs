using System.Text.Json;
using Thb.Intake.Returns;

namespace Thb.Tests.Intake;

public class SampleReturnsTests
{
    [Theory]
    [InlineData("Austria", 29)]
    [InlineData("Bulgaria", 15)]
    [InlineData("Cyprus", 7)]
    [InlineData("Eurojust", 19)]
    [InlineData("Germany", 9)]
    public void Each_sample_return_is_accepted_with_every_row(string delegation, int rows)
    {
        var check = ReturnChecker.Check(Samples.Path_($"{delegation}.xlsx"), new CheckOptions { DelegationNames = [delegation], Cycle = "2011-1" });

        Assert.True(check.Status.IsAccepted(), string.Join("\n", check.Findings));
        Assert.Equal(delegation, check.Delegation);
        Assert.Equal("2011-1", check.Cycle);
        Assert.Equal("Return", check.Sheet);
        Assert.Equal(6, check.HeaderRow);
        Assert.Equal(rows, check.Rows.Count);
        Assert.Equal(Enumerable.Range(7, rows), check.Rows.Select(r => r.Row));
    }

    [Fact]
    public void Raw_text_of_every_expected_row_is_kept_exactly()
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Samples.ExpectedJson));
        var byDelegation = Samples.Names.ToDictionary(n => n, n => ReturnChecker.Check(Samples.Path_($"{n}.xlsx")).Rows);
        var seen = new Dictionary<string, int>();
        foreach (var row in expected.RootElement.EnumerateArray())
        {
            var delegation = row.GetProperty("delegation").GetString()!;
            var index = seen[delegation] = seen.GetValueOrDefault(delegation) + 1;
            var actual = byDelegation[delegation][index - 1];
            Assert.Equal(row.GetProperty("country").GetString(), actual.CountryRegion.Raw);
            Assert.Equal(row.GetProperty("form").GetString(), actual.Form.Raw);
            Assert.Equal(row.GetProperty("description").GetString(), actual.Description.Raw);
        }
        Assert.Equal(79, seen.Values.Sum());
    }

    [Fact]
    public void Header_variants_yield_the_same_rows_as_the_original()
    {
        var original = ReturnChecker.Check(Samples.Path_("Austria.xlsx"));
        var variant = ReturnChecker.Check(Path.Combine(Samples.Directory, "variants", "Austria_header-variants.xlsx"));

        Assert.Equal(original.Status, variant.Status);
        Assert.Equal(original.Rows.Count, variant.Rows.Count);
        // The variant has blank rows inside the table and a "Source:" note under it: same actions, other row numbers.
        var a = original.Rows.Select(r => JsonSerializer.Serialize(r with { Row = 0, Findings = [] }, ReturnJson.Compact));
        var b = variant.Rows.Select(r => JsonSerializer.Serialize(r with { Row = 0, Findings = [] }, ReturnJson.Compact));
        Assert.Equal(a, b);
        Assert.Contains(variant.Findings, f => f.Code == Thb.Intake.Findings.FindingCodes.TableNoteSkipped && f.Cell?.ToString() == "A38");
    }

    [Fact]
    public void Json_follows_the_contract_names()
    {
        var check = ReturnChecker.Check(Samples.Path_("Austria.xlsx"));
        using var json = JsonDocument.Parse(ReturnJson.Serialize(check));
        var root = json.RootElement;
        foreach (var name in new[] { "file", "status", "delegation", "cycle", "sheet", "headerRow", "findings", "rows" })
            Assert.True(root.TryGetProperty(name, out _), name);
        var row = root.GetProperty("rows")[0];
        foreach (var name in new[] { "row", "countryRegion", "form", "description", "partner", "duration", "funding", "findings" })
            Assert.True(row.TryGetProperty(name, out _), name);
        Assert.Equal("Austria", row.GetProperty("countryRegion").GetProperty("raw").GetString());
        foreach (var name in new[] { "raw", "kind", "amountEur", "minEur", "maxEur", "note" })
            Assert.True(row.GetProperty("funding").TryGetProperty(name, out _), name);
        foreach (var name in new[] { "raw", "kind", "start", "end", "ongoing" })
            Assert.True(row.GetProperty("duration").TryGetProperty(name, out _), name);
        Assert.Equal("Austria.xlsx", root.GetProperty("file").GetString());
    }
}
