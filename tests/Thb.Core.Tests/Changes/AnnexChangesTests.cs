using ClosedXML.Excel;
using Thb.Annex;
using Thb.Changes;
using Thb.Publication;
using Thb.Tests.Annex;

namespace Thb.Tests.Changes;

public class AnnexChangesTests
{
    private static AnnexInput WithChanges()
    {
        var austria = AnnexTestData.Contributor("austria", "Austria", 1);
        var bulgaria = AnnexTestData.Contributor("bulgaria", "Bulgaria", 2);
        var trained = AnnexTestData.Row(7, "Training of judges and prosecutors in Tirana on victim identification");
        var shelter = AnnexTestData.Row(8, "Support to the shelter for victims of trafficking in Tirana", partner: "Different and Equal");
        var now = new[]
        {
            AnnexTestData.Row(7, "Training of prosecutors and judges in Tirana on victim identification", partner: "IOM and UNODC"),
            AnnexTestData.Row(9, "Awareness campaign for seasonal workers on labour exploitation", "Ukraine", [new Thb.Normalising.Places.Place(Thb.Normalising.Places.PlaceKind.Country, "Ukraine", "UA")]),
        };
        var changes = new CycleChanges(AnnexTestData.Cycle.Id, "2011-1",
        [
            new ContributorChanges(austria, Compared: true, HadPreviousReturn: true, RowMatcher.Match(now, [trained, shelter])),
            new ContributorChanges(bulgaria, Compared: false, HadPreviousReturn: true, []),
        ]);
        return AnnexTestData.Input(AnnexTestData.Section(austria, AnnexTestData.Submission(austria, "sub-austria"), now), AnnexTestData.Section(bulgaria, null)) with { Changes = changes };
    }

    [Fact]
    public void The_annex_has_a_changes_sheet_with_the_counts_and_each_labelled_row()
    {
        var input = WithChanges();
        using var workbook = new XLWorkbook(new MemoryStream(AnnexBuilder.Build(input).Xlsx));

        var sheet = workbook.Worksheet("Changes since 2011-1");
        var total = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "Total");
        Assert.Equal((1, 1, 1), ((int)total.Cell(2).GetDouble(), (int)total.Cell(3).GetDouble(), (int)total.Cell(4).GetDouble()));
        var rows = sheet.RowsUsed().Where(r => r.Cell(1).GetString() == "Austria" && r.Cell(2).GetString() is "new" or "continued" or "no longer reported")
            .Select(r => (r.Cell(2).GetString(), r.Cell(3).GetString(), r.Cell(4).GetString(), r.Cell(7).GetString())).ToList();
        Assert.Equal([("continued", "7", "7", "partner added"), ("new", "9", "", ""), ("no longer reported", "", "8", "")], rows);
        Assert.Contains(sheet.RowsUsed(), r => r.Cell(1).GetString() == "Bulgaria" && r.Cell(5).GetString().Contains("not compared", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_predecessor_the_annex_has_no_changes_sheet()
    {
        using var workbook = new XLWorkbook(new MemoryStream(AnnexBuilder.Build(WithChanges() with { Changes = null }).Xlsx));
        Assert.Equal(AnnexWorkbook.SheetNames, workbook.Worksheets.Select(w => w.Name).Take(AnnexWorkbook.SheetNames.Count));
        Assert.DoesNotContain(workbook.Worksheets, w => w.Name.StartsWith("Changes", StringComparison.Ordinal));
    }

    [Fact]
    public void The_publication_rows_carry_their_label_and_the_previous_cycle_its_rows_no_longer_reported()
    {
        var publication = PublicationInputs.From(WithChanges(), WithChanges().Changes!.ToPublication());

        var rows = publication.Sections.Single(s => s.Contributor.Id == "austria").Rows;
        Assert.Equal([(RowChange?)RowChange.Continued, RowChange.New], rows.Select(r => r.Change));
        Assert.Equal(RowAmendments.PartnerAdded, rows[0].Amendments); // the words only reordered
        Assert.Equal("2011-1", publication.Previous!.CycleId);
        Assert.Equal("austria", Assert.Single(publication.Previous.NoLongerReported).ContributorId);
    }

    [Fact]
    public void The_exports_label_each_row_and_list_the_rows_no_longer_reported()
    {
        var files = AnnexBuilder.Build(WithChanges());

        var csv = System.Text.Encoding.UTF8.GetString(files.Csv).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        // change and whatChanged, then section and sheet (empty here: no sub-sections), added at the end.
        Assert.EndsWith(",change,whatChanged,section,sheet", csv[0], StringComparison.Ordinal);
        Assert.EndsWith(",continued,partner-added,,", csv[1], StringComparison.Ordinal);
        Assert.EndsWith(",new,,,", csv[2], StringComparison.Ordinal);

        using var json = System.Text.Json.JsonDocument.Parse(files.Json);
        Assert.Equal("2011-1", json.RootElement.GetProperty("previousCycle").GetString());
        var gone = Assert.Single(json.RootElement.GetProperty("changes").EnumerateArray(), c => c.GetProperty("label").GetString() == "no-longer-reported");
        Assert.Equal(8, gone.GetProperty("previousRow").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, gone.GetProperty("row").ValueKind);
    }

    [Fact]
    public void A_long_cycle_id_still_makes_a_sheet_name_excel_accepts() =>
        Assert.Equal(31, AnnexChangesSheet.Name(new CycleChanges("c", "t-0123456789abcdef0123456789", [])).Length);
}
