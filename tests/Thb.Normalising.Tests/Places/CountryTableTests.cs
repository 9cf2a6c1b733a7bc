using System.Globalization;
using Thb.Normalising.Places;

namespace Thb.Normalising.Tests.Places;

/// <summary>The country table (<c>Places/Data/countries.json</c>) against .NET's ICU region data.</summary>
public sealed class CountryTableTests
{
    /// <summary>Codes ICU knows that are no country of today: CS (Serbia and Montenegro, withdrawn from ISO 3166-1 in
    /// 2006; "Serbia and Montenegro" reads as RS and ME) and IV (.NET's invariant region).</summary>
    private static readonly string[] IcuOnly = ["CS", "IV"];

    /// <summary>Codes of the table ICU may not know: XK (Kosovo: user-assigned, not in ISO 3166-1, used by the EU) and
    /// EH (Western Sahara: assigned in ISO 3166-1, but .NET's ICU region data leave it out).</summary>
    private static readonly string[] TableOnly = ["XK", "EH"];

    private static IEnumerable<RegionInfo> IcuRegions()
    {
        for (var a = 'A'; a <= 'Z'; a++)
        {
            for (var b = 'A'; b <= 'Z'; b++)
            {
                RegionInfo? region = null;
                try
                {
                    region = new RegionInfo($"{a}{b}");
                }
                catch (ArgumentException)
                {
                    // not a region ICU knows
                }

                if (region is not null)
                {
                    yield return region;
                }
            }
        }
    }

    [Fact]
    public void CountryTableMatchesIcuRegions()
    {
        var table = PlaceData.Countries.Entries.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var icu = IcuRegions().Select(r => r.TwoLetterISORegionName).ToHashSet(StringComparer.Ordinal);
        Assert.True(icu.Count > 240, $"ICU knows only {icu.Count} regions: is ICU installed (InvariantGlobalization off)?");

        Assert.Empty(icu.Except(table).Except(IcuOnly).Order());
        Assert.Empty(table.Except(icu).Except(TableOnly).Order());
        Assert.All(table, code => Assert.Matches("^[A-Z]{2}$", code));
    }

    [Fact]
    public void EveryIcuEnglishNameReadsAsItsCountry()
    {
        var failures = IcuRegions()
            .Where(r => !IcuOnly.Contains(r.TwoLetterISORegionName))
            .Select(r => (r.TwoLetterISORegionName, r.EnglishName, Codes: PlaceNormaliser.Normalise(r.EnglishName).CountryCodes))
            .Where(x => !x.Codes.SequenceEqual([x.TwoLetterISORegionName]))
            .Select(x => $"{x.TwoLetterISORegionName} '{x.EnglishName}' -> [{string.Join(",", x.Codes)}]")
            .ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void EveryHistoricalUnionNameReadsAsAllItsSuccessors()
    {
        foreach (var union in PlaceData.Unions.Entries)
        {
            foreach (var alias in union.Aliases)
            {
                Assert.Equal(union.Successors, PlaceNormaliser.Normalise(alias.TrimStart('=', '^')).CountryCodes);
            }
        }
    }
}
