using System.Xml;
using Thb.Annex;
using Thb.Intake.Workbooks;

namespace Thb.Tests.Annex;

public class CellTextTests
{
    [Fact]
    public void A_text_that_fits_is_one_part()
    {
        Assert.Equal(["Training of judges"], CellText.Split("Training of judges", 70, 30));
        Assert.Equal([""], CellText.Split("", 70, 30));
    }

    [Fact]
    public void A_long_text_splits_into_parts_that_fit_and_join_back_exactly()
    {
        var text = AnnexTestData.LongText(40_000);
        var parts = CellText.Split(text, 70, 30);

        Assert.Equal(text, string.Concat(parts));
        Assert.True(parts.Count >= 40_000 / (70 * 30), $"{parts.Count} parts");
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 70 * 30));
        // Breaks fall after a space or line break, not inside a word.
        Assert.All(parts.SkipLast(1), p => Assert.True(char.IsWhiteSpace(p[^1]), $"part ends with '{p[^1]}'"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(69)]
    [InlineData(2_100)]
    [InlineData(2_101)]
    [InlineData(40_000)]
    public void Counting_the_parts_gives_the_number_split_makes(int length)
    {
        foreach (var text in new[] { AnnexTestData.LongText(length), string.Concat(Enumerable.Repeat("a\n", length / 2)), new string('x', length), string.Concat(Enumerable.Repeat("\U0001F600\r\n", length / 4)) })
            Assert.Equal(CellText.Split(text, 70, 30).Count, CellText.CountParts(text, 70, 30));
    }

    [Fact]
    public void Line_breaks_count_as_lines()
    {
        var text = string.Concat(Enumerable.Repeat("a\n", 100));
        var parts = CellText.Split(text, 70, 30);
        Assert.Equal(text, string.Concat(parts));
        Assert.All(parts, p => Assert.True(p.Count(c => c == '\n') <= 30));
        Assert.Equal(4, parts.Count);
    }

    [Fact]
    public void Surrogate_pairs_and_CR_LF_are_never_parted()
    {
        var emoji = string.Concat(Enumerable.Repeat("\U0001F600", 3000));
        var parts = CellText.Split(emoji, 70, 30);
        Assert.Equal(emoji, string.Concat(parts));
        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1])));

        var lines = string.Concat(Enumerable.Repeat(new string('x', 69) + "\r\n", 100));
        var lineParts = CellText.Split(lines, 70, 30);
        Assert.Equal(lines, string.Concat(lineParts));
        Assert.All(lineParts.Skip(1), p => Assert.NotEqual('\n', p[0]));
    }

    [Theory]
    [InlineData("plain text")]
    [InlineData("control \u0001 and \u001F characters")]
    [InlineData("Windows line\r\nbreaks and a lone \r")]
    [InlineData("literal _x0041_ escape, _x00_ and _xZZZZ_")]
    [InlineData("non-characters \uFFFE \uFFFF and a lone surrogate \uD800 here")]
    [InlineData("a pair \U0001F600 stays")]
    public void Escaped_text_is_valid_xml_and_reads_back_exactly(string text)
    {
        var escaped = Thb.Workbooks.Xstring.Escape(text);
        Assert.All(escaped, c => Assert.True(XmlConvert.IsXmlChar(c) || char.IsSurrogate(c), $"U+{(int)c:X4}"));
        Assert.DoesNotContain('\r', escaped);
        Assert.Equal(text, XlsxWorkbook.DecodeEscapes(escaped));
    }
}
