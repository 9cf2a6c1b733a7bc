using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Thb.Annex;
using ContributorKind = Thb.Cycles.ContributorKind;
using SectionTitle = Thb.Cycles.SectionTitle;
using Thb.Intake;
using Thb.Tests.Annex;
using static Thb.Tests.Annex.AnnexTestData;

namespace Thb.Tests.Sections;

/// <summary>A sectioned contributor in the annex: sub-section headings in the registry's order, rows under them, in the workbook and the exports.</summary>
public class SectionAnnexTests
{
    private static AnnexInput Input()
    {
        var austria = Contributor("austria", "Austria", 1);
        var commission = Contributor("european-commission", "European Commission", 2, ContributorKind.Commission) with { Sections = SectionReadingTests.Titles };
        SectionTitle Title(int i) => SectionReadingTests.Titles[i];
        // Stored in return order: the Development sheet came first in the workbook; one row from before the sections; one under a heading the registry lacks.
        var rows = new[]
        {
            Row(7, "Development one") with { Section = Title(2) },
            Row(8, "Development two") with { Section = Title(2) },
            Row(7, "Home one") with { Section = Title(0), Sheet = "DG Home Affairs" },
            Row(9, "Unsectioned"),
            Row(10, "Trade one") with { Section = new SectionTitle("DG Trade") },
        };
        return new AnnexInput(Cycle, "annex-2012-2-x", CompiledAt, AnnexFingerprint.Of([]),
        [
            new AnnexSection(new ContributorStatus(austria, Cycle.Deadline, Submission(austria, "s-at"), Submission(austria, "s-at")), [Row(7, "Austrian action")]),
            new AnnexSection(new ContributorStatus(commission, Cycle.Deadline, Submission(commission, "s-ec"), Submission(commission, "s-ec")), rows),
        ]);
    }

    [Fact]
    public void The_sub_sections_come_in_the_registrys_order_each_with_its_rows_and_unknown_headings_last()
    {
        var section = Input().Sections[1];
        Assert.Equal([("DG Home Affairs", true), ("DG Enlargement", true), ("DG Development Cooperation", true), ("DG Trade", false)],
            section.Subsections.Select(s => (s.Title.Text, s.Known)));
        Assert.Equal(["Home one", "Unsectioned"], section.Subsections[0].Rows.Select(r => r.Description.Raw));
        Assert.Empty(section.Subsections[1].Rows);
        Assert.Equal(["Home one", "Unsectioned", "Development one", "Development two", "Trade one"], section.InAnnexOrder.Select(r => r.Description.Raw));
        Assert.Empty(Input().Sections[0].Subsections);
    }

    [Fact]
    public void The_annex_sheet_shows_each_sub_section_under_its_heading_in_order_and_contents_still_point_at_the_sections()
    {
        var input = Input();
        using var workbook = new XLWorkbook(new MemoryStream(AnnexWorkbook.Write(input, AnnexAnalysis.Compute(input))));
        var annex = workbook.Worksheet(AnnexWorkbook.AnnexSheet);
        var lines = annex.RowsUsed().Select(r => r.Cell(1).GetString() + "|" + r.Cell(3).GetString()).ToList();
        var at = lines.IndexOf("European Commission|");
        Assert.True(at > 0);
        Assert.Equal(
        [
            "European Commission|", "DG Home Affairs|", ReturnHeaders, "Albania|Home one", "Albania|Unsectioned",
            "DG Enlargement|", AnnexWorkbook.NoActionsUnderHeading + "|",
            "DG Development Cooperation|", ReturnHeaders, "Albania|Development one", "Albania|Development two",
            "DG Trade (a heading of the return, not a section of the registry)|", ReturnHeaders, "Albania|Trade one",
        ], lines.Skip(at));
        // Rows on another sheet of the return name it in the hidden source column, so two sheets' row 7 never merge.
        Assert.Contains(annex.RowsUsed(), r => r.Cell(AnnexWorkbook.SourceColumn).GetString() == "european-commission/DG Home Affairs!7");
        var contents = workbook.Worksheet(AnnexWorkbook.ContentsSheet);
        var link = contents.RowsUsed().Single(r => r.Cell(2).GetString() == "European Commission").Cell(5).GetValue<int>();
        Assert.Equal("European Commission", annex.Cell(link, 1).GetString());
        var after = contents.RowsUsed().Single(r => r.Cell(2).GetString() == "Austria").Cell(5).GetValue<int>();
        Assert.Equal("Austria", annex.Cell(after, 1).GetString());
    }

    private static string ReturnHeaders => Thb.Intake.Returns.ReturnLayout.Header(Thb.Intake.Returns.ReturnColumn.CountryRegion) + "|" +
                                           Thb.Intake.Returns.ReturnLayout.Header(Thb.Intake.Returns.ReturnColumn.Description);

    [Fact]
    public void The_csv_and_json_carry_each_rows_section_in_annex_order()
    {
        var input = Input();
        var csv = Encoding.UTF8.GetString(AnnexCsv.Write(input)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",section,sheet", csv[0]);
        Assert.EndsWith(",,", csv[1]); // Austria: no section, no sheet
        Assert.Equal(["DG Home Affairs,DG Home Affairs", "DG Home Affairs,", "DG Development Cooperation,", "DG Development Cooperation,", "DG Trade,"],
            csv.Skip(2).Select(l => string.Join(',', l.Split(',')[^2..])));

        using var json = JsonDocument.Parse(AnnexJson.Write(input));
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().Skip(1).ToList();
        Assert.Equal(["DG Home Affairs", "DG Home Affairs", "DG Development Cooperation", "DG Development Cooperation", "DG Trade"],
            rows.Select(r => r.GetProperty("section").GetString()));
        var contributors = json.RootElement.GetProperty("contributors").EnumerateArray().ToList();
        Assert.False(contributors[0].TryGetProperty("sections", out _));
        Assert.Equal([2, 0, 2, 1], contributors[1].GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("rows").GetInt32()));
    }
}
