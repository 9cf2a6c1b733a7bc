using Thb.Cycles;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Thb.Annex;
using Thb.IntegrationTests.Cli;
using Thb.IntegrationTests.Intake;
using Thb.Normalising.Forms;
using Thb.Intake.Returns;

namespace Thb.IntegrationTests.Annex;

[Collection(AnnexCollection.Name)]
public class AnnexCompileTests
{
    [Fact]
    public async Task The_annex_of_the_sample_returns_holds_every_description_once_in_protocol_order_with_totals_matching_thb_rows()
    {
        var scenario = await AnnexScenario.WithSamplesAsync();
        var outcome = await scenario.Services.Annex.CompileAsync(scenario.Cycle);
        var rowsJson = await CliRunner.RunOnTestStorageAsync("rows", "--cycle", scenario.Cycle.Id, "--json");
        Assert.Equal(0, rowsJson.ExitCode);
        var rows = JsonSerializer.Deserialize<List<ReturnRow>>(rowsJson.Out, ReturnJson.Options)!;
        Assert.Equal(rows.Count, outcome.Version.Rows);
        Assert.True(rows.Count > 50, $"{rows.Count} rows");

        using var workbook = new XLWorkbook(new MemoryStream(await AnnexScenario.LatestAsync(scenario, AnnexFormat.Xlsx)));
        var annexRows = AnnexReading.Rows(workbook);

        // Every row once, in protocol order (Austria, Bulgaria, Cyprus, Germany, then Eurojust), all six cells as written.
        Assert.Equal(rows.Select(r => AnnexWorkbook.SourceOf(ContributorId.Parse(r.Contributor), r.Row)), annexRows.Select(r => r.Source));
        Assert.Equal(["austria", "bulgaria", "cyprus", "germany", "eurojust"], annexRows.Select(r => r.Source.Split('/')[0]).Distinct());
        for (var i = 0; i < rows.Count; i++)
            Assert.Equal([rows[i].CountryRegion.Raw, rows[i].Form.Raw, rows[i].Description.Raw, rows[i].Partner.Raw, rows[i].Duration.Raw, rows[i].Funding.Raw], annexRows[i].Cells);
        // Each description as often as rows carry it (delegations repeat some word for word), no more, no less.
        Assert.Equal(rows.GroupBy(r => r.Description.Raw).ToDictionary(g => g.Key, g => g.Count()),
            annexRows.GroupBy(r => r.Cells[2]).ToDictionary(g => g.Key, g => g.Count()));

        AssertPlaces(workbook, rows);
        AssertForms(workbook, rows);
        AssertFunding(workbook, rows);
    }

    private static string KindLabel(PlaceKind kind) => kind switch { PlaceKind.Country => "Country", PlaceKind.Region => "Region", PlaceKind.Organisation => "Organisation", _ => "None" };

    private static decimal? Eur(ReturnRow r) => r.Funding.Kind == FundingKind.Amount ? r.Funding.AmountEur : null;

    private static void AssertPlaces(XLWorkbook workbook, List<ReturnRow> rows)
    {
        var expected = rows
            .SelectMany(r => (r.CountryRegion.Places.Count == 0 ? [("None", "(no place recognised)")] : r.CountryRegion.Places.Select(p => (KindLabel(p.Kind), p.Code ?? p.Name)))
                .Distinct().Select(key => (Key: key, Row: r)))
            .GroupBy(x => x.Key)
            .ToDictionary(g => g.Key, g => (Actions: g.Count(), Contributors: g.Select(x => x.Row.Contributor).Distinct().Count(),
                Eur: g.Sum(x => Eur(x.Row) ?? 0m), With: g.Count(x => Eur(x.Row) is not null)));
        var sheet = AnnexReading.Table(workbook, AnnexWorkbook.PlacesSheet, "Kind")
            .ToDictionary(r => (r["Kind"].GetString(), r["Code"].GetString() is { Length: > 0 } code ? code : r["Place"].GetString()),
                r => (Actions: (int)r["Actions"].GetDouble(), Contributors: (int)r["Contributors"].GetDouble(), Eur: AnnexReading.Number(r["EUR total"]),
                    With: (int)r["Rows with an EUR amount"].GetDouble(), Without: (int)r["Rows without"].GetDouble()));
        Assert.Equal(expected.Keys.Order(), sheet.Keys.Order());
        foreach (var (key, e) in expected)
            Assert.Equal((e.Actions, e.Contributors, Math.Round(e.Eur, 2), e.With, e.Actions - e.With), sheet[key]);
        Assert.Contains(sheet.Keys, k => k.Item1 == "Country");
    }

    private static void AssertForms(XLWorkbook workbook, List<ReturnRow> rows)
    {
        var expected = rows.GroupBy(r => r.Form.Category is { } c ? ActionCategories.Label(c) : "(not stated)")
            .ToDictionary(g => g.Key, g => (Actions: g.Count(), Contributors: g.Select(r => r.Contributor).Distinct().Count(),
                Eur: Math.Round(g.Sum(r => Eur(r) ?? 0m), 2), With: g.Count(r => Eur(r) is not null)));
        var table = AnnexReading.Table(workbook, AnnexWorkbook.FormsSheet, "Form of action");
        var lines = table.Where(r => r["Form of action"].GetString() != "Total" && r["Actions"].GetDouble() > 0)
            .ToDictionary(r => r["Form of action"].GetString(), r => (Actions: (int)r["Actions"].GetDouble(), Contributors: (int)r["Contributors"].GetDouble(),
                Eur: AnnexReading.Number(r["EUR total"]), With: (int)r["Rows with an EUR amount"].GetDouble()));
        Assert.Equal(expected.OrderBy(e => e.Key), lines.OrderBy(l => l.Key));
        var total = table.Single(r => r["Form of action"].GetString() == "Total");
        Assert.Equal(rows.Count, (int)total["Actions"].GetDouble());
        Assert.Equal(Math.Round(rows.Sum(r => Eur(r) ?? 0m), 2), AnnexReading.Number(total["EUR total"]));
    }

    private static void AssertFunding(XLWorkbook workbook, List<ReturnRow> rows)
    {
        var names = IntakeScenario.SampleContributors.ToDictionary(c => c.Id, c => c.Name);
        (int, decimal, int, int, decimal, decimal, int, int, int, int, int) Figures(IEnumerable<ReturnRow> group)
        {
            var list = group.ToList();
            int Count(FundingKind kind) => list.Count(r => r.Funding.Kind == kind);
            return (list.Count, Math.Round(list.Sum(r => Eur(r) ?? 0m), 2), list.Count(r => Eur(r) is not null), Count(FundingKind.Range),
                Math.Round(list.Where(r => r.Funding.Kind == FundingKind.Range).Sum(r => r.Funding.MinEur ?? 0m), 2),
                Math.Round(list.Where(r => r.Funding.Kind == FundingKind.Range).Sum(r => r.Funding.MaxEur ?? 0m), 2),
                Count(FundingKind.OtherCurrency), Count(FundingKind.NonMonetary), Count(FundingKind.NotAvailable), Count(FundingKind.Placeholder), Count(FundingKind.Empty));
        }
        var expected = rows.GroupBy(r => names[ContributorId.Parse(r.Contributor!)]).Select(g => (g.Key, Figures(g))).Append(("Total", Figures(rows))).ToList();
        var sheet = AnnexReading.Table(workbook, AnnexWorkbook.FundingSheet, "Contributor").Select(r => (r["Contributor"].GetString(), (
            (int)r["Actions"].GetDouble(), AnnexReading.Number(r["EUR total"]), (int)r["Rows with an EUR amount"].GetDouble(), (int)r["Ranges"].GetDouble(),
            AnnexReading.Number(r["Ranges: total of minimums"]), AnnexReading.Number(r["Ranges: total of maximums"]), (int)r["Other currency"].GetDouble(),
            (int)r["Non-monetary"].GetDouble(), (int)r["Not available"].GetDouble(), (int)r["Placeholder"].GetDouble(), (int)r["Empty"].GetDouble()))).ToList();
        Assert.Equal(expected, sheet);
        Assert.True(expected[^1].Item2.Item2 > 0, "the samples state some EUR amounts");
    }

    [Fact]
    public async Task A_40000_character_description_reaches_the_annex_and_both_exports_whole()
    {
        var scenario = await AnnexScenario.WithSamplesAsync("Austria");
        var description = "=" + string.Concat(Enumerable.Range(0, 4000).Select(i => $"Word{i:D5}" + (i % 50 == 49 ? "\n" : " ")))[1..];
        Assert.Equal(40_000, description.Length);
        var workbook = Thb.Tests.Intake.RawXlsx.Return("Cyprus", scenario.Cycle.Id, ["Serbia", "Training", description, "IOM", "2010", "1.000 EUR"]).Build();
        await scenario.RunFunctionAsync(await scenario.UploadAsync("cyprus", "long.xlsx", workbook));

        await scenario.Services.Annex.CompileAsync(scenario.Cycle);

        using (var annex = new XLWorkbook(new MemoryStream(await AnnexScenario.LatestAsync(scenario, AnnexFormat.Xlsx))))
        {
            var row = Assert.Single(AnnexReading.Rows(annex), r => r.Source.StartsWith("cyprus/", StringComparison.Ordinal));
            Assert.Equal(description, row.Cells[2]);
            Assert.Equal("Serbia", row.Cells[0]);
            var parts = annex.Worksheet(AnnexWorkbook.AnnexSheet).RowsUsed().Where(r => r.Cell(AnnexWorkbook.SourceColumn).GetString() == row.Source).ToList();
            Assert.True(parts.Count > 1);
            // A description starting with "=" is the delegation's text, not a formula.
            Assert.Equal(XLDataType.Text, parts[0].Cell(3).DataType);
            Assert.False(parts[0].Cell(3).HasFormula);
        }

        using var json = JsonDocument.Parse(await AnnexScenario.LatestAsync(scenario, AnnexFormat.Json));
        var jsonRow = json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("contributor").GetString() == "cyprus");
        Assert.Equal(description, jsonRow.GetProperty("description").GetProperty("raw").GetString());

        var csv = Encoding.UTF8.GetString(await AnnexScenario.LatestAsync(scenario, AnnexFormat.Csv));
        Assert.StartsWith("\uFEFF", csv);
        // Neutralised with a leading apostrophe and quoted (it holds line breaks); otherwise whole.
        Assert.Contains("\"'" + description + "\"", csv);
    }

    [Fact]
    public async Task LibreOffice_converts_the_annex_to_pdf_and_the_annex_prints_one_page_wide()
    {
        var scenario = await AnnexScenario.WithSamplesAsync();
        var outcome = await scenario.Services.Annex.CompileAsync(scenario.Cycle);
        var xlsx = await scenario.Services.Annex.ReadAsync(outcome.Version, AnnexFormat.Xlsx);

        // As written: fit to one page wide, any number of pages down, A4 landscape, header row repeated.
        var setup = AnnexReading.SheetXml(xlsx, AnnexWorkbook.AnnexSheet).Descendants().Single(e => e.Name.LocalName == "pageSetup");
        Assert.Equal(("1", "0", "landscape", "9"), ((string?)setup.Attribute("fitToWidth"), (string?)setup.Attribute("fitToHeight"), (string?)setup.Attribute("orientation"), (string?)setup.Attribute("paperSize")));

        var file = Path.Combine(Directory.CreateTempSubdirectory("annex-").FullName, outcome.Version.FileName(AnnexFormat.Xlsx));
        await File.WriteAllBytesAsync(file, xlsx);
        var (run, pdf) = await OfficeTools.ToPdfAsync(file);
        Assert.True(run.ExitCode == 0 && File.Exists(pdf), $"soffice exit {run.ExitCode}: {run.Out} {run.Error}");

        // As printed: every page A4 landscape; every page of the Annex sheet carries the whole repeated header row,
        // first column to last, so no column spilled onto a page of its own.
        var sizes = await OfficeTools.PageSizesAsync(pdf);
        Assert.All(sizes, s => Assert.True(Math.Abs(s.Width - 841.89) < 1 && Math.Abs(s.Height - 595.3) < 1, $"{s.Width} x {s.Height}"));
        var annexPages = new List<string>();
        for (var page = 1; page <= sizes.Count; page++)
        {
            var text = await OfficeTools.PageTextAsync(pdf, page);
            // The footer names the sheet in its centre: "Cycle … | Annex | Page n of N".
            if (System.Text.RegularExpressions.Regex.IsMatch(text, @"\s{2,}" + AnnexWorkbook.AnnexSheet + @"\s{2,}Page \d+ of \d+")) annexPages.Add(text);
        }
        Assert.True(annexPages.Count >= 2, $"{annexPages.Count} annex pages of {sizes.Count}");
        Assert.All(annexPages, text =>
        {
            Assert.Contains("Country/ region or", text);
            Assert.Contains("Description of actions and activities", text);
            Assert.Contains("Partner organisation", text);
            Assert.Contains("Funding in EUR", text);
        });
    }
}
