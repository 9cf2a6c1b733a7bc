using Thb.Normalising.Funding;

namespace Thb.Normalising.Tests.Funding;

/// <summary>A currency code is three upper-case letters; anything else is refused with the reason, and a currency no code names is kept as shown.</summary>
public class CurrencyCodeTests
{
    [Theory]
    [InlineData("EUR")]
    [InlineData("USD")]
    [InlineData("SEK")]
    public void A_three_letter_upper_case_code_parses(string text)
    {
        Assert.True(CurrencyCode.TryParse(text, out var code, out var reason));
        Assert.Null(reason);
        Assert.Equal(text, code.Value);
        Assert.True(code.IsIso);
        Assert.Equal(code, CurrencyCode.Parse(text));
        Assert.Equal(text, (string)code);
    }

    [Fact]
    public void Lower_case_is_refused_with_the_upper_case_spelling()
    {
        Assert.False(CurrencyCode.TryParse("sek", out var code, out var reason));
        Assert.Equal(default, code);
        Assert.Equal("'sek' is not a currency code: ISO 4217 codes are upper case ('SEK').", reason);
        Assert.Equal(reason, Assert.Throws<FormatException>(() => CurrencyCode.Parse("sek")).Message);
    }

    [Theory]
    [InlineData("EU", 2)]
    [InlineData("EURO", 4)]
    [InlineData("", 0)]
    public void A_code_of_another_length_is_refused_saying_so(string text, int length)
    {
        Assert.False(CurrencyCode.TryParse(text, out _, out var reason));
        Assert.Equal($"'{text}' is not a currency code: an ISO 4217 code has three letters (e.g. EUR, USD, SEK), this has {length}.", reason);
    }

    [Fact]
    public void No_text_is_no_code()
    {
        Assert.False(CurrencyCode.TryParse(null, out _, out var reason));
        Assert.Contains("three letters", reason);
    }

    [Theory]
    [InlineData("US$", '$')]
    [InlineData("E1R", '1')]
    [InlineData("É€R", 'É')]
    public void Non_letters_are_refused_naming_the_character(string text, char bad)
    {
        Assert.False(CurrencyCode.TryParse(text, out _, out var reason));
        Assert.Equal($"'{text}' is not a currency code: ISO 4217 codes are letters A to Z only, not '{bad}'.", reason);
    }

    [Fact]
    public void A_currency_no_code_names_keeps_its_text_and_is_not_iso()
    {
        var shown = CurrencyCode.FromReading("₿");
        Assert.False(shown.IsIso);
        Assert.Equal("₿", shown.Value);
        Assert.Equal(CurrencyCode.Unnamed("₿"), shown);
        Assert.Equal(CurrencyCode.Parse("USD"), CurrencyCode.FromReading("USD"));
        Assert.Equal("12 ₿", new Money(12m, shown).ToString());
        Assert.Throws<ArgumentException>(() => CurrencyCode.Unnamed(""));
    }
}
