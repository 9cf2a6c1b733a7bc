using Thb.Normalising.Places;

namespace Thb.Normalising.Tests.Places;

public sealed class CountriesTests
{
    [Fact]
    public void CatalogueHasEveryIsoCodePlusKosovo()
    {
        Assert.Equal(250, Countries.All.Count); // 249 ISO 3166-1 alpha-2 codes + XK
        Assert.Equal(Countries.All.Count, Countries.All.Select(c => c.Code).Distinct().Count());
        Assert.All(Countries.All, c => Assert.Matches("^[A-Z]{2}$", c.Code));
        Assert.All(Countries.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Name)));
        Assert.Equal(Countries.All.Select(c => c.Code).Order(StringComparer.Ordinal), Countries.All.Select(c => c.Code));
        Assert.Contains(Countries.All, c => c.Code == "XK");
    }

    [Theory]
    [InlineData("DE", "Germany")]
    [InlineData("de", "Germany")]
    [InlineData(" at ", "Austria")]
    [InlineData("XK", "Kosovo")]
    [InlineData("xk", "Kosovo")]
    [InlineData("TZ", "Tanzania")]
    [InlineData("MK", "North Macedonia")]
    [InlineData("GB", "United Kingdom")]
    [InlineData("US", "United States")]
    [InlineData("RU", "Russia")]
    [InlineData("BA", "Bosnia and Herzegovina")]
    [InlineData("CD", "DR Congo")]
    [InlineData("CG", "Congo")]
    [InlineData("PS", "Palestine")]
    [InlineData("MD", "Moldova")]
    [InlineData("VN", "Vietnam")]
    [InlineData("CI", "Côte d'Ivoire")]
    [InlineData("TR", "Türkiye")]
    public void TryGetByCodeIsCaseInsensitive(string code, string name)
    {
        Assert.True(Countries.TryGet(code, out var country));
        Assert.Equal(name, country.Name);
        Assert.Equal(code.Trim().ToUpperInvariant(), country.Code);
        Assert.Equal(country, Countries.Find(code));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("ZZ")]
    [InlineData("DEU")]
    [InlineData("UK")] // GB is the ISO code
    [InlineData("EU")]
    public void TryGetUnknown(string code)
    {
        Assert.False(Countries.TryGet(code, out _));
        Assert.Null(Countries.Find(code));
    }

    [Fact]
    public void FindNullIsNull() => Assert.Null(Countries.Find(null));

    [Fact]
    public void EveryCanonicalNameNormalisesToItsCountry()
    {
        var failures = Countries.All
            .Where(c => !PlaceNormaliser.Normalise(c.Name).CountryCodes.SequenceEqual([c.Code]))
            .Select(c => $"{c.Code} {c.Name} -> {string.Join(",", PlaceNormaliser.Normalise(c.Name).CountryCodes)}")
            .ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void CountryPlaceUsesCatalogue()
    {
        Assert.True(Countries.TryGet("XK", out var kosovo));
        Assert.Equal(new Place(PlaceKind.Country, "Kosovo", "XK"), Place.ForCountry(kosovo));
    }
}
