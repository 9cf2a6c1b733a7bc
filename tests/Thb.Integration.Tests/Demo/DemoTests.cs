using System.Text.Json;
using ClosedXML.Excel;
using Thb.Demo;
using Thb.Intake.Findings;
using Thb.IntegrationTests.Cli;
using Thb.Intake.Returns;

namespace Thb.IntegrationTests.Demo;

/// <summary>The main job: `thb demo` end to end against Azurite, and what it leaves in out/ and the outbox.</summary>
public class DemoTests
{
    [Fact]
    public async Task The_demo_runs_the_whole_pipeline_and_leaves_the_files_it_names()
    {
        var work = Directory.CreateTempSubdirectory("thb-demo-").FullName;
        var env = new Dictionary<string, string?>
        {
            ["THB_STORAGE"] = await TestStorage.ConnectionStringAsync(),
            ["THB_SMTP"] = null,
            ["THB_MAIL_OUTBOX"] = Path.Combine(work, "mail"),
        };
        var result = await CliRunner.RunAsync(env, work, "demo");
        Assert.True(result.ExitCode == 0, result.Out + result.Error);

        // Every file the demo names exists.
        var named = result.Out.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("out/", StringComparison.Ordinal) || l.StartsWith("mail/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(named);
        Assert.All(named, f => Assert.True(File.Exists(Path.Combine(work, f)), f));
        Assert.Equal(DemoRun.Contributors.Count, Directory.GetFiles(Path.Combine(work, "out", "templates"), "*.xlsx").Length);

        // The annex holds the bundled rows: every accepted return's rows, raw text whole, in the JSON export and the workbook.
        var expected = DemoRun.Uploads.Where(u => u.Resource.StartsWith("Returns/", StringComparison.Ordinal))
            .SelectMany(u => ReturnChecker.Check(new MemoryStream(DemoData.Read(u.Resource)), u.FileName).Rows)
            .Select(r => r.Description.Raw).ToList();
        Assert.Equal(79 + 48, expected.Count); // the five 2011 returns, and the Commission's three sub-sections (Europol's return has none)
        var annexJson = Assert.Single(Directory.GetFiles(Path.Combine(work, "out", "annex"), "*.json"));
        var exported = new List<string>();
        using (var json = JsonDocument.Parse(File.ReadAllText(annexJson)))
            CollectDescriptions(json.RootElement, exported);
        Assert.Equal(expected.Order(StringComparer.Ordinal), exported.Order(StringComparer.Ordinal));
        using (var annex = new XLWorkbook(Assert.Single(Directory.GetFiles(Path.Combine(work, "out", "annex"), "*.xlsx"))))
        {
            var text = string.Join("\n", annex.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()));
            Assert.All(expected, d => Assert.Contains(d[..Math.Min(80, d.Length)], text));
            // Europol's two agreement tables are additional tables, each on a sheet of its own after the analysis sheets.
            Assert.Equal([.. Thb.Annex.AnnexWorkbook.SheetNames, "Europol – table 1", "Europol – table 2", Thb.Annex.PrioritySheet.Name, Thb.Publication.Charts.ChartsSheet.DefaultName],
                annex.Worksheets.Select(w => w.Name));
        }

        // The Council document beside the workbook; the priority view and the map as `thb analysis` and the Presidency's page give them.
        var cycleId = Path.GetFileNameWithoutExtension(annexJson)["annex-".Length..];
        var docx = Assert.Single(Directory.GetFiles(Path.Combine(work, "out", "annex"), "*.docx"));
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(docx, false))
            Assert.Contains(expected[0], document.MainDocumentPart!.Document.Body!.InnerText);
        var publication = Path.Combine(work, "out", "publication");
        Assert.Equal([$"analysis-{cycleId}.json", $"analysis-{cycleId}.txt", $"map-{cycleId}.png", $"map-{cycleId}.svg"],
            Directory.GetFiles(publication).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using (var analysis = JsonDocument.Parse(File.ReadAllText(Path.Combine(publication, $"analysis-{cycleId}.json"))))
        {
            Assert.Equal(79 + 48, analysis.RootElement.GetProperty("actions").GetInt32());
            Assert.Equal("BA", analysis.RootElement.GetProperty("countries")[0].GetProperty("code").GetString()); // the Commission's many actions in Bosnia and Herzegovina
        }
        Assert.StartsWith("<svg", System.Xml.Linq.XDocument.Load(Path.Combine(publication, $"map-{cycleId}.svg")).Root!.ToString(), StringComparison.Ordinal);
        Assert.Contains($"thb analysis --cycle {cycleId}", result.Out);

        // The rejected return's feedback marks its bad cell in red with a comment, and lists it on the Findings sheet
        // (Germany reads us in German: "Feststellungen").
        var rejected = Assert.Single(Directory.GetFiles(Path.Combine(work, "out", "feedback"), "*germany-rejected*.xlsx"));
        using (var feedback = new XLWorkbook(rejected))
        {
            Assert.Equal("Feststellungen", feedback.Worksheets.First().Name);
            var cell = feedback.Worksheet("Return").Cell("C6");
            Assert.Equal(XLColor.FromHtml("#FFC7CE"), cell.Style.Fill.BackgroundColor);
            Assert.Contains(FindingCodes.ColumnRequiredMissing, cell.Comment.Text);
            Assert.Contains(feedback.Worksheet("Feststellungen").CellsUsed(), c => c.GetString() == "Return!C6");
            Assert.Contains(feedback.Worksheet("Feststellungen").CellsUsed(), c => c.GetString().StartsWith("Die Tabelle hat keine Spalte", StringComparison.Ordinal));
        }

        // The outbox holds a reminder for the contributor still missing (France) and the Presidency's digest.
        var recipients = Directory.GetFiles(Path.Combine(work, "mail"), "*.eml")
            .Select(f => File.ReadLines(f).First(l => l.StartsWith("To: ", StringComparison.Ordinal))[4..].Trim())
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(["presidency@council.example", "thb-focal-point@france.example"], recipients);
        var france = Directory.GetFiles(Path.Combine(work, "mail"), "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
            .Single(m => m.To.Mailboxes.Any(a => a.Address == "thb-focal-point@france.example"));
        Assert.Contains("contribution sur la traite des êtres humains", france.Subject); // France reads us in French

        // And it can be run again: a fresh cycle, out/ replaced.
        var again = await CliRunner.RunAsync(env, work, "demo");
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(DemoRun.Contributors.Count, Directory.GetFiles(Path.Combine(work, "out", "templates"), "*.xlsx").Length);
        Assert.Single(Directory.GetFiles(Path.Combine(work, "out", "annex"), "*.xlsx"));
    }

    private static void CollectDescriptions(JsonElement element, List<string> into)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "description" && property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("raw", out var raw))
                    into.Add(raw.GetString()!);
                else CollectDescriptions(property.Value, into);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) CollectDescriptions(item, into);
        }
    }
}
