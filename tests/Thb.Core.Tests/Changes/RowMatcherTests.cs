using Thb.Changes;
using Thb.Intake.Returns;
using Thb.Normalising.Durations;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;
using Thb.Publication;

namespace Thb.Tests.Changes;

public class RowMatcherTests
{
    private static ReturnRow Row(int row, string description, string places = "Albania", string partner = "IOM", string duration = "2010 - 2011", string funding = "10 000 EUR") =>
        new(row, PlaceNormaliser.Normalise(places), new Thb.Normalising.Forms.ActionForm("Training", Thb.Normalising.Forms.ActionCategory.Training),
            new RawText(description), new RawText(partner), DurationNormaliser.Normalise(duration), FundingNormaliser.Normalise(funding), []);

    [Fact]
    public void Words_are_folded_without_numbers_and_short_words()
    {
        Assert.Equal(["training", "judges", "tirana"], ActionWords.Of("Training of the judges in Tirana (2011), Tirana"));
        Assert.Equal(["formation", "juges", "albanie"], ActionWords.Of("Formation des juges en Albanie"));
        Assert.Empty(ActionWords.Of("  "));
    }

    [Theory]
    [InlineData("trafficking", "traffickers", true)]
    [InlineData("victims", "vicitms", true)]
    [InlineData("assistance", "asistance", true)]
    [InlineData("police", "judges", false)]
    [InlineData("iom", "ilo", false)]
    public void Same_word_allows_endings_and_typos(string a, string b, bool same) => Assert.Equal(same, ActionWords.Same(a, b));

    [Fact]
    public void A_reworded_and_extended_row_continues_and_says_what_changed()
    {
        var before = Row(7, "Training of judges and prosecutors on victim identification in Tirana", duration: "2010 - 2011");
        var after = Row(3, "Trainig of prosecutors and judges on identification of victims, Tirana; second phase", partner: "IOM, UNODC", duration: "2010 - 2012", funding: "12 500 EUR");

        var match = Assert.Single(RowMatcher.Match([after], [before]));

        Assert.Equal(ChangeLabel.Continued, match.Label);
        Assert.Same(before, match.Previous);
        Assert.Equal(RowAmendments.DatesExtended | RowAmendments.PartnerAdded | RowAmendments.FundingChanged | RowAmendments.DescriptionReworded, match.Amendments);
    }

    [Fact]
    public void Reordered_words_and_a_typo_are_no_change()
    {
        var before = Row(7, "Support to shelters for victims in Moldova");
        var after = Row(9, "Shelters for victims in Moldova: support", funding: "10.000 EUR");

        var match = Assert.Single(RowMatcher.Match([after], [before]));

        Assert.Equal(ChangeLabel.Continued, match.Label);
        Assert.Equal(RowAmendments.None, match.Amendments);
    }

    [Fact]
    public void Another_action_is_new_and_the_old_one_no_longer_reported()
    {
        var before = Row(7, "Training of judges and prosecutors in Tirana");
        var after = Row(7, "Awareness campaign on labour exploitation for seasonal workers", places: "Ukraine", partner: "La Strada", duration: "2012");

        var matches = RowMatcher.Match([after], [before]);

        Assert.Equal([ChangeLabel.New, ChangeLabel.NoLongerReported], matches.Select(m => m.Label));
        Assert.Same(before, matches[1].Previous);
    }

    [Fact]
    public void Matching_is_one_to_one_and_takes_the_best_pair_first()
    {
        var kenya = Row(1, "Support to a shelter for victims of trafficking", places: "Kenya");
        var tanzania = Row(2, "Support to a shelter for victims of trafficking", places: "Tanzania");
        var now = Row(5, "Support to shelters for trafficking victims", places: "Tanzania");

        var matches = RowMatcher.Match([now], [kenya, tanzania]);

        Assert.Equal(ChangeLabel.Continued, matches[0].Label);
        Assert.Same(tanzania, matches[0].Previous);
        Assert.Equal(ChangeLabel.NoLongerReported, matches[1].Label);
        Assert.Same(kenya, matches[1].Previous);
    }

    [Fact]
    public void Dates_extended_only_when_the_start_holds_and_the_end_moves_later()
    {
        Assert.Equal(RowAmendments.DatesExtended, RowAmendmentReader.Dates(DurationNormaliser.Normalise("2010 - 2012"), DurationNormaliser.Normalise("2010 - 2011")));
        Assert.Equal(RowAmendments.DatesExtended, RowAmendmentReader.Dates(DurationNormaliser.Normalise("since 2010, ongoing"), DurationNormaliser.Normalise("2010 - 2011")));
        Assert.Equal(RowAmendments.DatesChanged, RowAmendmentReader.Dates(DurationNormaliser.Normalise("2011 - 2012"), DurationNormaliser.Normalise("2010 - 2011")));
        Assert.Equal(RowAmendments.None, RowAmendmentReader.Dates(DurationNormaliser.Normalise("2010-2011"), DurationNormaliser.Normalise("2010 - 2011")));
    }

    [Fact]
    public void A_contributor_without_previous_rows_has_only_new_rows()
    {
        var matches = RowMatcher.Match([Row(1, "a training"), Row(2, "a seminar")], []);
        Assert.All(matches, m => Assert.Equal(ChangeLabel.New, m.Label));
    }
}

public class WordIndexTests
{
    /// <summary>The index answers exactly as <see cref="ActionWords.Shared"/> on every pair of seed descriptions it is given.</summary>
    [Fact]
    public void Numbered_words_share_as_many_as_the_words_themselves()
    {
        var rows = SeedCorpus.All.SelectMany(r => r.Rows).Take(120).Select(r => ActionWords.Of(r.Description.Raw)).ToList();
        var rewriter = new RowRewriter(new Random(5), "en");
        var rewritten = SeedCorpus.All.SelectMany(r => r.Rows).Take(120).Select(r => ActionWords.Of(rewriter.Rewrite(r, 1).Row.Description.Raw)).ToList();
        var index = new WordIndex();
        var a = rows.Select(index.Numbers).ToList();
        var b = rewritten.Select(index.Numbers).ToList();
        var fuzzy = 0;
        for (var i = 0; i < rows.Count; i++)
            for (var j = 0; j < rows.Count; j += 7)
            {
                var expected = ActionWords.Shared(rows[i], rewritten[j]);
                Assert.Equal(expected, index.Shared(a[i], b[j]));
                if (expected > rows[i].Intersect(rewritten[j]).Count()) fuzzy++;
            }
        Assert.True(fuzzy > 20, $"only {fuzzy} pairs needed a typo or an ending: the check says little");
    }
}
