using Thb.Intake.Returns;

namespace Thb.Tests.Intake;

/// <summary>
/// The one-pass test the header recogniser runs before its rules (<see cref="ReturnLayoutVocabulary.MayNameColumn"/>)
/// never turns away a text some rule names, and turns away the cells of actions.
/// </summary>
public class HeaderPrefilterTests
{
    public static IEnumerable<string> Texts()
    {
        foreach (var header in Headers()) yield return header;
        foreach (var name in Samples.Names)
        {
            foreach (var row in ReturnChecker.Check(Samples.Path_($"{name}.xlsx")).Rows)
            {
                yield return row.CountryRegion.Raw;
                yield return row.Form.Raw;
                yield return row.Description.Raw;
                yield return row.Partner.Raw;
                yield return row.Duration.Raw;
                yield return row.Funding.Raw;
            }
        }
    }

    private static IEnumerable<string> Headers()
    {
        foreach (string[] row in ReturnLayoutLanguagesTests.HeaderRows()) foreach (var header in row) yield return header;
    }

    [Fact]
    public void A_text_turned_away_is_one_no_rule_names_and_the_headers_all_pass()
    {
        var vocabulary = ReturnLayoutVocabulary.Instance;
        var turnedAway = 0;
        foreach (var text in Texts())
        {
            var normalised = ReturnLayout.Normalise(text);
            var (padded, words) = (HeaderRule.Padded(normalised), HeaderRule.Words(normalised));
            if (vocabulary.MayNameColumn(padded, words)) continue;
            turnedAway++;
            Assert.DoesNotContain(vocabulary.Headers, rule => rule.Matches(normalised));
        }

        Assert.True(turnedAway > 200, $"{turnedAway} texts turned away");
        Assert.All(Headers(), header =>
        {
            var normalised = ReturnLayout.Normalise(header);
            Assert.True(vocabulary.MayNameColumn(HeaderRule.Padded(normalised), HeaderRule.Words(normalised)), header);
        });
    }
}
