using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Thb.Annex;
using Thb.Cycles;
using Thb.Normalising.Durations;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;
using Thb.Publication;
using Thb.Publication.Charts;
using Thb.Publication.Map;
using Thb.Publication.Priorities;
using FundingValue = Thb.Normalising.Funding.Funding;

namespace Thb.Tests.Publication;

/// <summary>The annex's "Priority countries and regions" sheet, read back with ClosedXML and checked against figures worked out here from the rows.</summary>
public class PrioritySheetTests
{
    private static readonly byte[] Xlsx = AnnexBuilder.Build(PublicationSamples.AnnexInput).Xlsx;

    private static readonly string[] WesternBalkans = ["AL", "BA", "ME", "MK", "RS", "XK"];

    /// <summary>The data rows of the table under the section title <paramref name="title"/>, with its header row's texts.</summary>
    private static (string[] Headers, List<IXLRow> Rows) Table(IXLWorksheet sheet, string title)
    {
        var start = sheet.RowsUsed().First(r => r.Cell(1).GetString() == title).RowNumber();
        var header = sheet.Row(start + 1);
        var headers = header.CellsUsed().Select(c => c.GetString()).ToArray();
        var rows = new List<IXLRow>();
        for (var r = start + 2; !sheet.Row(r).IsEmpty(); r++) rows.Add(sheet.Row(r));
        return (headers, rows);
    }

    private static IXLCell Cell(IXLRow row, string[] headers, string header) => row.Cell(Array.IndexOf(headers, header) + 1);

    [Fact]
    public void The_annex_has_the_sheet_before_Charts_valid_and_listed_in_the_contents()
    {
        using (var document = SpreadsheetDocument.Open(new MemoryStream(Xlsx), false))
        {
            var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
        using var workbook = new XLWorkbook(new MemoryStream(Xlsx));
        Assert.Equal([.. AnnexWorkbook.SheetNames, PrioritySheet.Name, ChartsSheet.DefaultName], workbook.Worksheets.Select(w => w.Name));
        var link = workbook.Worksheet(AnnexWorkbook.ContentsSheet).RowsUsed().Single(r => r.Cell(2).GetString() == PrioritySheet.Name).Cell(2).GetHyperlink();
        Assert.Equal($"'{PrioritySheet.Name}'!A1", link.InternalAddress);
    }

    [Fact]
    public void Third_countries_are_ranked_with_actions_contributors_and_funding_kept_apart_as_the_rows_say()
    {
        using var workbook = new XLWorkbook(new MemoryStream(Xlsx));
        var (headers, lines) = Table(workbook.Worksheet(PrioritySheet.Name), "Third countries");
        var rows = PublicationSamples.Rows.ToList();
        var eu = Thb.Publication.Regions.RegionCatalogue.Default.EuMemberStates;
        var codes = rows.SelectMany(x => x.Row.CountryRegion.Places).Where(p => p.Kind == PlaceKind.Country && !eu.Contains(p.Code!)).Select(p => p.Code!).Distinct();
        Assert.Equal(codes.Order(), lines.Select(l => Cell(l, headers, "Code").GetString()).Order());
        foreach (var line in lines)
        {
            var code = Cell(line, headers, "Code").GetString();
            var here = rows.Where(x => x.Row.CountryRegion.Places.Any(p => p.Kind == PlaceKind.Country && p.Code == code)).ToList();
            Assert.Equal(here.Count, Cell(line, headers, "Actions").GetDouble());
            Assert.Equal(here.Where(x => x.Contributor.Kind == ContributorKind.MemberState).Select(x => x.Contributor.Id).Distinct().Count(), Cell(line, headers, "Member States").GetDouble());
            var amounts = here.Where(x => x.Row.Funding.Kind == FundingKind.Amount).ToList();
            Assert.Equal((double)amounts.Sum(x => x.Row.Funding.AmountEur ?? 0m), Cell(line, headers, "EUR amounts").GetDouble());
            Assert.Equal(amounts.Count, Cell(line, headers, "Actions with an EUR amount").GetDouble());
            var ranges = here.Where(x => x.Row.Funding.Kind == FundingKind.Range).ToList();
            Assert.Equal((double)ranges.Sum(x => x.Row.Funding.MinEur ?? 0m), Cell(line, headers, "EUR ranges: sum of minimums").GetDouble());
            Assert.Equal((double)ranges.Sum(x => x.Row.Funding.MaxEur ?? 0m), Cell(line, headers, "EUR ranges: sum of maximums").GetDouble());
            foreach (var currency in here.Where(x => x.Row.Funding.Kind == FundingKind.OtherCurrency).Select(x => x.Row.Funding.Original!.Value.Currency))
                Assert.Contains(currency, Cell(line, headers, "Other currencies (not converted, not in EUR)").GetString());
            var years = here.SelectMany(x => new[] { x.Row.Duration.Start, x.Row.Duration.End }).OfType<PartialDate>().Select(d => d.Year).ToList();
            if (years.Count > 0) Assert.Equal((years.Min(), years.Max()), ((int)Cell(line, headers, "From year").GetDouble(), (int)Cell(line, headers, "To year").GetDouble()));
        }
        Assert.Equal(Enumerable.Range(1, lines.Count), lines.Select(l => (int)l.Cell(1).GetDouble()));
        Assert.Equal(lines.Select(l => Cell(l, headers, "Actions").GetDouble()).OrderDescending(), lines.Select(l => Cell(l, headers, "Actions").GetDouble()));
        // No previous cycle: no change columns, and the sheet says why.
        Assert.DoesNotContain(headers, h => h.StartsWith("New since", StringComparison.Ordinal));
        Assert.Contains("There is no previous cycle to compare with.", workbook.Worksheet(PrioritySheet.Name).Cell(2, 1).GetString());
    }

    [Fact]
    public void Regions_are_shown_both_ways_and_Kosovo_as_the_Council_names_it()
    {
        using var workbook = new XLWorkbook(new MemoryStream(Xlsx));
        var sheet = workbook.Worksheet(PrioritySheet.Name);
        var (headers, lines) = Table(sheet, "Regions");
        var rows = PublicationSamples.Rows.ToList();
        var balkans = lines.Single(l => l.Cell(2).GetString() == "Western Balkans");
        var named = rows.Where(x => x.Row.CountryRegion.Places.Any(p => p.Kind == PlaceKind.Region && p.Name == "Western Balkans")).ToList();
        var rolledUp = rows.Where(x => named.Contains(x) || x.Row.CountryRegion.Places.Any(p => p.Kind == PlaceKind.Country && WesternBalkans.Contains(p.Code))).ToList();
        Assert.Equal(named.Count, Cell(balkans, headers, "Actions naming the region itself").GetDouble());
        Assert.Equal(rolledUp.Count, Cell(balkans, headers, "Actions").GetDouble());
        Assert.Contains("Kosovo*", Cell(balkans, headers, "Its countries with actions").GetString());
        Assert.Equal("EU policy grouping", Cell(balkans, headers, "Defined by").GetString());

        var (countryHeaders, countries) = Table(sheet, "Third countries");
        Assert.Equal("Kosovo*", countries.Single(l => Cell(l, countryHeaders, "Code").GetString() == "XK").Cell(2).GetString());
        Assert.Contains(sheet.RowsUsed(), r => r.Cell(1).GetString() == KosovoDesignation.Footnote);
        var (_, organisations) = Table(sheet, "Organisations (no territory)");
        Assert.Contains(organisations, o => o.Cell(2).GetString() == "UNODC");
    }

    [Fact]
    public void With_a_previous_cycle_the_change_since_it_has_columns_of_its_own_and_an_empty_list_says_so()
    {
        var none = new FundingValue("", FundingKind.Empty, null, null, null, null);
        PublicationRow Row(string code, RowChange change) => new(1, new AnnexCells(code, "", "", "", "", ""), [new Place(PlaceKind.Country, code, code)], null,
            new Duration("2010", DurationKind.Single, new PartialDate(2010), new PartialDate(2010), false), none, change);
        var input = PublicationTestData.Input(PublicationTestData.Section(PublicationTestData.Austria, Row("AL", RowChange.New), Row("AL", RowChange.Continued), Row("AL", RowChange.New))) with
        {
            Previous = new PreviousCycleChanges("2011-1", [new NoLongerReported("austria", [new Place(PlaceKind.Country, "Albania", "AL")])]),
        };
        var view = PriorityAnalysis.Compute(input);
        var annex = PublicationSamples.AnnexInput;
        var xlsx = WorkbookPublication.AddTo(AnnexWorkbook.Write(annex, AnnexAnalysis.Compute(annex)), input, view, MapPicture.Of(ActionMap.From(input, view), scale: 1),
            [PrioritySheet.For(CycleId.Parse(input.CycleId), view)]);

        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = workbook.Worksheet(PrioritySheet.Name);
        var (headers, lines) = Table(sheet, "Third countries");
        var albania = Assert.Single(lines);
        Assert.Equal((2.0, 1.0, 1.0), (Cell(albania, headers, "New since 2011-1").GetDouble(), Cell(albania, headers, "Continued").GetDouble(),
            Cell(albania, headers, "2011-1: no longer reported").GetDouble()));
        Assert.Contains("since cycle 2011-1", sheet.Cell(2, 1).GetString());
        var organisations = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "Organisations (no territory)").RowNumber();
        Assert.Equal("No organisation is named in the accepted returns.", sheet.Cell(organisations + 1, 1).GetString());
    }
}
