using Thb.Cycles;
using Thb.Localisation;

namespace Thb.Tests.Cycles;

/// <summary>The contributors file's optional language column: en, fr or de, English when absent, anything else refused with the list.</summary>
public class ContributorLanguageTests
{
    [Fact]
    public void The_language_column_is_read_and_an_empty_cell_is_English()
    {
        var list = ContributorCsv.Parse("id,name,kind,order,emails,language\nfrance,France,member-state,1,,fr\ngermany,Germany,member-state,2,, DE \nmalta,Malta,member-state,3,,\n");
        Assert.Equal([Language.French, Language.German, Language.English], list.Select(c => c.Language));
    }

    [Fact]
    public void Without_the_column_everyone_reads_English()
    {
        var list = ContributorCsv.Parse("id,name,kind,order,emails\nfrance,France,member-state,1,\n");
        Assert.Equal(Language.English, Assert.Single(list).Language);
        Assert.Equal(Language.English, default(Language));
    }

    [Fact]
    public void An_unknown_language_is_refused_with_its_line_and_the_supported_ones()
    {
        var e = Assert.Throws<FormatException>(() => ContributorCsv.Parse("id,name,kind,order,emails,language\nfrance,France,member-state,1,,fr\nitaly,Italy,member-state,2,,it\n"));
        Assert.Contains("Line 3", e.Message);
        Assert.Contains("'it'", e.Message);
        Assert.Contains("en, fr, de", e.Message);
    }

    [Fact]
    public void The_written_file_reads_back_with_its_languages()
    {
        var contributors = new[]
        {
            new Contributor(ContributorId.Parse("belgium"), "Belgium", ContributorKind.MemberState, 1, ["be@example.be"], Language: Language.French),
            new Contributor(ContributorId.Parse("austria"), "Austria", ContributorKind.MemberState, 2, [], Language: Language.German),
        };
        var back = ContributorCsv.Parse(ContributorCsv.Write(contributors));
        Assert.Equal(contributors.Select(c => (c.Id, c.Language)), back.Select(c => (c.Id, c.Language)));
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("FR", "fr")]
    [InlineData(" de", "de")]
    public void A_code_is_read_in_any_case(string text, string code) => Assert.Equal(code, Language.Parse(text).Code);

    [Theory]
    [InlineData("")]
    [InlineData("english")]
    [InlineData("nl")]
    [InlineData(null)]
    public void Anything_else_is_not_a_language(string? text) => Assert.False(Language.TryParse(text, out _));
}
