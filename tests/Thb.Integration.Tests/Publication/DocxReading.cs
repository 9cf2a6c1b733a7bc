using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Thb.IntegrationTests.Templates;

namespace Thb.IntegrationTests.Publication;

/// <summary>Reads a .docx back two ways: the Open XML SDK (tables cell by cell), and LibreOffice (text and PDF).</summary>
public static partial class DocxReading
{
    /// <summary>The rows of every six-column table, each cell's paragraphs joined by "\n", footnote marks left out.</summary>
    public static IReadOnlyList<string[]> AnnexRows(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document.Body!;
        return body.Elements<Table>().Where(t => t.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count() == 6)
            .SelectMany(t => t.Elements<TableRow>().Where(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is null))
            .Select(r => r.Elements<TableCell>().Select(CellText).ToArray())
            .ToList();
    }

    public static string CellText(TableCell cell) => string.Join("\n", cell.Elements<Paragraph>().Select(ParagraphText));

    public static string ParagraphText(Paragraph paragraph) => string.Concat(paragraph.Descendants<Run>()
        .Where(r => r.GetFirstChild<FootnoteReference>() is null)
        .SelectMany(r => r.ChildElements)
        .Select(e => e switch { Text t => t.Text, TabChar => "\t", _ => "" }));

    /// <summary>Converts with LibreOffice Writer (its own profile) to the given filter; returns the output file's path.</summary>
    public static async Task<string> ConvertAsync(string docx, string target)
    {
        var folder = Path.GetDirectoryName(docx)!;
        var profile = Directory.CreateTempSubdirectory("lo-");
        try
        {
            var run = await LibreOffice.RunAsync("soffice", [$"-env:UserInstallation=file://{profile.FullName}", "--headless", "--convert-to", target, "--outdir", folder, docx]);
            var output = Path.Combine(folder, Path.GetFileNameWithoutExtension(docx) + "." + target.Split(':')[0]);
            Assert.True(File.Exists(output), $"soffice made no {output}: {run.Out} {run.Error}");
            return output;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    /// <summary>The document's text as LibreOffice Writer exports it (one line per paragraph, table cells in order), "Kosovo*" read as "Kosovo".</summary>
    public static async Task<string[]> LibreOfficeLinesAsync(string docx)
    {
        var txt = await ConvertAsync(docx, "txt:Text (encoded):UTF8");
        return (await File.ReadAllTextAsync(txt)).TrimStart('\uFEFF').Replace("Kosovo*", "Kosovo", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }

    /// <summary>A cell's text as the document holds it: one paragraph per line ("\r\n" and "\r" are line breaks too).</summary>
    public static string AsParagraphs(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>Lines joined into one text with a line break before and after each, for <see cref="Occurrences"/>.</summary>
    public static string Bounded(IEnumerable<string> lines) => "\n" + string.Join("\n", lines) + "\n";

    /// <summary>How often a text (all its lines, in order, each a whole line) stands in a bounded text.</summary>
    public static int Occurrences(string bounded, string text)
    {
        var needle = "\n" + text + "\n";
        var count = 0;
        for (var at = bounded.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = bounded.IndexOf(needle, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    public static async Task<int> PageCountAsync(string pdf)
    {
        var info = await LibreOffice.RunAsync("pdfinfo", [pdf]);
        return int.Parse(PagesLine().Match(info.Out).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<string> PageTextAsync(string pdf, int page, bool layout = true)
    {
        var run = await LibreOffice.RunAsync("pdftotext", [.. layout ? new[] { "-layout" } : [], "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, "-"]);
        Assert.True(run.ExitCode == 0, run.Error);
        return run.Out;
    }

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();
}
