using ClosedXML.Excel;
using Thb.Annex;
using Thb.IntegrationTests.Intake;

namespace Thb.IntegrationTests.Annex;

/// <summary>Compilers that run at once (timers, hosts, `thb annex --force`) take turns: no error, one version per input, unique names, latest whole.</summary>
[Collection(AnnexCollection.Name)]
public class ConcurrentAnnexTests
{
    [Fact]
    public async Task Eight_compilations_at_once_from_two_hosts_all_end_well()
    {
        var scenario = await AnnexScenario.WithSamplesAsync("Austria", "Cyprus");
        // A second host over the same storage: its own clients, its own services.
        await using var other = await TestStorage.ServicesAsync();
        var hosts = new[] { scenario.Services.Annex, other.Annex };
        var runs = Enumerable.Range(0, 8)
            .Select(i => Task.Run(() => hosts[i % 2].CompileAsync(scenario.Cycle.Id, force: i % 4 == 3)))
            .ToList();
        var outcomes = await Task.WhenAll(runs); // any BlobAlreadyExists, lease or write fault fails the test here

        var versions = await scenario.Services.Annex.Versions.ListAsync(scenario.Cycle.Id);
        // One version per forced run, plus at most one for the input: an unforced run that takes its turn after a
        // forced one finds the input already compiled and stops. Every name distinct.
        Assert.Equal(2, versions.Count(v => v.Forced));
        Assert.InRange(versions.Count(v => !v.Forced), 0, 1);
        Assert.Equal(versions.Count, versions.Select(v => v.Stem).Distinct().Count());
        Assert.Equal(versions.Count, outcomes.Count(o => o.Compiled));
        Assert.All(versions, v => Assert.Equal(versions[0].Fingerprint, v.Fingerprint));

        // latest.* is the newest version's files, whole: the workbook opens.
        var latest = await AnnexScenario.LatestAsync(scenario, AnnexFormat.Xlsx);
        Assert.Equal(await scenario.Services.Annex.ReadAsync(versions[0], AnnexFormat.Xlsx), latest);
        using var workbook = new XLWorkbook(new MemoryStream(latest));
        Assert.NotEmpty(workbook.Worksheets);
        Assert.Equal(await scenario.Services.Annex.ReadAsync(versions[0], AnnexFormat.Csv), await AnnexScenario.LatestAsync(scenario, AnnexFormat.Csv));
    }
}
