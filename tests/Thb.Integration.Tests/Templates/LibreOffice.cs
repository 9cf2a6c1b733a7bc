using System.Diagnostics;

namespace Thb.IntegrationTests.Templates;

/// <summary>LibreOffice (headless) and poppler as independent readers of the workbooks we write.</summary>
public static class LibreOffice
{
    public sealed record Run(int ExitCode, string Out, string Error);

    /// <summary>Converts the workbooks to PDF in one LibreOffice run, with a profile of its own so parallel runs do not clash.</summary>
    public static async Task<Run> ConvertToPdfAsync(IEnumerable<string> files, string outputFolder)
    {
        var profile = Directory.CreateTempSubdirectory("lo-");
        try
        {
            return await RunAsync("soffice", [$"-env:UserInstallation=file://{profile.FullName}", "--headless", "--convert-to", "pdf", "--outdir", outputFolder, .. files]);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    /// <summary>The text of a PDF, as poppler's pdftotext lays it out.</summary>
    public static async Task<string> PdfTextAsync(string pdf)
    {
        var run = await RunAsync("pdftotext", ["-layout", pdf, "-"]);
        Assert.True(run.ExitCode == 0, run.Error);
        return run.Out;
    }

    public static async Task<Run> RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // A guard against a hung office process, not a speed requirement.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within five minutes.");
        }
        return new Run(process.ExitCode, await output, await error);
    }
}
