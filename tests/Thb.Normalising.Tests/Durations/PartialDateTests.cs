using Thb.Normalising.Durations;

namespace Thb.Normalising.Tests.Durations;

public class PartialDateTests
{
    [Theory]
    [InlineData(2010, null, null, "2010", DatePrecision.Year)]
    [InlineData(2010, 3, null, "2010-03", DatePrecision.Month)]
    [InlineData(2010, 3, 1, "2010-03-01", DatePrecision.Day)]
    [InlineData(999, 12, 31, "0999-12-31", DatePrecision.Day)]
    public void ToString_writes_the_precision_written(int year, int? month, int? day, string expected, DatePrecision precision)
    {
        var date = new PartialDate(year, month, day);
        Assert.Equal(expected, date.ToString());
        Assert.Equal(precision, date.Precision);
    }

    [Theory]
    [InlineData("2010", 2010, null, null)]
    [InlineData("2010-03", 2010, 3, null)]
    [InlineData("2010-03-01", 2010, 3, 1)]
    [InlineData(" 2012-02-29 ", 2012, 2, 29)]
    public void TryParseIso_reads_iso_text(string text, int year, int? month, int? day)
    {
        Assert.True(PartialDate.TryParseIso(text, out PartialDate date));
        Assert.Equal(new PartialDate(year, month, day), date);
        Assert.Equal(text.Trim(), date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("10")]
    [InlineData("2010-3")]
    [InlineData("2010-13")]
    [InlineData("2010-00")]
    [InlineData("2011-02-29")]
    [InlineData("2010-04-31")]
    [InlineData("2010/03/01")]
    [InlineData("2010-03-01T00:00")]
    [InlineData("abcd")]
    [InlineData("0000")]
    public void TryParseIso_rejects_anything_else(string text)
    {
        Assert.False(PartialDate.TryParseIso(text, out _));
    }

    [Fact]
    public void TryParseIso_rejects_null()
    {
        Assert.False(PartialDate.TryParseIso(null!, out _));
    }

    [Fact]
    public void FromDate_has_full_precision()
    {
        PartialDate date = PartialDate.FromDate(new DateOnly(2010, 10, 15));
        Assert.Equal(new PartialDate(2010, 10, 15), date);
        Assert.Equal(DatePrecision.Day, date.Precision);
    }

    [Theory]
    [InlineData(2010, null, null, "2010-01-01", "2010-12-31")]
    [InlineData(2010, 2, null, "2010-02-01", "2010-02-28")]
    [InlineData(2012, 2, null, "2012-02-01", "2012-02-29")]
    [InlineData(2000, 2, null, "2000-02-01", "2000-02-29")]
    [InlineData(1900, 2, null, "1900-02-01", "1900-02-28")]
    [InlineData(2010, 4, null, "2010-04-01", "2010-04-30")]
    [InlineData(2010, 12, 31, "2010-12-31", "2010-12-31")]
    public void FirstDay_and_LastDay_cover_the_span(int year, int? month, int? day, string first, string last)
    {
        var date = new PartialDate(year, month, day);
        Assert.Equal(DateOnly.ParseExact(first, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), date.FirstDay);
        Assert.Equal(DateOnly.ParseExact(last, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), date.LastDay);
    }

    [Fact]
    public void Ordering_follows_the_iso_text()
    {
        var dates = new List<PartialDate>
        {
            new(2010, 2),
            new(2010, 1, 1),
            new(2011),
            new(2010),
            new(2010, 1),
            new(2009, 12, 31),
        };
        dates.Sort();
        Assert.Equal(["2009-12-31", "2010", "2010-01", "2010-01-01", "2010-02", "2011"], dates.Select(d => d.ToString()));
        Assert.True(new PartialDate(2010) < new PartialDate(2010, 1));
        Assert.True(new PartialDate(2010, 12) > new PartialDate(2010, 1, 31));
        Assert.True(new PartialDate(2010, 5) <= new PartialDate(2010, 5));
        Assert.True(new PartialDate(2010, 5) >= new PartialDate(2010, 5));
        Assert.Equal(0, new PartialDate(2010, 5, 1).CompareTo(new PartialDate(2010, 5, 1)));
    }

    [Fact]
    public void Equality_is_by_value()
    {
        Assert.Equal(new PartialDate(2010, 3), new PartialDate(2010, 3, null));
        Assert.NotEqual(new PartialDate(2010, 3), new PartialDate(2010, 3, 1));
        Assert.NotEqual(new PartialDate(2010), new PartialDate(2010, 1));
    }

    [Fact]
    public void Covers_tells_whether_a_span_contains_another()
    {
        Assert.True(new PartialDate(2009).Covers(new PartialDate(2009, 9)));
        Assert.True(new PartialDate(2009, 9).Covers(new PartialDate(2009, 9, 30)));
        Assert.False(new PartialDate(2009, 9).Covers(new PartialDate(2009)));
        Assert.False(new PartialDate(2009).Covers(new PartialDate(2010, 1)));
    }

    [Fact]
    public void Invalid_parts_are_rejected()
    {
        Assert.ThrowsAny<ArgumentException>(() => new PartialDate(2010, 13));
        Assert.ThrowsAny<ArgumentException>(() => new PartialDate(2010, 0));
        Assert.ThrowsAny<ArgumentException>(() => new PartialDate(2011, 2, 29));
        Assert.ThrowsAny<ArgumentException>(() => new PartialDate(2010, null, 5));
        Assert.ThrowsAny<ArgumentException>(() => new PartialDate(0));
        Assert.ThrowsAny<ArgumentException>(() => new PartialDate(10000));
        Assert.Equal(29, new PartialDate(2012, 2, 29).Day);
    }

    [Fact]
    public void Default_value_does_not_throw()
    {
        PartialDate d = default;
        Assert.Equal(DatePrecision.Year, d.Precision);
        Assert.Equal(new DateOnly(1, 1, 1), d.FirstDay);
        Assert.Equal(new DateOnly(1, 12, 31), d.LastDay);
    }
}
