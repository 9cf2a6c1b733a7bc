using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Tests.Intake;

namespace Thb.Tests.Sections;

/// <summary>The Commission's and Europol's sample returns hold exactly the reference texts of their sources, each once, in order, where it belongs.</summary>
public class SampleSourceTests
{
    public static ReturnCheck CheckCommission(byte[]? xlsx = null) => ReturnChecker.Check(
        xlsx is null ? File.OpenRead(Samples.Path_("Commission.xlsx")) : new MemoryStream(xlsx), "Commission.xlsx", new CheckOptions
        {
            DelegationNames = ["European Commission", "european-commission"], Cycle = "2011-1", ContributorId = "european-commission", Sections = SampleSources.CommissionSections,
        });

    public static ReturnCheck CheckEuropol(byte[]? xlsx = null) => ReturnChecker.Check(
        xlsx is null ? File.OpenRead(Samples.Path_("Europol.xlsx")) : new MemoryStream(xlsx), "Europol.xlsx", new CheckOptions
        {
            DelegationNames = ["Europol", "europol"], Cycle = "2011-1", ContributorId = "europol",
        });

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ThbFunctions.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("No ThbFunctions.sln above the test output.");
    }

    [Fact]
    public void The_samples_are_their_sources_filled_into_the_templates()
    {
        var commission = SampleSources.BuildCommission();
        var europol = SampleSources.BuildEuropol();
        if (Environment.GetEnvironmentVariable("THB_WRITE_SAMPLES") == "1")
        {
            var root = RepositoryRoot();
            foreach (var folder in new[] { "tests/Thb.Core.Tests/Data/returns", "src/Thb.Cli/Demo/Returns" })
            {
                File.WriteAllBytes(Path.Combine(root, folder, "Commission.xlsx"), commission);
                File.WriteAllBytes(Path.Combine(root, folder, "Europol.xlsx"), europol);
            }
        }
        Assert.Equal(ReturnJson.Serialize(CheckCommission(commission)), ReturnJson.Serialize(CheckCommission()));
        Assert.Equal(ReturnJson.Serialize(CheckEuropol(europol)), ReturnJson.Serialize(CheckEuropol()));
    }

    [Fact]
    public void The_commissions_return_has_every_action_of_its_three_sub_sections_once_in_order_under_its_heading()
    {
        var check = CheckCommission();
        Assert.True(check.Status.IsAccepted(), string.Join("\n", check.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.Message)));
        var expected = SampleSources.Source("commission").GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("rows").EnumerateArray().Select(r => (Section: s.GetProperty("title").GetString(), Cells: SampleSources.Strings(r)))).ToList();
        Assert.Equal(48, expected.Count);
        Assert.Equal(expected.Select(e => e.Section), check.Rows.Select(r => r.Section?.Text));
        Assert.Equal(expected.Select(e => string.Join("|", e.Cells)),
            check.Rows.Select(r => string.Join("|", r.CountryRegion.Raw, r.Form.Raw, r.Description.Raw, r.Partner.Raw, r.Duration.Raw, r.Funding.Raw)));
        Assert.Equal([14, 15, 19], check.Sections.Select(s => s.Rows));
        Assert.Equal(4, check.Narrative.Single().Paragraphs.Count);
        Assert.Null(check.Narrative.Single().Section); // its sheet names no section: it belongs to the whole part
        Assert.Empty(check.Tables);
    }

    [Fact]
    public void Europols_return_has_its_narrative_and_its_two_agreement_tables_exactly_as_written_and_no_actions()
    {
        var check = CheckEuropol();
        Assert.True(check.Status.IsAccepted(), string.Join("\n", check.Findings.Select(f => f.Message)));
        Assert.Empty(check.Rows);
        var source = SampleSources.Source("europol");
        var narrative = check.Narrative.Single();
        var paragraphs = source.GetProperty("narrative").EnumerateArray().Select(p => (Level: p[0].GetString(), Text: p[1].GetString())).ToList();
        Assert.Equal(paragraphs.Select(p => p.Text), narrative.Paragraphs.Select(p => p.Text));
        Assert.Equal(paragraphs.Select(p => NarrativeSheetReader.ParseLevel(p.Level!)), narrative.Paragraphs.Select(p => ((NarrativeKind?)p.Kind, p.Level)));
        // The partners are numbered as Europol numbered them: 1 to 13, then from 1 again under each part.
        Assert.Equal(["1. Albania", "13. Ukraine", "1. ECDC (European Centre for Disease Control)", "3. Morocco", "1. India"],
            narrative.Paragraphs.Where(p => p.Kind == NarrativeKind.Numbered).Select(p => p.Shown).Where((_, i) => i is 0 or 12 or 13 or 15 or 16));

        var tables = source.GetProperty("tables").EnumerateArray().ToList();
        Assert.Equal(tables.Select(t => t.GetProperty("sheet").GetString()), check.Tables.Select(t => t.Sheet));
        for (var i = 0; i < tables.Count; i++)
        {
            var rows = tables[i].GetProperty("rows").EnumerateArray().Select(SampleSources.Strings).ToList();
            var table = check.Tables[i];
            Assert.Equal("Cooperation agreements in force", table.Title);
            Assert.Equal(rows[0], table.Columns);
            Assert.Equal(rows.Skip(1).Select(r => string.Join("|", r.Concat(Enumerable.Repeat("", table.Columns.Count - r.Count)))), table.Rows.Select(r => string.Join("|", r.Cells)));
        }
        Assert.Equal(2, check.Findings.Count(f => f.Code == FindingCodes.TableAdditional));
        Assert.Contains(check.Findings, f => f.Code == FindingCodes.NarrativeRead && f.Message.Contains($"{paragraphs.Count} paragraph(s)"));
    }
}
