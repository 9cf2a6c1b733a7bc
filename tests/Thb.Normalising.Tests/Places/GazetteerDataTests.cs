using Thb.Normalising.Places;

namespace Thb.Normalising.Tests.Places;

/// <summary>Consistency of the data tables: every alias resolves to what it is listed for, and nothing else.</summary>
public sealed class GazetteerDataTests
{
    private static IEnumerable<(string Key, string Alias)> Aliases(IEnumerable<(string Key, string Name, string[] Aliases)> records)
    {
        foreach (var (key, name, aliases) in records)
        {
            foreach (var alias in aliases)
            {
                yield return (key, alias.TrimStart('=', '^'));
            }

            yield return (key, name);
        }
    }

    private static IEnumerable<(string Key, string Alias)> Aliases(DataFile<NamedPlaceRecord> file) =>
        Aliases(file.Entries.Select(e => (e.Name, e.Name, e.Aliases)));

    [Fact]
    public void NoAliasIsListedForTwoPlaces() => Assert.Empty(Gazetteer.Instance.Conflicts);

    [Fact]
    public void EveryCountryAliasNormalisesToExactlyItsCountry()
    {
        var failures = new List<string>();
        foreach (var (code, alias) in Aliases(PlaceData.Countries.Entries.Select(e => (e.Code, e.Name, e.Aliases))))
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
        foreach (var (name, alias) in Aliases(PlaceData.Regions))
        {
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
        foreach (var (name, alias) in Aliases(PlaceData.Organisations))
        {
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
        foreach (var record in PlaceData.Demonyms.Entries)
        {
            foreach (var demonym in record.Adjectives)
            {
                var with = PlaceNormaliser.Normalise($"the {demonym} government").CountryCodes;
                var alone = PlaceNormaliser.Normalise($"{demonym} experience").CountryCodes;
                if (!with.SequenceEqual([record.Code]) || alone.Count != 0)
                {
                    failures.Add($"{record.Code}: '{demonym}' -> [{string.Join(",", with)}] / alone [{string.Join(",", alone)}]");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void NoEnglishNearMissIsCorrected()
    {
        var failures = PlaceData.Words.List("english-near-misses")
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
