using System.Diagnostics;
using System.Text.Json;
using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Intake.Workbooks;

namespace Thb.Bench;

/// <summary>The check of one file step by step (guard, reader, layout, row walk and normalising, JSON), warm, median of 10 runs;
/// with --cold, the first run alone (what a short-lived process pays for each step).</summary>
public static class Phases
{
    public static int Run(string file, bool memory = false, bool cold = false)
    {
        var bytes = File.ReadAllBytes(file);
        var times = new Dictionary<string, List<double>>();
        for (var run = 0; run < (memory || cold ? 1 : 11); run++)
        {
            var watch = Stopwatch.StartNew();
            void Step(string name)
            {
                if (run > 0) (times.TryGetValue(name, out var list) ? list : times[name] = []).Add(watch.Elapsed.TotalMilliseconds);
                if (run == 0 && cold) Console.WriteLine($"{name,-32} {watch.Elapsed.TotalMilliseconds,8:0.0} ms (cold)");
                if (run == 0 && memory) Console.WriteLine($"after {name}: live {GC.GetTotalMemory(true) / 1048576} MB, peak working set {Environment.WorkingSet / 1048576} MB");
                watch.Restart();
            }
            var inspection = PackageInspector.Inspect(new MemoryStream(bytes), WorkbookLimits.Default);
            Step("guard (inflate, scan)");
            var workbook = XlsxWorkbook.Open(inspection.Package!, WorkbookLimits.Default);
            Step("open (shared strings, styles)");
            var sheet = workbook.ReadSheet(workbook.Sheets[0]);
            Step("read sheet");
            var layout = TableLayout.Locate(sheet)!;
            Step("locate table");
            var findings = new List<Finding>();
            var raw = TableRows.Read(sheet, layout, findings).ToList();
            Step("row walk");
            var rows = raw.Select(r => ReturnRowNormaliser.Normalise(r, "Return", WorkbookLimits.Default, findings)).ToList();
            Step("normalise rows");
            var check = ReturnChecker.Check(new MemoryStream(bytes), "x.xlsx");
            Step("whole check");
            JsonSerializer.Serialize(Stream.Null, check, ReturnJson.Options);
            Step("json");
            var ours = XlsxWorkbook.Open(PackageInspector.Inspect(new MemoryStream(bytes), WorkbookLimits.Default).Package!, WorkbookLimits.Default);
            ours.ReadSheet(ours.Sheets[0]);
            Step("our reader: guard + every cell");
            Floors.ReadRows(file);
            Step("SDK SAX: open + every cell");
        }
        foreach (var (name, list) in times)
        {
            list.Sort();
            Console.WriteLine($"{name,-32} {list[list.Count / 2],8:0.0} ms");
        }
        return 0;
    }
}
