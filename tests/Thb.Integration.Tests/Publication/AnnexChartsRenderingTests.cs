using System.Text.RegularExpressions;
using Thb.Annex;
using Thb.IntegrationTests.Annex;
using Thb.IntegrationTests.Templates;

namespace Thb.IntegrationTests.Publication;

[Collection(AnnexCollection.Name)]
public class AnnexChartsRenderingTests
{
    [Fact]
    public async Task LibreOffice_draws_the_annex_charts_with_their_titles_and_axis_titles_from_the_sheet()
    {
        var scenario = await AnnexScenario.WithSamplesAsync("Austria", "Eurojust");
        await scenario.Services.Annex.CompileAsync(scenario.Cycle);
        var folder = Directory.CreateTempSubdirectory("charts-").FullName;
        var xlsx = Path.Combine(folder, "annex.xlsx");
        await File.WriteAllBytesAsync(xlsx, await AnnexScenario.LatestAsync(scenario, AnnexFormat.Xlsx));

        var run = await LibreOffice.ConvertToPdfAsync([xlsx], folder);
        Assert.True(run.ExitCode == 0, run.Error);
        var text = Regex.Replace(await LibreOffice.PdfTextAsync(Path.Combine(folder, "annex.pdf")), @"\s+", " ");
        // Chart and axis titles exist only in the chart parts: LibreOffice drew the charts.
        foreach (var title in new[] { "Actions by region", "Actions by form of action", "Known funding by start year", "Number of actions", "Year the action starts", "EUR (stated amounts)" })
            Assert.Contains(title, text);
        Assert.Contains($"Charts: cycle {scenario.Cycle.Id}", text);
    }
}
