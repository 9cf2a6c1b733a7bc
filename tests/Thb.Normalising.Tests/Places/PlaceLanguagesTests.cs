using Thb.Normalising.Places;

namespace Thb.Normalising.Tests.Places;

/// <summary>Organisations, regions and countries as French and German returns name them.</summary>
public class PlaceLanguagesTests
{
    [Theory]
    [InlineData("ONUDC", "UNODC")]
    [InlineData("Office des Nations unies contre la drogue et le crime", "UNODC")]
    [InlineData("OSZE", "OSCE")]
    [InlineData("OSCE", "OSCE")]
    [InlineData("Organisation für Sicherheit und Zusammenarbeit in Europa", "OSCE")]
    [InlineData("OIM", "IOM")]
    [InlineData("IOM", "IOM")]
    [InlineData("Conseil de l'Europe", "Council of Europe")]
    [InlineData("Europarat", "Council of Europe")]
    [InlineData("Europol", "Europol")]
    [InlineData("OIT", "ILO")]
    [InlineData("IAO", "ILO")]
    [InlineData("Organisation internationale du travail", "ILO")]
    [InlineData("UNICEF", "UNICEF")]
    [InlineData("HCR", "UNHCR")]
    [InlineData("UNHCR", "UNHCR")]
    [InlineData("HCDH", "OHCHR")]
    [InlineData("ONU", "UN")]
    [InlineData("UNO", "UN")]
    [InlineData("VN", "UN")]
    [InlineData("Vereinte Nationen", "UN")]
    [InlineData("Interpol", "Interpol")]
    [InlineData("SEAE", "EEAS")]
    public void Organisations_in_three_languages(string raw, string name)
    {
        Assert.Equal([new Place(PlaceKind.Organisation, name, null)], PlaceNormaliser.Normalise(raw).Places);
    }

    [Theory]
    [InlineData("Union européenne")]
    [InlineData("UE")]
    [InlineData("Europäische Union")]
    [InlineData("EU")]
    public void The_european_union_is_a_region_in_three_languages(string raw)
    {
        Assert.Equal([new Place(PlaceKind.Region, "EU", null)], PlaceNormaliser.Normalise(raw).Places);
    }

    [Theory]
    [InlineData("ue")]
    [InlineData("vn")]
    [InlineData("hcr")]
    public void Acronyms_that_are_words_need_capitals(string raw)
    {
        Assert.True(PlaceNormaliser.Normalise(raw).IsEmpty);
    }

    [Theory]
    [InlineData("ONUDC, OSZE, OIM", new[] { "UNODC", "OSCE", "IOM" })]
    [InlineData("Kenia, Tansania (mit UNICEF)", new[] { "KE", "TZ", "UNICEF" })]
    [InlineData("Bénin, Togo", new[] { "BJ", "TG" })]
    [InlineData("Weißrussland und Moldau", new[] { "BY", "MD" })]
    public void Lists_mix_countries_and_organisations(string raw, string[] expected)
    {
        Assert.Equal(expected, PlaceNormaliser.Normalise(raw).Places.Select(p => p.Code ?? p.Name));
    }
}
