using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Thb.Portal;
using Thb.Annex;
using Thb.Functions.Annex;
using Thb.IntegrationTests.Cli;

namespace Thb.IntegrationTests.Annex;

[Collection(AnnexCollection.Name)]
public class AnnexDownloadTests
{
    private static HttpRequest Request(string? query = null)
    {
        var context = new DefaultHttpContext();
        if (query is not null) context.Request.QueryString = new QueryString(query);
        return context.Request;
    }

    private static async Task<byte[]> ReadAsync(FileDownload file)
    {
        await using var stream = file.Content;
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory);
        return memory.ToArray();
    }

    private static async Task<IResult> RunAsync(AnnexDownloadFunction function, string? query, string cycle) =>
        await function.RunAsync(Request(query), cycle, CancellationToken.None);

    [Fact]
    public async Task The_download_returns_the_latest_annex_or_its_exports()
    {
        var scenario = await AnnexScenario.WithSamplesAsync("Cyprus");
        var function = new AnnexDownloadFunction(new AnnexDownloads(scenario.Services.Annex));

        Assert.IsType<NotFound<PortalMessage>>(await RunAsync(function, null, scenario.Cycle.Id) is INestedHttpResult n ? n.Result : null);

        var version = (await scenario.Services.Annex.CompileAsync(scenario.Cycle)).Version;
        var xlsx = Assert.IsType<FileDownload>(((INestedHttpResult)await RunAsync(function, null, scenario.Cycle.Id)).Result);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.ContentType);
        Assert.Equal(version.Stem + ".xlsx", xlsx.FileName);
        Assert.Equal(await AnnexScenario.LatestAsync(scenario, AnnexFormat.Xlsx), await ReadAsync(xlsx));

        var csv = Assert.IsType<FileDownload>(((INestedHttpResult)await RunAsync(function, "?format=csv", scenario.Cycle.Id)).Result);
        Assert.Equal("text/csv; charset=utf-8", csv.ContentType);
        Assert.Equal(version.Stem + ".csv", csv.FileName);
        Assert.StartsWith("\uFEFFcontributor,", Encoding.UTF8.GetString(await ReadAsync(csv)));

        var json = Assert.IsType<FileDownload>(((INestedHttpResult)await RunAsync(function, "?format=JSON", scenario.Cycle.Id)).Result);
        Assert.Equal("application/json; charset=utf-8", json.ContentType);
        Assert.Contains($"\"version\":\"{version.Stem}\"", Encoding.UTF8.GetString(await ReadAsync(json)));

        var docx = Assert.IsType<FileDownload>(((INestedHttpResult)await RunAsync(function, "?format=docx", scenario.Cycle.Id)).Result);
        Assert.Equal(version.Stem + ".docx", docx.FileName);
        await docx.DisposeAsync();

        Assert.IsType<BadRequest<PortalMessage>>(((INestedHttpResult)await RunAsync(function, "?format=pdf", scenario.Cycle.Id)).Result);
        Assert.IsType<BadRequest<PortalMessage>>(((INestedHttpResult)await RunAsync(function, null, "Not A Cycle")).Result);
        Assert.IsType<NotFound<PortalMessage>>(((INestedHttpResult)await RunAsync(function, null, TestStorage.NewCycleId("none"))).Result);
    }

    [Fact]
    public async Task Thb_annex_compiles_reports_unchanged_inputs_forces_and_saves_copies()
    {
        var scenario = await AnnexScenario.WithSamplesAsync("Cyprus", "Eurojust");
        var folder = Directory.CreateTempSubdirectory("annex-cli-").FullName;
        var outFile = Path.Combine(folder, "annex.xlsx");

        var first = await CliRunner.RunOnTestStorageAsync("annex", "--cycle", scenario.Cycle.Id, "--out", outFile);
        Assert.True(first.ExitCode == 0, first.Out + first.Error);
        Assert.Contains("Compiled annex-", first.Out);
        Assert.Contains("from 2 of 5 contributor(s)", first.Out);
        var latest = await AnnexScenario.LatestAsync(scenario, AnnexFormat.Xlsx);
        Assert.Equal(latest, await File.ReadAllBytesAsync(outFile));

        var again = await CliRunner.RunOnTestStorageAsync("annex", "--cycle", scenario.Cycle.Id, "--out", Path.Combine(folder, "rows.csv"));
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Unchanged", again.Out);
        Assert.Equal(await AnnexScenario.LatestAsync(scenario, AnnexFormat.Csv), await File.ReadAllBytesAsync(Path.Combine(folder, "rows.csv")));
        Assert.Single(await scenario.Services.Annex.Versions.ListAsync(scenario.Cycle.Id));

        var forced = await CliRunner.RunOnTestStorageAsync("annex", "--cycle", scenario.Cycle.Id, "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("Compiled annex-", forced.Out);
        Assert.Equal(2, (await scenario.Services.Annex.Versions.ListAsync(scenario.Cycle.Id)).Count);

        var unknown = await CliRunner.RunOnTestStorageAsync("annex", "--cycle", TestStorage.NewCycleId("none"));
        Assert.Equal(Thb.Cli.ExitCodes.Failure, unknown.ExitCode);
        Assert.Contains("no cycle", unknown.Error);
        var usage = await CliRunner.RunOnTestStorageAsync("annex");
        Assert.Equal(2, usage.ExitCode);
    }

    [Fact]
    public async Task Thb_bench_annex_prints_elapsed_seconds_and_peak_memory()
    {
        var bench = await CliRunner.RunAsync(null, Directory.CreateTempSubdirectory("bench-").FullName, "bench", "annex", "--contributors", "3", "--rows", "20", "--description-chars", "300");
        Assert.True(bench.ExitCode == 0, bench.Out + bench.Error);
        Assert.Contains("3 contributors × 20 rows × 300-character descriptions (60 rows)", bench.Out);
        Assert.Matches(@"elapsed \d+\.\d\d s; peak working set \d+ MB", bench.Out);

        var unknown = await CliRunner.RunAsync(null, Directory.GetCurrentDirectory(), "bench", "nothing");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("Unknown benchmark 'nothing'", unknown.Error);
    }

    [Fact]
    public async Task Thb_bench_annex_phases_and_out_and_bench_publication_time_their_pieces()
    {
        var folder = Directory.CreateTempSubdirectory("bench-").FullName;
        string[] size = ["--contributors", "3", "--rows", "20", "--description-chars", "300"];
        var phases = await CliRunner.RunAsync(null, folder, ["bench", "annex", .. size, "--phases"]);
        Assert.True(phases.ExitCode == 0, phases.Out + phases.Error);
        foreach (var step in new[] { "analysis", "workbook (six sheets)", "priority view", "map (layout + PNG)", "priority sheet + Charts added to workbook", "Council document (docx)", "CSV", "JSON" })
            Assert.Matches($@"(?m)^  {System.Text.RegularExpressions.Regex.Escape(step)} +\d+\.\d\d s +working set \d+ MB", phases.Out);
        Assert.Matches(@"(?m)^  total +\d+\.\d\d s +peak working set \d+ MB", phases.Out);

        var saved = await CliRunner.RunAsync(null, folder, ["bench", "annex", .. size, "--out", "files"]);
        Assert.True(saved.ExitCode == 0, saved.Out + saved.Error);
        Assert.Equal(["annex.csv", "annex.docx", "annex.json", "annex.svg", "annex.xlsx"], Directory.GetFiles(Path.Combine(folder, "files")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using (var workbook = new ClosedXML.Excel.XLWorkbook(Path.Combine(folder, "files", "annex.xlsx")))
            Assert.Contains(Thb.Annex.PrioritySheet.Name, workbook.Worksheets.Select(w => w.Name));

        var both = await CliRunner.RunAsync(null, folder, ["bench", "annex", .. size, "--phases", "--end-to-end"]);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("--phases, --out and --end-to-end go one at a time.", both.Error);

        var publication = await CliRunner.RunAsync(null, folder, ["bench", "publication", .. size]);
        Assert.True(publication.ExitCode == 0, publication.Out + publication.Error);
        Assert.Contains("thb bench publication: 3 contributors × 20 rows × 300-character descriptions (60 rows)", publication.Out);
        foreach (var piece in new[] { "priority view", "map: layout and PNG", "workbook: priority sheet, Charts and map added", "Council document (.docx)" })
            Assert.Matches($@"(?m)^  {System.Text.RegularExpressions.Regex.Escape(piece)} +\d+\.\d\d s", publication.Out);
    }
}
