using System.Text;
using System.Text.Json;
using Thb.IntegrationTests.Templates;

namespace Thb.IntegrationTests.Interop;

/// <summary>One sheet as another program read it: its name and its cells' text by row, from A1.</summary>
public sealed record ReadSheet(string Name, IReadOnlyList<IReadOnlyList<string?>> Rows)
{
    /// <summary>The number of the last row holding a value (trailing empty or merely formatted rows do not count).</summary>
    public int LastRow
    {
        get
        {
            for (var r = Rows.Count - 1; r >= 0; r--)
                if (Rows[r].Any(v => !string.IsNullOrWhiteSpace(v))) return r + 1;
            return 0;
        }
    }

    public string? Cell(int row, int column) =>
        row - 1 < Rows.Count && column - 1 < Rows[row - 1].Count ? Rows[row - 1][column - 1] : null;

    public bool Holds(string text) => Rows.Any(r => r.Any(v => v == text));
}

/// <summary>
/// The programs delegations and analysts open our workbooks with, each run as itself on a file: exceljs and SheetJS
/// (node, from the project's node_modules), openpyxl and pandas (Debian's python3), LibreOffice (headless, to CSV).
/// The node and python readers are the small scripts in tests/interop/.
/// </summary>
public static class WorkbookReaders
{
    public static readonly string[] Names = ["exceljs", "sheetjs", "openpyxl", "pandas", "libreoffice"];

    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "ThbFunctions.sln"))) return folder.FullName;
        throw new InvalidOperationException("The repository root (ThbFunctions.sln) was not found above the test binaries.");
    }

    public static Task<IReadOnlyList<ReadSheet>> ReadAsync(string reader, string file) => reader switch
    {
        "exceljs" => ScriptAsync("node", "read-exceljs.js", file),
        "sheetjs" => ScriptAsync("node", "read-sheetjs.js", file),
        "openpyxl" => ScriptAsync("/usr/bin/python3", "read-openpyxl.py", file),
        "pandas" => ScriptAsync("/usr/bin/python3", "read-pandas.py", file),
        "libreoffice" => LibreOfficeAsync(file),
        _ => throw new ArgumentOutOfRangeException(nameof(reader), reader, "Unknown reader."),
    };

    private static async Task<IReadOnlyList<ReadSheet>> ScriptAsync(string program, string script, string file)
    {
        Environment.SetEnvironmentVariable("NODE_PATH", Path.Combine(RepositoryRoot, "node_modules"));
        var run = await LibreOffice.RunAsync(program, [Path.Combine(RepositoryRoot, "tests", "interop", script), file]);
        Assert.True(run.ExitCode == 0, $"{script} could not read {Path.GetFileName(file)}: {run.Error}");
        using var json = JsonDocument.Parse(run.Out);
        return json.RootElement.EnumerateArray().Select(sheet => new ReadSheet(
            sheet.GetProperty("name").GetString()!,
            sheet.GetProperty("rows").EnumerateArray()
                .Select(row => (IReadOnlyList<string?>)row.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? null : v.ToString()).ToList())
                .ToList())).ToList();
    }

    /// <summary>LibreOffice converts every sheet to a CSV file of its own (sheet -1 of the CSV filter), in sheet order.</summary>
    private static async Task<IReadOnlyList<ReadSheet>> LibreOfficeAsync(string file)
    {
        var folder = Directory.CreateTempSubdirectory("lo-read-");
        try
        {
            var input = Path.Combine(folder.FullName, "book.xlsx");
            File.Copy(file, input);
            var run = await LibreOffice.RunAsync("soffice", [$"-env:UserInstallation=file://{folder.FullName}/profile", "--headless", "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1", "--outdir", folder.FullName, input]);
            Assert.True(run.ExitCode == 0, $"LibreOffice could not convert {Path.GetFileName(file)}: {run.Error}");
            const string marker = "Writing sheet ";
            var sheets = new List<ReadSheet>();
            foreach (var line in run.Out.Split('\n').Where(l => l.StartsWith(marker, StringComparison.Ordinal)))
            {
                var arrow = line.LastIndexOf(" -> ", StringComparison.Ordinal);
                var name = line[marker.Length..arrow];
                var csv = line[(arrow + 4)..].Trim();
                sheets.Add(new ReadSheet(name, Csv(await File.ReadAllTextAsync(csv, Encoding.UTF8))));
            }
            Assert.True(sheets.Count > 0, $"LibreOffice wrote no sheet of {Path.GetFileName(file)}: {run.Out} {run.Error}");
            return sheets;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>RFC 4180 CSV (the contributors file's reader), empty fields as null.</summary>
    internal static List<IReadOnlyList<string?>> Csv(string text) =>
        Cycles.ContributorCsv.Records(text).Select(r => (IReadOnlyList<string?>)r.Select(v => v.Length == 0 ? null : v).ToList()).ToList();
}
