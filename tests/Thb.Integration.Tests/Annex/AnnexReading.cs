using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using ClosedXML.Excel;
using Microsoft.Extensions.Logging.Abstractions;
using Thb.Annex;
using Thb.Functions.Annex;
using Thb.IntegrationTests.Intake;

namespace Thb.IntegrationTests.Annex;

/// <summary>The annex tests share the timer, which compiles every open cycle: they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class AnnexCollection
{
    public const string Name = "Annex";
}

public static class AnnexScenario
{
    /// <summary>A cycle of the five sample delegations, every sample submitted through the intake function.</summary>
    public static async Task<IntakeScenario> WithSamplesAsync(params string[] delegations)
    {
        var scenario = await IntakeScenario.CreateAsync();
        foreach (var delegation in delegations.Length > 0 ? delegations : TestData.Delegations)
            await scenario.RunFunctionAsync(await scenario.UploadSampleAsync(delegation));
        return scenario;
    }

    public static AnnexTimerFunction Timer(IntakeScenario scenario) => new(scenario.Services.Annex, NullLogger<AnnexTimerFunction>.Instance);

    /// <summary>Runs the timer function class as the host would (ScheduleStatus is null on a first run).</summary>
    public static Task RunTimerAsync(IntakeScenario scenario) => Timer(scenario).RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);

    public static async Task<byte[]> LatestAsync(IntakeScenario scenario, AnnexFormat format)
    {
        var blob = scenario.Services.Storage.Container(Thb.Storage.StorageNames.Containers.Annex).GetBlobClient(AnnexBlobNames.Latest(scenario.Cycle.Id, format));
        return (await blob.DownloadContentAsync()).Value.Content.ToArray();
    }
}

/// <summary>Reads a compiled annex back with ClosedXML, a library independent of the writer.</summary>
public static class AnnexReading
{
    public sealed record AnnexRow(string Source, string[] Cells);

    /// <summary>The Annex sheet's rows of returns, continuation rows joined back to the row they continue.</summary>
    public static IReadOnlyList<AnnexRow> Rows(XLWorkbook workbook)
    {
        var rows = new List<AnnexRow>();
        var previous = 0;
        foreach (var row in workbook.Worksheet(AnnexWorkbook.AnnexSheet).RowsUsed().Skip(1))
        {
            var source = row.Cell(AnnexWorkbook.SourceColumn).GetString();
            if (source.Length == 0) continue;
            var cells = Enumerable.Range(1, 6).Select(c => row.Cell(c).GetString()).ToArray();
            if (rows.Count > 0 && rows[^1].Source == source && row.RowNumber() == previous + 1)
                rows[^1] = rows[^1] with { Cells = rows[^1].Cells.Zip(cells, (a, b) => a + b).ToArray() };
            else
                rows.Add(new AnnexRow(source, cells));
            previous = row.RowNumber();
        }
        return rows;
    }

    /// <summary>A sheet's table below its header row (the row whose first cell reads firstHeader): each row's cells by header.</summary>
    public static List<Dictionary<string, IXLCell>> Table(XLWorkbook workbook, string sheetName, string firstHeader)
    {
        var sheet = workbook.Worksheet(sheetName);
        var header = sheet.RowsUsed().First(r => r.Cell(1).GetString() == firstHeader);
        var names = header.CellsUsed().Select(c => (c.Address.ColumnNumber, Name: c.GetString())).ToList();
        return sheet.RowsUsed().Where(r => r.RowNumber() > header.RowNumber())
            .Select(row => names.ToDictionary(n => n.Name, n => row.Cell(n.ColumnNumber)))
            .ToList();
    }

    /// <summary>A number cell as a decimal, to the cent.</summary>
    public static decimal Number(IXLCell cell) => Math.Round((decimal)cell.GetDouble(), 2);

    public static XDocument SheetXml(byte[] xlsx, string sheetName)
    {
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        XNamespace r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        XDocument Load(string path)
        {
            using var stream = zip.GetEntry(path)!.Open();
            return XDocument.Load(stream);
        }
        var id = Load("xl/workbook.xml").Descendants(main + "sheet").Single(s => (string?)s.Attribute("name") == sheetName).Attribute(r + "id")!.Value;
        var target = Load("xl/_rels/workbook.xml.rels").Root!.Elements().Single(e => (string?)e.Attribute("Id") == id).Attribute("Target")!.Value;
        return Load(target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target);
    }
}

/// <summary>LibreOffice and poppler, run as the separate programs they are.</summary>
public static class OfficeTools
{
    public sealed record Run(int ExitCode, string Out, string Error);

    public static async Task<Run> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // A guard against a hung converter, not a speed requirement.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(guard.Token);
        return new Run(process.ExitCode, await output, await error);
    }

    /// <summary>Converts a workbook to PDF with a private LibreOffice profile (parallel runs must not share one).</summary>
    public static async Task<(Run Run, string Pdf)> ToPdfAsync(string xlsx)
    {
        var outDir = Directory.CreateTempSubdirectory("annex-pdf-").FullName;
        var profile = Directory.CreateTempSubdirectory("lo-").FullName;
        var run = await RunAsync("soffice", $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", outDir, xlsx);
        return (run, Path.Combine(outDir, Path.GetFileNameWithoutExtension(xlsx) + ".pdf"));
    }

    /// <summary>Each page's size in points, from pdfinfo.</summary>
    public static async Task<IReadOnlyList<(double Width, double Height)>> PageSizesAsync(string pdf)
    {
        var info = await RunAsync("pdfinfo", pdf);
        var pages = int.Parse(info.Out.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
        var sizes = await RunAsync("pdfinfo", "-f", "1", "-l", pages.ToString(CultureInfo.InvariantCulture), pdf);
        return sizes.Out.Split('\n').Where(l => l.StartsWith("Page ", StringComparison.Ordinal) && l.Contains(" size: ", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(" size: ", StringComparison.Ordinal) + 7)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(p => (double.Parse(p[0], CultureInfo.InvariantCulture), double.Parse(p[2], CultureInfo.InvariantCulture)))
            .ToList();
    }

    public static async Task<string> PageTextAsync(string pdf, int page) =>
        (await RunAsync("pdftotext", "-f", page.ToString(CultureInfo.InvariantCulture), "-l", page.ToString(CultureInfo.InvariantCulture), "-layout", pdf, "-")).Out;
}
