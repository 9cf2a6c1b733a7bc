using Thb.Cycles;

namespace Thb.Tests.Sections;

/// <summary>The registry's section titles: the contributors CSV's optional column, the titles' rules, how a heading matches one.</summary>
public class SectionRegistryTests
{
    [Fact]
    public void The_sections_column_lists_a_contributors_titles_in_order_separated_by_bars()
    {
        var contributors = ContributorCsv.Parse(
            "id,name,kind,order,emails,sections\n" +
            "austria,Austria,member-state,1,a@example.org,\n" +
            "european-commission,European Commission,commission,2,,DG Home Affairs | DG Enlargement|DG Development Cooperation\n");

        Assert.Empty(contributors[0].Sections);
        Assert.Equal(["DG Home Affairs", "DG Enlargement", "DG Development Cooperation"], contributors[1].Sections.Select(s => s.Text));
    }

    [Fact]
    public void Written_back_the_file_has_the_sections_column_only_when_a_contributor_has_sections()
    {
        var plain = ContributorCsv.Parse("id,name,kind,order,emails\naustria,Austria,member-state,1,a@example.org\n");
        Assert.Equal("id,name,kind,order,emails,language\naustria,Austria,member-state,1,a@example.org,en\n", ContributorCsv.Write(plain));

        var sectioned = ContributorCsv.Parse("id,name,kind,sections\nec,European Commission,commission,\"DG Home Affairs|DG Enlargement, Neighbourhood\"\n");
        var written = ContributorCsv.Write(sectioned);
        Assert.Equal("id,name,kind,order,emails,language,sections\nec,European Commission,commission,1,,en,\"DG Home Affairs|DG Enlargement, Neighbourhood\"\n", written);
        Assert.Equal(sectioned[0].Sections, ContributorCsv.Parse(written)[0].Sections);
    }

    [Theory]
    [InlineData("DG Home Affairs|dg home-affairs", "appears twice")]
    [InlineData("DG Home Affairs||DG Enlargement", "empty")]
    [InlineData("A very long title that goes on and on about the instruments of external action, far beyond what a heading holds", "longer than 100")]
    public void A_bad_sections_field_names_its_line_and_what_is_wrong(string field, string problem)
    {
        var e = Assert.Throws<FormatException>(() => ContributorCsv.Parse($"id,name,kind,sections\nec,European Commission,commission,\"{field}\"\n"));
        Assert.Contains("Line 2 (ec)", e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void A_heading_matches_its_title_whatever_its_case_accents_spacing_and_punctuation()
    {
        var title = new SectionTitle("DG Development Cooperation");
        Assert.True(title.Matches("dg development-cooperation"));
        Assert.True(title.Matches("  DG  Dévelopment Coöperation: "));
        Assert.False(title.Matches("DG Development"));
        Assert.False(title.Matches(null));
        Assert.NotNull(SectionTitle.Problem("Home|Enlargement"));
    }

    [Fact]
    public void The_default_registry_gives_the_commission_the_three_sub_sections_of_the_2011_annex()
    {
        var commission = DefaultContributors.All.Single(c => c.Kind == ContributorKind.Commission);
        Assert.Equal(["DG Home Affairs", "DG Enlargement", "DG Development Cooperation"], commission.Sections.Select(s => s.Text));
        Assert.All(DefaultContributors.All.Where(c => c.Kind != ContributorKind.Commission), c => Assert.Empty(c.Sections));
    }
}
