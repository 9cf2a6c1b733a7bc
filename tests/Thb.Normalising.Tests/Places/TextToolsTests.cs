using Thb.Normalising.Places;

namespace Thb.Normalising.Tests.Places;

public sealed class TextToolsTests
{
    [Theory]
    [InlineData("austria", "austria", 0)]
    [InlineData("austria", "australia", 2)]
    [InlineData("gambia", "zambia", 1)]
    [InlineData("niger", "nigeria", 2)]
    [InlineData("iran", "iraq", 1)]
    [InlineData("afganistan", "afghanistan", 1)]
    [InlineData("ab", "ba", 1)] // transposition
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    public void DamerauLevenshtein(string a, string b, int expected)
    {
        Assert.Equal(expected, StringDistance.DamerauLevenshtein(a, b));
        Assert.Equal(expected, StringDistance.DamerauLevenshtein(b, a));
    }

    [Fact]
    public void DamerauLevenshteinStopsAboveMax()
    {
        Assert.Equal(2, StringDistance.DamerauLevenshtein("austria", "australia", 1));
        Assert.Equal(2, StringDistance.DamerauLevenshtein("a", "abcdef", 1));
    }

    [Theory]
    [InlineData("Lefö", "Lefo")]
    [InlineData("Türkiye", "Turkiye")]
    [InlineData("Weißrussland", "Weissrussland")]
    [InlineData("Côte d’Ivoire", "Cote d’Ivoire")]
    [InlineData("Bouvetøya", "Bouvetoya")]
    [InlineData("Łódź", "Lodz")]
    [InlineData("plain", "plain")]
    public void FoldRemovesDiacritics(string input, string expected) => Assert.Equal(expected, PlaceTokenizer.Fold(input));

    [Fact]
    public void TokenizerSeparatorsAndPunctuation()
    {
        var tokens = PlaceTokenizer.Tokenize("U.S.A., Bosnia-Herzegovina & Côte d’Ivoire (Kosovo1)");
        Assert.Equal(
            ["usa", ",", "bosnia", "herzegovina", "and", "cote", "d", "ivoire", "(", "kosovo", "1", ")"],
            tokens.Select(t => t.Lower));
        Assert.Equal("USA", tokens[0].Text);
        Assert.Equal(TokenKind.Symbol, tokens[1].Kind);
        Assert.Equal(TokenKind.Number, tokens[10].Kind);
    }

    [Fact]
    public void TokenizerMarksGlueableSeparators()
    {
        var tokens = PlaceTokenizer.Tokenize("Zambi a\nb-c  d- \ne.f --g\th");
        Assert.Equal(["zambi", "a", "b", "c", "d", "e", "f", "g", "h"], tokens.Select(t => t.Lower));
        Assert.Equal([false, true, false, true, true, true, false, false, false], tokens.Select(t => t.GlueableBefore));
    }
}
