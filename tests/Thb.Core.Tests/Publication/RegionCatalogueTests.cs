using Thb.Normalising.Places;
using Thb.Publication.Regions;

namespace Thb.Tests.Publication;

public class RegionCatalogueTests
{
    private static readonly RegionCatalogue Catalogue = RegionCatalogue.Default;

    [Fact]
    public void Every_area_lists_known_country_codes_only()
    {
        foreach (var region in Catalogue.Regions.Append(Catalogue.EuMemberStates))
        {
            Assert.NotEmpty(region.Countries);
            Assert.All(region.Countries, code => Assert.True(Countries.TryGet(code, out _), $"{region.Name}: {code}"));
            Assert.False(string.IsNullOrWhiteSpace(region.Source));
            if (region.ParentId is { } parent) Assert.True(Catalogue.Find(parent)!.Countries.IsSupersetOf(region.Countries), region.Name);
        }
        Assert.Equal(27, Catalogue.EuMemberStates.Countries.Count);
    }

    [Fact]
    public void Every_region_name_in_the_table_is_one_the_place_reader_gives()
    {
        foreach (var region in Catalogue.Regions.Append(Catalogue.EuMemberStates))
        {
            foreach (var name in Catalogue.PlaceNamesOf(region))
            {
                var place = Assert.Single(PlaceNormaliser.Normalise(name).Places);
                Assert.Equal((PlaceKind.Region, name), (place.Kind, place.Name));
            }
        }
    }

    [Fact]
    public void M49_and_EU_groupings_hold_what_their_sources_say()
    {
        Assert.Equal(["AL", "BA", "ME", "MK", "RS", "XK"], Catalogue.ForPlaceName("Western Balkans")!.Countries.Order());
        Assert.Equal(["AM", "AZ", "BY", "GE", "MD", "UA"], Catalogue.ForPlaceName("Eastern Partnership")!.Countries.Order());
        Assert.Equal(["KG", "KZ", "TJ", "TM", "UZ"], Catalogue.ForPlaceName("Central Asia")!.Countries.Order());
        var westAfrica = Catalogue.ForPlaceName("West Africa")!;
        Assert.Equal(("011", "Western Africa", RegionLevel.IntermediateRegion, "202"), (westAfrica.Id, westAfrica.Name, westAfrica.Level, westAfrica.ParentId));
        Assert.Contains("XK", Catalogue.Find("039")!.Countries);
        Assert.Contains(Catalogue.RegionsOf("NG"), r => r.Id == "002");
        Assert.DoesNotContain(Catalogue.Regions, r => r.Countries.Overlaps(Catalogue.EuMemberStates.Countries) && r.Level == RegionLevel.EuPolicyGrouping);
    }
}
