using Thb.Normalising.Durations;

namespace Thb.Normalising.Tests.Durations;

public class DurationKindsTests
{
    [Theory]
    [InlineData(DurationKind.Range, "range")]
    [InlineData(DurationKind.Single, "single")]
    [InlineData(DurationKind.OpenEnded, "open-ended")]
    [InlineData(DurationKind.Recurring, "recurring")]
    [InlineData(DurationKind.Unparseable, "unparseable")]
    [InlineData(DurationKind.Empty, "empty")]
    public void Json_names_round_trip(DurationKind kind, string json)
    {
        Assert.Equal(json, DurationKinds.ToJson(kind));
        Assert.Equal(kind, DurationKinds.FromJson(json));
        Assert.True(DurationKinds.TryFromJson(json.ToUpperInvariant(), out DurationKind parsed));
        Assert.Equal(kind, parsed);
    }

    [Fact]
    public void Every_kind_has_a_json_name()
    {
        foreach (DurationKind kind in Enum.GetValues<DurationKind>())
        {
            Assert.Equal(kind, DurationKinds.FromJson(DurationKinds.ToJson(kind)));
        }
    }

    [Fact]
    public void Unknown_names_are_rejected()
    {
        Assert.False(DurationKinds.TryFromJson("openended", out _));
        Assert.False(DurationKinds.TryFromJson(null, out _));
        Assert.Throws<ArgumentException>(() => DurationKinds.FromJson("whenever"));
        Assert.Throws<ArgumentOutOfRangeException>(() => DurationKinds.ToJson((DurationKind)99));
    }
}
