using Thb.Normalising.Funding;

namespace Thb.Normalising.Tests.Funding;

public class FundingKindsTests
{
    [Theory]
    [InlineData(FundingKind.Amount, "amount")]
    [InlineData(FundingKind.Range, "range")]
    [InlineData(FundingKind.NonMonetary, "non-monetary")]
    [InlineData(FundingKind.NotAvailable, "not-available")]
    [InlineData(FundingKind.Placeholder, "placeholder")]
    [InlineData(FundingKind.Empty, "empty")]
    [InlineData(FundingKind.OtherCurrency, "other-currency")]
    public void Json_names_round_trip(FundingKind kind, string json)
    {
        Assert.Equal(json, FundingKinds.ToJson(kind));
        Assert.Equal(kind, FundingKinds.FromJson(json));
        Assert.True(FundingKinds.TryFromJson(" " + json.ToUpperInvariant(), out FundingKind parsed));
        Assert.Equal(kind, parsed);
    }

    [Fact]
    public void Every_kind_has_a_json_name()
    {
        foreach (FundingKind kind in Enum.GetValues<FundingKind>())
        {
            Assert.Equal(kind, FundingKinds.FromJson(FundingKinds.ToJson(kind)));
        }
    }

    [Fact]
    public void Unknown_names_are_rejected()
    {
        Assert.False(FundingKinds.TryFromJson("nonmonetary", out _));
        Assert.False(FundingKinds.TryFromJson(null, out _));
        Assert.Throws<ArgumentException>(() => FundingKinds.FromJson("money"));
        Assert.Throws<ArgumentOutOfRangeException>(() => FundingKinds.ToJson((FundingKind)42));
    }

    [Fact]
    public void Money_is_a_value()
    {
        Assert.Equal(new Money(10m, "SEK"), new Money(10.00m, "SEK"));
        Assert.Equal("1500.5 USD", new Money(1500.5m, "USD").ToString());
    }
}
