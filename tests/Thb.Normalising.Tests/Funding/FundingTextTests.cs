using System.Globalization;
using Thb.Normalising.Funding;
using FundingValue = Thb.Normalising.Funding.Funding;

namespace Thb.Normalising.Tests.Funding;

/// <summary>Text that is not an amount (calculations, shares), and the funding words of French and German returns.</summary>
public class FundingTextTests
{
    private static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("-2+3")]
    [InlineData("+1+1")]
    [InlineData("=1+1")]
    [InlineData("2*3")]
    [InlineData("2 * 3")]
    [InlineData("=5")]
    [InlineData("= 1.000 + 2.000")]
    [InlineData("(55.000+40.000)")]
    [InlineData("1+1+1")]
    [InlineData("10 × 3")]
    [InlineData("2^10")]
    [InlineData("100/4*3")]
    public void A_calculation_is_not_an_amount(string raw)
    {
        var read = FundingNormaliser.Read(raw);
        Assert.Equal(FundingKind.NonMonetary, read.Value.Kind);
        Assert.Null(read.Value.AmountEur);
        Assert.Null(read.Value.MinEur);
        Assert.Equal(ReadFailureKind.NotUnderstood, read.Failure?.Kind);
        Assert.Equal(raw, read.Value.Raw);
    }

    [Theory]
    [InlineData("-500 EUR", "500")]
    [InlineData("- 2 550 000 EUR", "2550000")]
    [InlineData("1.000+", "1000")]
    [InlineData("Office budget (55.000+40.000)", "95000")]
    [InlineData("55.000 EUR + 40.000 EUR", "95000")]
    public void Signs_and_sums_among_words_still_read(string raw, string amount)
    {
        var read = FundingNormaliser.Read(raw);
        Assert.True(read.Succeeded);
        Assert.Equal(D(amount), read.Value.AmountEur);
    }

    [Fact]
    public void A_range_of_bare_numbers_is_no_calculation()
    {
        FundingValue f = FundingNormaliser.Normalise("10.000 - 20.000");
        Assert.Equal((FundingKind.Range, 10000m, 20000m), (f.Kind, f.MinEur!.Value, f.MaxEur!.Value));
    }

    [Theory]
    [InlineData("25%")]
    [InlineData("25 %")]
    [InlineData("25,5 %")]
    [InlineData("25 pour cent")]
    [InlineData("2500 pour cent")]
    [InlineData("25 Prozent")]
    [InlineData("25 per cent")]
    [InlineData("25 percent")]
    [InlineData("25 v. H.")]
    [InlineData("80% of the project budget")]
    [InlineData("3 years, 25 participants, 40%")]
    public void A_share_is_never_an_amount_and_says_so(string raw)
    {
        var read = FundingNormaliser.Read(raw);
        Assert.Equal(FundingKind.NonMonetary, read.Value.Kind);
        Assert.Null(read.Value.AmountEur);
        Assert.Equal(ReadFailureKind.Share, read.Failure?.Kind);
    }

    [Theory]
    [InlineData("40 000 EUR (80%)", "40000")]
    [InlineData("118.913,55,- € / EU grant (80% of the project budget)", "118913.55")]
    [InlineData("15.000 EUR, davon 25 Prozent Eigenmittel", "15000")]
    public void A_share_beside_an_amount_leaves_the_amount(string raw, string amount)
    {
        var read = FundingNormaliser.Read(raw);
        Assert.True(read.Succeeded);
        Assert.Equal(D(amount), read.Value.AmountEur);
    }

    [Theory]
    [InlineData("1,5 Mio. EUR", "1500000")]
    [InlineData("2 Mio. €", "2000000")]
    [InlineData("rund 2 Mio. Euro", "2000000")]
    [InlineData("1,2 Mrd. EUR", "1200000000")]
    [InlineData("50 Tsd. EUR", "50000")]
    [InlineData("50 Tsd €", "50000")]
    [InlineData("50 T€", "50000")]
    [InlineData("ca. 30.000 €", "30000")]
    [InlineData("EUR 5.000,-", "5000")]
    [InlineData("3 millions d'euros", "3000000")]
    [InlineData("1,5 million d'euros", "1500000")]
    [InlineData("environ 5 000 €", "5000")]
    [InlineData("5 000 euros", "5000")]
    [InlineData("20 mille euros", "20000")]
    public void French_and_German_amounts(string raw, string amount)
    {
        FundingValue f = FundingNormaliser.Normalise(raw);
        Assert.Equal(FundingKind.Amount, f.Kind);
        Assert.Equal(D(amount), f.AmountEur);
    }

    [Theory]
    [InlineData("2 millions de dollars", "2000000", "USD")]
    [InlineData("1 million of pounds", "1000000", "GBP")]
    [InlineData("3 Mio. CHF", "3000000", "CHF")]
    public void A_multiplier_and_another_currency_is_never_eur(string raw, string amount, string currency)
    {
        FundingValue f = FundingNormaliser.Normalise(raw);
        Assert.Equal(FundingKind.OtherCurrency, f.Kind);
        Assert.Equal(new Money(D(amount), CurrencyCode.Parse(currency)), f.Original);
    }

    [Theory]
    [InlineData("k. A.")]
    [InlineData("k.A.")]
    [InlineData("K. A.")]
    [InlineData("keine Angabe")]
    [InlineData("keine Angaben")]
    [InlineData("nicht bekannt")]
    [InlineData("entfällt")]
    [InlineData("nicht verfügbar")]
    [InlineData("non communiqué")]
    [InlineData("Non communiqué")]
    [InlineData("n.c.")]
    [InlineData("N.C.")]
    [InlineData("néant")]
    [InlineData("Néant")]
    [InlineData("non disponible")]
    [InlineData("pas d'information")]
    [InlineData("aucune information")]
    [InlineData("sans objet")]
    public void Not_stated_in_three_languages_is_not_available(string raw)
    {
        FundingValue f = FundingNormaliser.Normalise(raw);
        Assert.Equal(FundingKind.NotAvailable, f.Kind);
        Assert.Null(f.AmountEur);
    }

    [Theory]
    [InlineData("keine Kosten")]
    [InlineData("sans coût")]
    [InlineData("financé par le budget national")]
    [InlineData("finanziert aus dem Bundeshaushalt")]
    [InlineData("Financement national")]
    [InlineData("finance ministry")]
    public void Funding_words_without_money_are_non_monetary_and_kept(string raw)
    {
        FundingValue f = FundingNormaliser.Normalise(raw);
        Assert.Equal(FundingKind.NonMonetary, f.Kind);
        Assert.Equal(raw, f.Note);
    }
}
