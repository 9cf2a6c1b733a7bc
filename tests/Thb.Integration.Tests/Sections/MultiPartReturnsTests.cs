using System.Text;
using ClosedXML.Excel;
using Thb.Annex;
using Thb.IntegrationTests.Cli;
using Thb.Intake.Returns;

namespace Thb.IntegrationTests.Sections;

/// <summary>
/// Issue 19 on Azurite: the Commission's three sub-sections and Europol's narrative and agreement tables go through
/// the intake to the annex workbook and its exports; read back with ClosedXML, every description, paragraph and table
/// cell is there exactly once, in order, under the right heading.
/// </summary>
public class MultiPartReturnsTests
{
    private static readonly Lazy<Task<MultiPartScenario>> Scenario = new(MultiPartScenario.CreateAsync);

    [Fact]
    public async Task The_intake_records_the_sub_sections_the_tables_and_the_narrative_of_each_return()
    {
        var scenario = await Scenario.Value;
        var statuses = await scenario.Services.Queries.StatusAsync(scenario.Cycle);
        Assert.All(statuses, s => Assert.True(s.HasAccepted, s.Contributor.Id));
        var commission = statuses.Single(s => s.Contributor.Id == "european-commission").Current!;
        Assert.Equal([("DG Home Affairs", 14), ("DG Enlargement", 15), ("DG Development Cooperation", 19)], commission.Sections.Select(s => (s.Title.Text, s.Rows)));
        Assert.Equal(48, commission.Rows);
        var europol = statuses.Single(s => s.Contributor.Id == "europol").Current!;
        Assert.Equal((0, 2, MultiPartScenario.Paragraphs("europol").Count), (europol.Rows, europol.Tables, europol.Paragraphs));
        var stored = await scenario.Services.Storage.Container(Thb.Storage.StorageNames.Containers.RowData)
            .GetBlobClient(Thb.Intake.ReturnPartsStore.BlobName(europol)).ExistsAsync();
        Assert.True(stored.Value);
    }

    [Fact]
    public async Task The_annex_sheet_has_every_commission_action_once_in_order_under_its_sub_section()
    {
        var scenario = await Scenario.Value;
        using var workbook = new XLWorkbook(new MemoryStream(await scenario.ReadAsync(AnnexFormat.Xlsx)));
        var annex = workbook.Worksheet(AnnexWorkbook.AnnexSheet);
        var titles = MultiPartScenario.CommissionSections.Select(s => s.Text).ToHashSet();
        string? contributor = null, heading = null;
        var seen = new List<(string Heading, string Source, string[] Cells)>();
        foreach (var row in annex.RowsUsed().Skip(1))
        {
            var first = row.Cell(1).GetString();
            var source = row.Cell(AnnexWorkbook.SourceColumn).GetString();
            if (source.Length == 0)
            {
                if (first is "Austria" or "Europol" or "European Commission") (contributor, heading) = (first, null);
                else if (contributor == "European Commission" && titles.Contains(first)) heading = first;
                continue;
            }
            if (contributor != "European Commission") continue;
            var cells = Enumerable.Range(1, 6).Select(c => row.Cell(c).GetString()).ToArray();
            // A long cell continues in the rows below under the same source: joined, it is the text again.
            if (seen.Count > 0 && seen[^1].Source == source) seen[^1] = seen[^1] with { Cells = seen[^1].Cells.Zip(cells, (a, b) => a + b).ToArray() };
            else seen.Add((heading!, source, cells));
        }
        var expected = MultiPartScenario.CommissionRows;
        Assert.Equal(expected.Select(e => e.Section), seen.Select(s => s.Heading));
        Assert.Equal(expected.Select(e => string.Join("|", e.Cells)), seen.Select(s => string.Join("|", s.Cells)));
        // The headings come in the registry's order, each once.
        var headingRows = annex.RowsUsed().Select(r => r.Cell(1).GetString()).Where(titles.Contains).ToList();
        Assert.Equal(MultiPartScenario.CommissionSections.Select(s => s.Text), headingRows);
    }

    [Fact]
    public async Task Europols_narrative_is_in_its_section_once_in_order_and_each_agreement_table_on_its_own_sheet_as_written()
    {
        var scenario = await Scenario.Value;
        using var workbook = new XLWorkbook(new MemoryStream(await scenario.ReadAsync(AnnexFormat.Xlsx)));
        var annex = workbook.Worksheet(AnnexWorkbook.AnnexSheet);
        var rows = annex.RowsUsed().Select(r => r.Cell(1).GetString()).ToList();
        var start = rows.IndexOf("Europol") + 1;
        var links = rows.FindIndex(start, r => r.StartsWith("Additional table", StringComparison.Ordinal));
        var text = string.Concat(rows.Skip(start).Take(links - start));
        var paragraphs = MultiPartScenario.Paragraphs("europol");
        Assert.Equal(string.Concat(paragraphs), text);
        Assert.All(paragraphs.Where(p => p.Length > 20), p => Assert.Equal(text.IndexOf(p, StringComparison.Ordinal), text.LastIndexOf(p, StringComparison.Ordinal)));
        Assert.Equal("European Commission", rows[links + 2]); // two link lines, then the next contributor

        var tables = MultiPartScenario.Source("europol").GetProperty("tables").EnumerateArray().ToList();
        for (var i = 0; i < tables.Count; i++)
        {
            var sheet = workbook.Worksheet($"Europol – table {i + 1}");
            var source = tables[i].GetProperty("rows").EnumerateArray().Select(MultiPartScenario.Strings).ToList();
            var width = source[0].Count;
            var written = sheet.RowsUsed().Where(r => r.RowNumber() >= 4)
                .Select(r => string.Join("|", Enumerable.Range(1, width).Select(c => r.Cell(c).GetString()))).ToList();
            Assert.Equal(source.Select(r => string.Join("|", r.Concat(Enumerable.Repeat("", width - r.Count)))), written);
            Assert.Contains("Cooperation agreements in force", sheet.Cell(1, 1).GetString());
            var link = annex.RowsUsed().Single(r => r.Cell(1).GetString() == rows[links + i]).Cell(1);
            Assert.Equal($"'Europol – table {i + 1}'!A1", link.GetHyperlink().InternalAddress);
        }
        // Not in the analysis: the places sheet counts the actions of Austria and the Commission only.
        Assert.Equal(workbook.Worksheet(AnnexWorkbook.ContentsSheet).RowsUsed().Single(r => r.Cell(2).GetString() == "Total").Cell(4).GetValue<int>(),
            (await scenario.Services.Queries.CurrentRowsAsync(scenario.Cycle)).Count);
    }

    [Fact]
    public async Task The_exports_carry_the_sections_in_order_and_the_cli_shows_them()
    {
        var scenario = await Scenario.Value;
        var csv = Encoding.UTF8.GetString(await scenario.ReadAsync(AnnexFormat.Csv));
        Assert.Contains(",section,sheet\r\n", csv);
        var json = Encoding.UTF8.GetString(await scenario.ReadAsync(AnnexFormat.Json));
        Assert.Contains("\"sections\":[{\"title\":\"DG Home Affairs\",\"known\":true,\"rows\":14}", json);

        var status = await CliRunner.RunOnTestStorageAsync("status", "--cycle", scenario.Cycle.Id);
        Assert.Contains("sections: DG Home Affairs 14 | DG Enlargement 15 | DG Development Cooperation 19", status.Out);
        var rows = await CliRunner.RunOnTestStorageAsync("rows", "--cycle", scenario.Cycle.Id, "--contributor", "european-commission");
        var headings = rows.Out.Split('\n').Where(l => l.Contains(" — DG ", StringComparison.Ordinal)).Select(l => l[(l.IndexOf(" — ", StringComparison.Ordinal) + 3)..].Trim()).ToList();
        Assert.Equal(["DG Home Affairs", "DG Enlargement", "DG Development Cooperation"], headings);
        var statusJson = await CliRunner.RunOnTestStorageAsync("status", "--cycle", scenario.Cycle.Id, "--json");
        Assert.Contains("\"title\": \"DG Enlargement\"", statusJson.Out);
    }
}

/// <summary>The same scenario's Council document, read back by LibreOffice (soffice --convert-to txt): one line per paragraph and per table cell.</summary>
public class MultiPartCouncilDocumentTests
{
    private static readonly Lazy<Task<(MultiPartScenario Scenario, string[] Lines)>> Document = new(async () =>
    {
        var scenario = await MultiPartScenario.CreateAsync();
        var folder = Directory.CreateTempSubdirectory("thb-council-").FullName;
        var docx = Path.Combine(folder, "annex.docx");
        await File.WriteAllBytesAsync(docx, await scenario.ReadAsync(AnnexFormat.Docx));
        return (scenario, await Thb.IntegrationTests.Publication.DocxReading.LibreOfficeLinesAsync(docx));
    });

    /// <summary>The lines of the annex part: from its ANNEX heading on (the cover and the contents name the contributors too).</summary>
    private static async Task<List<string>> AnnexLinesAsync()
    {
        var (_, lines) = await Document.Value;
        return lines.SkipWhile(l => l != Thb.Publication.Document.CouncilDocument.AnnexHeading).ToList();
    }

    [Fact]
    public async Task The_commissions_sub_sections_come_under_their_headings_each_action_once_in_order()
    {
        var lines = await AnnexLinesAsync();
        var expected = new List<string>();
        expected.AddRange(MultiPartScenario.Paragraphs("commission"));
        foreach (var group in MultiPartScenario.CommissionRows.GroupBy(r => r.Section))
        {
            expected.Add(group.Key);
            expected.AddRange(Thb.Publication.AnnexCells.Headers);
            foreach (var row in group) expected.AddRange(row.Cells);
        }
        var at = lines.IndexOf("European Commission");
        Assert.True(at > 0, "no European Commission heading");
        Assert.Equal(expected, lines.Skip(at + 1).Take(expected.Count));
        // Once per action: as often as the source has it (the two Jordan actions share their description).
        foreach (var group in MultiPartScenario.CommissionRows.GroupBy(r => r.Cells[2]))
            Assert.Equal(group.Count(), lines.Count(l => l == group.Key));
    }

    [Fact]
    public async Task Europols_narrative_and_agreement_tables_come_in_its_section_once_in_order_as_written()
    {
        var lines = await AnnexLinesAsync();
        var expected = new List<string>(MultiPartScenario.Paragraphs("europol"));
        foreach (var table in MultiPartScenario.Source("europol").GetProperty("tables").EnumerateArray())
        {
            expected.Add(table.GetProperty("title").GetString()!);
            var rows = table.GetProperty("rows").EnumerateArray().Select(MultiPartScenario.Strings).ToList();
            foreach (var row in rows) expected.AddRange(row.Concat(Enumerable.Repeat("", rows[0].Count - row.Count)));
        }
        var at = lines.IndexOf("Europol");
        Assert.True(at > 0, "no Europol heading");
        Assert.Equal(expected, lines.Skip(at + 1).Take(expected.Count));
        Assert.Equal("European Commission", lines.Skip(at + 1 + expected.Count).First(l => l.Length > 0));
        Assert.All(MultiPartScenario.Paragraphs("europol").Where(p => p.Length > 30), p => Assert.Single(lines, p));
    }

    [Fact]
    public async Task The_contents_list_the_sub_sections_under_the_commission()
    {
        var (_, lines) = await Document.Value;
        var contents = lines.TakeWhile(l => l != Thb.Publication.Document.CouncilDocument.AnnexHeading).ToList();
        var entries = contents.Where(l => l.Contains('\t')).Select(l => l[..l.IndexOf('\t')]).ToList();
        var commission = entries.IndexOf("European Commission");
        Assert.Equal(MultiPartScenario.CommissionSections.Select(s => s.Text), entries.Skip(commission + 1).Take(3));
    }
}
