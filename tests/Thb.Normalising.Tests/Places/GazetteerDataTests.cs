using Thb.Normalising.Places;

namespace Thb.Normalising.Tests.Places;

/// <summary>Consistency of the data tables: every alias resolves to what it is listed for, and nothing else.</summary>
public sealed class GazetteerDataTests
{
    private static IEnumerable<(string Key, string Alias)> Aliases(string table)
    {
        foreach (var raw in table.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split('|');
            var key = parts[0];
            var list = parts.Length == 3 ? parts[2] : parts[1];
            foreach (var alias in list.Split(';'))
            {
                yield return (key, alias.TrimStart('=', '^'));
            }

            yield return (key, parts.Length == 3 ? parts[1] : key.Split('@')[0]);
        }
    }

    [Fact]
    public void NoAliasIsListedForTwoPlaces() => Assert.Empty(Gazetteer.Instance.Conflicts);

    [Fact]
    public void EveryCountryAliasNormalisesToExactlyItsCountry()
    {
        var failures = new List<string>();
        foreach (var (code, alias) in Aliases(CountryData.Table))
        {
            var codes = PlaceNormaliser.Normalise(alias).CountryCodes;
            if (!codes.SequenceEqual([code]))
            {
                failures.Add($"{code}: '{alias}' -> [{string.Join(",", codes)}]");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void EveryRegionAliasIsThatRegionAndNoCountry()
    {
        var failures = new List<string>();
        foreach (var (key, alias) in Aliases(RegionData.Table))
        {
            var name = key.Split('@')[0];
            var places = PlaceNormaliser.Normalise(alias).Places;
            if (places.Count != 1 || places[0] != new Place(PlaceKind.Region, name, null))
            {
                failures.Add($"{name}: '{alias}' -> {string.Join(" | ", places)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void EveryOrganisationAliasIsThatOrganisationAndNoCountry()
    {
        var failures = new List<string>();
        foreach (var (key, alias) in Aliases(OrganisationData.Table))
        {
            var name = key.Split('@')[0];
            var places = PlaceNormaliser.Normalise(alias).Places;
            if (places.Count != 1 || places[0] != new Place(PlaceKind.Organisation, name, null))
            {
                failures.Add($"{name}: '{alias}' -> {string.Join(" | ", places)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void EveryDemonymBeforeGovernmentGivesItsCountryAndAloneNothing()
    {
        var failures = new List<string>();
        foreach (var raw in DemonymData.Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = raw.Split('|');
            foreach (var demonym in parts[1].Split(';'))
            {
                var with = PlaceNormaliser.Normalise($"the {demonym} government").CountryCodes;
                var alone = PlaceNormaliser.Normalise($"{demonym} experience").CountryCodes;
                if (!with.SequenceEqual([parts[0]]) || alone.Count != 0)
                {
                    failures.Add($"{parts[0]}: '{demonym}' -> [{string.Join(",", with)}] / alone [{string.Join(",", alone)}]");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void NoEnglishNearMissIsCorrected()
    {
        var failures = EnglishNearMisses.Words
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..])
            .Where(w => PlaceNormaliser.Normalise(w).HasCountry)
            .ToList();
        Assert.Empty(failures);
    }

    [Fact]
    public void NoKnownWordIsATypoTarget()
    {
        // A word of some alias is matched exactly, never "corrected" into another.
        var g = Gazetteer.Instance;
        Assert.All(g.TypoTargets.Values.SelectMany(v => v), t => Assert.Null(PlaceNormaliser.TypoCorrection(t, g) is { } fix && fix != t ? fix : null));
    }

    [Theory]
    [InlineData("afghanstan", "afghanistan")]
    [InlineData("kazakshtan", "kazakhstan")]
    [InlineData("austrai", "austria")]
    [InlineData("zzzzzzz", null)]
    [InlineData("stain", null)] // shorter than 6 letters
    public void TypoCorrection(string word, string? expected) =>
        Assert.Equal(expected, PlaceNormaliser.TypoCorrection(word, Gazetteer.Instance));
}
