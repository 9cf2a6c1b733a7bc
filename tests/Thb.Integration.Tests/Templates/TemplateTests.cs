using Thb.Cli;
using Thb.Normalising.Forms;
using Thb.Json;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using ClosedXML.Excel;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.IntegrationTests.Cli;
using Thb.IntegrationTests.Intake;
using Thb.Storage;
using Thb.Templates;
using static Thb.IntegrationTests.Templates.OpenXmlFiller;

namespace Thb.IntegrationTests.Templates;

/// <summary>Templates made, filled in by another program, checked, submitted, opened in LibreOffice, and carried over.</summary>
public class TemplateTests
{
    /// <summary>Three actions as a delegation would fill them in: texts only; helper cells disagreeing with the texts; helper cells alone.</summary>
    private static readonly FilledRow[] Filled =
    [
        new() { ["A"] = "Albania, Kosovo", ["B"] = "Training", ["C"] = "Training of border police on victim identification", ["D"] = "IOM", ["E"] = "1 March 2011 – 30 June 2011", ["F"] = "12.500 EUR" },
        new() { ["A"] = "Serbia", ["B"] = "Bilateral agreement", ["C"] = "Police cooperation agreement", ["D"] = "MoI Serbia", ["E"] = "2011", ["F"] = "about 40.000 EUR",
                ["G"] = new DateOnly(2011, 5, 2), ["H"] = new DateOnly(2012, 3, 31), ["I"] = "No", ["J"] = 45000m },
        new() { ["A"] = "Republic of Moldova", ["B"] = "Policy and legislation", ["C"] = "Support to the national action plan", ["D"] = "UNDP",
                ["G"] = new DateOnly(2011, 9, 1), ["I"] = "Yes", ["J"] = 80000m },
    ];

    private static async Task<(CommandServices Services, Cycle Cycle)> OpenCycleAsync(DateOnly? periodStart, params Contributor[] contributors)
    {
        var services = await TestStorage.ServicesAsync();
        var cycle = await services.Cycles.OpenAsync(
            new Cycle(CycleId.Parse(TestStorage.NewCycleId("tpl")), "Template test", new DateOnly(2030, 6, 28), CycleState.Open, [14, 7, 2], periodStart, null, "presidency@example.eu"),
            contributors.Length > 0 ? contributors : IntakeScenario.SampleContributors);
        return (services, cycle);
    }

    [Fact]
    public async Task Thb_template_writes_one_workbook_per_contributor_and_thb_check_accepts_one_filled_in_by_another_program()
    {
        var (_, cycle) = await OpenCycleAsync(new DateOnly(2011, 5, 1));
        var folder = Directory.CreateTempSubdirectory("thb-templates-").FullName;

        var made = await CliRunner.RunOnTestStorageAsync("template", "--cycle", cycle.Id, "--out", folder);
        Assert.True(made.ExitCode == 0, made.Out + made.Error);
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(IntakeScenario.SampleContributors.Select(c => TemplateFile.FileNameFor(cycle.Id, c.Id)).Order(), files);
        Assert.Contains($"Wrote 5 template(s) for cycle {cycle.Id}", made.Out);

        var austria = Path.Combine(folder, TemplateFile.FileNameFor(cycle.Id, ContributorId.Parse("austria")));
        var filled = Path.Combine(folder, "filled-austria.xlsx");
        await File.WriteAllBytesAsync(filled, Fill(await File.ReadAllBytesAsync(austria), TemplateLayout.FirstDataRow, Filled));

        var text = await CliRunner.RunOnTestStorageAsync("check", filled, "--delegation", "Austria", "--cycle", cycle.Id);
        Assert.True(text.ExitCode == 0, text.Out);
        Assert.Contains($"ACCEPTED-WITH-WARNINGS — Austria, cycle {cycle.Id}, sheet 'Return', header row 6; 3 row(s), 0 error(s)", text.Out);

        var json = await CliRunner.RunOnTestStorageAsync("check", filled, "--delegation", "Austria", "--cycle", cycle.Id, "--json");
        var document = JsonSerializer.Deserialize<ReturnCheck>(json.Out, ReturnJson.Options)!;
        Assert.Equal("Austria", document.Delegation);
        Assert.Equal(cycle.Id, document.Cycle);
        Assert.Equal(3, document.Rows.Count);

        var (plain, helped, helpersOnly) = (document.Rows[0], document.Rows[1], document.Rows[2]);
        Assert.Equal(["AL", "XK"], plain.CountryRegion.Places.Select(p => p.Code));
        Assert.Equal(("2011-03-01", "2011-06-30"), (plain.Duration.Start?.ToString(), plain.Duration.End?.ToString()));
        Assert.Equal(12500m, plain.Funding.AmountEur);

        // The helper cells win over the texts, which are kept as written, and the disagreement is pointed out.
        Assert.Equal(("2011", "range", "2011-05-02", "2012-03-31", false), (helped.Duration.Raw, KebabCase.Of(helped.Duration.Kind), helped.Duration.Start?.ToString(), helped.Duration.End?.ToString(), helped.Duration.Ongoing));
        Assert.Equal(("about 40.000 EUR", 45000m), (helped.Funding.Raw, helped.Funding.AmountEur));
        Assert.Contains(helped.Findings, f => f.Code == FindingCodes.DurationHelperConflict);
        Assert.Contains(helped.Findings, f => f.Code == FindingCodes.FundingHelperConflict);
        Assert.Equal(ActionCategory.Agreement, helped.Form.Category);

        Assert.Equal(("open-ended", "2011-09-01", true), (KebabCase.Of(helpersOnly.Duration.Kind), helpersOnly.Duration.Start?.ToString(), helpersOnly.Duration.Ongoing));
        Assert.Equal(80000m, helpersOnly.Funding.AmountEur);
        Assert.Equal(("Policy and legislation", (ActionCategory?)ActionCategory.Policy), (helpersOnly.Form.Raw, helpersOnly.Form.Category));
    }

    [Fact]
    public async Task A_filled_template_is_accepted_for_its_contributor_and_rejected_for_another()
    {
        var scenario = await IntakeScenario.CreateAsync();
        var template = await scenario.Services.Templates.CreateAsync(scenario.Cycle.Id, ContributorId.Parse("austria"));
        // Dates without the column's format as well: the reader takes a serial in a date column as that date.
        var filled = Fill(template.Content, TemplateLayout.FirstDataRow, Filled, keepColumnFormats: false);

        var wrong = await scenario.UploadAsync("bulgaria", "austria-template.xlsx", filled);
        await scenario.RunFunctionAsync(wrong);
        var bulgaria = await scenario.StatusAsync("bulgaria");
        Assert.Null(bulgaria.Current);
        Assert.Equal(ReturnStatus.Rejected, bulgaria.Latest!.Status);
        var mismatch = Assert.Single(bulgaria.Latest.Findings, f => f.Code == FindingCodes.ContributorMismatch);
        Assert.Equal(FindingSeverity.Error, mismatch.Severity);
        Assert.Contains("'austria'", mismatch.Message);

        var right = await scenario.UploadAsync("austria", "austria-template.xlsx", filled);
        await scenario.RunFunctionAsync(right);
        var austria = await scenario.StatusAsync("austria");
        var submission = Assert.IsType<Submission>(austria.Current);
        Assert.Equal(ReturnStatus.AcceptedWithWarnings, submission.Status);
        Assert.Equal("Austria", submission.Delegation);
        Assert.DoesNotContain(submission.Findings, f => f.Code is FindingCodes.ContributorMismatch or FindingCodes.DelegationMismatch or FindingCodes.CycleMismatch);

        var rows = await scenario.Services.Queries.CurrentRowsAsync(scenario.Cycle, ContributorId.Parse("austria"));
        Assert.Equal(("2011-05-02", "2012-03-31"), (rows[1].Duration.Start?.ToString(), rows[1].Duration.End?.ToString()));
        Assert.Equal(("2011-09-01", true), (rows[2].Duration.Start?.ToString(), rows[2].Duration.Ongoing));

        // The feedback copy is made from the template too: protection and drop-downs do not get in its way.
        using var feedback = new XLWorkbook(new MemoryStream(await scenario.DownloadFeedbackAsync(submission)));
        Assert.Equal(FeedbackWorkbook.FindingsSheetName, feedback.Worksheets.First().Name);
        Assert.True(feedback.Worksheet(TemplateLayout.ReturnSheet).Cell("E8").HasComment);
    }

    [Fact]
    public async Task LibreOffice_opens_every_template_and_shows_the_delegation_and_the_headers()
    {
        var (services, cycle) = await OpenCycleAsync(new DateOnly(2011, 5, 1));
        var folder = Directory.CreateTempSubdirectory("thb-lo-").FullName;
        var templates = await services.Templates.CreateAllAsync(cycle.Id);
        var carried = TemplateWorkbook.Build(new TemplateRequest(cycle, IntakeScenario.SampleContributors[0],
            [new CarriedRow("Serbia", "Training", string.Concat(Enumerable.Repeat("A long description of the action. ", 40)), "OSCE", "1 January 2008 – 31 December 2012", "380.700 EUR", new DateOnly(2008, 1, 1), new DateOnly(2012, 12, 31), false, 380700m)],
            "earlier"));
        var paths = templates.Select(t => (t.FileName, t.Content)).Append(("carried-over.xlsx", carried))
            .Select(t =>
            {
                var path = Path.Combine(folder, t.Item1);
                File.WriteAllBytes(path, t.Item2);
                return path;
            })
            .ToList();

        var run = await LibreOffice.ConvertToPdfAsync(paths, folder);

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.DoesNotContain("Error", run.Error, StringComparison.Ordinal);
        foreach (var path in paths)
        {
            var pdf = Path.ChangeExtension(path, ".pdf");
            Assert.True(File.Exists(pdf), $"LibreOffice made no PDF of {Path.GetFileName(path)}: {run.Out} {run.Error}");
            Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(pdf)[..4]);
        }
        var austria = await LibreOffice.PdfTextAsync(Path.ChangeExtension(paths[0], ".pdf"));
        Assert.Contains("Return on external action against trafficking in human beings", austria);
        Assert.Contains("Friday 28 June 2030, end of the day, Brussels time", austria);
        Assert.Contains("Reporting cycle", austria);
        Assert.Contains(cycle.Id, austria);
        Assert.Contains("Funding in EUR", austria);
        Assert.Contains("Amount in EUR", austria); // the last column is on the page, not cut off
        var carriedText = await LibreOffice.PdfTextAsync(Path.ChangeExtension(paths[^1], ".pdf"));
        Assert.Contains("380.700 EUR", carriedText);
    }

    [Fact]
    public async Task Carry_over_pre_fills_the_actions_still_running_from_the_previous_cycle()
    {
        Contributor[] contributors =
        [
            new(ContributorId.Parse("austria"), "Austria", ContributorKind.MemberState, 1, []),
            new(ContributorId.Parse("bulgaria"), "Bulgaria", ContributorKind.MemberState, 2, []),
        ];
        var (services, previous) = await OpenCycleAsync(new DateOnly(2010, 1, 1), contributors);
        var earlier = ReturnWorkbooks.Build("Austria", previous.Id,
            ["Serbia", "Training", "Training of judges", "OSCE", "1 March 2010 – 30 June 2011", "45.000 EUR"],
            ["Kenya", "Prevention", "School campaign", "UNICEF", "2010", "5.000 EUR"],
            ["Albania", "Bilateral agreement", "Police cooperation", "MoI Albania", "since 12.11.2009, ongoing", "not available"],
            ["Austria", "Liaising with embassies", "Regular contact with embassies of countries of origin", "Embassies", "on regular basis", "financed through the general budgets of the ministries"],
            ["Republic of Moldova", "Awareness raising", "Poster campaign", "IOM", "1 June 2010 – 31 December 2010", "10.000 EUR"]);
        await SubmitAsync(services, previous, "austria", earlier);
        var previousRows = await services.Queries.CurrentRowsAsync(previous, ContributorId.Parse("austria"));
        Assert.Equal(5, previousRows.Count);

        var (_, next) = await OpenCycleAsync(new DateOnly(2011, 1, 1), contributors);
        var template = await services.Templates.CreateAsync(next.Id, ContributorId.Parse("austria"), previous.Id);
        Assert.Equal(3, template.CarriedRows);

        var read = ReturnChecker.Check(new MemoryStream(template.Content), template.FileName, new CheckOptions { DelegationNames = ["Austria"], Cycle = next.Id, ContributorId = "austria" });
        Assert.Equal(ReturnStatus.Accepted, read.Status);
        Assert.Equal(["Serbia", "Albania", "Austria"], read.Rows.Select(r => r.CountryRegion.Raw));
        var kept = previousRows.Where(r => r.CountryRegion.Raw is "Serbia" or "Albania" or "Austria").ToList();
        for (var i = 0; i < kept.Count; i++)
        {
            var again = read.Rows[i];
            Assert.Equal(JsonSerializer.Serialize(kept[i].Duration, ReturnJson.Compact), JsonSerializer.Serialize(again.Duration, ReturnJson.Compact));
            Assert.Equal(JsonSerializer.Serialize(kept[i].Funding, ReturnJson.Compact), JsonSerializer.Serialize(again.Funding, ReturnJson.Compact));
            Assert.Equal(kept[i].Description.Raw, again.Description.Raw);
        }
        using (var workbook = new XLWorkbook(new MemoryStream(template.Content)))
        {
            var sheet = workbook.Worksheet(TemplateLayout.ReturnSheet);
            Assert.Equal(new DateTime(2010, 3, 1), sheet.Cell("G7").GetDateTime());
            Assert.Equal(new DateTime(2011, 6, 30), sheet.Cell("H7").GetDateTime());
            Assert.Equal("No", sheet.Cell("I7").GetString());
            Assert.Equal(45000d, sheet.Cell("J7").GetDouble());
            Assert.Equal(new DateTime(2009, 11, 12), sheet.Cell("G8").GetDateTime());
            Assert.Equal("Yes", sheet.Cell("I8").GetString());
            Assert.True(sheet.Cell("G9").IsEmpty() && sheet.Cell("I9").IsEmpty() && sheet.Cell("J9").IsEmpty());
            Assert.Contains($"from cycle {previous.Id}", sheet.Cell("A5").GetString());
        }

        // Everyone's templates at once; a contributor without a return in the previous cycle starts empty.
        var all = await services.Templates.CreateAllAsync(next.Id, previous.Id);
        Assert.Equal([("austria", 3), ("bulgaria", 0)], all.Select(t => (t.ContributorId.Value, t.CarriedRows)));

        // The command line says what it carried over; the delegation updates one row, deletes none, and submits.
        var folder = Directory.CreateTempSubdirectory("thb-carry-").FullName;
        var cli = await CliRunner.RunOnTestStorageAsync("template", "--cycle", next.Id, "--contributor", "austria", "--from-cycle", previous.Id, "--out", folder);
        Assert.True(cli.ExitCode == 0, cli.Out + cli.Error);
        Assert.Contains(TemplateFile.FileNameFor(next.Id, ContributorId.Parse("austria")), cli.Out);
        Assert.Contains($"3 row(s) carried over from {previous.Id}", cli.Out);
        var updated = Fill(await File.ReadAllBytesAsync(Path.Combine(folder, TemplateFile.FileNameFor(next.Id, ContributorId.Parse("austria")))), 7,
            [new FilledRow { ["E"] = "1 March 2010 – 31 December 2011", ["H"] = new DateOnly(2011, 12, 31) }]);
        await SubmitAsync(services, next, "austria", updated);
        var nextRows = await services.Queries.CurrentRowsAsync(next, ContributorId.Parse("austria"));
        Assert.Equal(3, nextRows.Count);
        Assert.Equal(("1 March 2010 – 31 December 2011", "2011-12-31"), (nextRows[0].Duration.Raw, nextRows[0].Duration.End?.ToString()));
        Assert.Equal("Training of judges", nextRows[0].Description.Raw);
    }

    [Fact]
    public async Task Thb_template_names_what_is_missing()
    {
        var (_, cycle) = await OpenCycleAsync(null);
        var folder = Directory.CreateTempSubdirectory("thb-missing-").FullName;

        var contributor = await CliRunner.RunOnTestStorageAsync("template", "--cycle", cycle.Id, "--contributor", "narnia", "--out", folder);
        Assert.Equal(1, contributor.ExitCode);
        Assert.Contains($"Cycle '{cycle.Id}' has no contributor 'narnia'", contributor.Error);

        var previous = await CliRunner.RunOnTestStorageAsync("template", "--cycle", cycle.Id, "--from-cycle", "no-such-cycle", "--out", folder);
        Assert.Equal(1, previous.ExitCode);
        Assert.Contains("There is no cycle 'no-such-cycle'", previous.Error);

        var same = await CliRunner.RunOnTestStorageAsync("template", "--cycle", cycle.Id, "--from-cycle", cycle.Id, "--out", folder);
        Assert.Equal(2, same.ExitCode);
        Assert.Empty(Directory.GetFiles(folder));
    }

    private static async Task SubmitAsync(CommandServices services, Cycle cycle, string contributor, byte[] content)
    {
        var name = $"{cycle.Id}/{contributor}/{Guid.NewGuid():N}.xlsx";
        await services.Storage.Container(StorageNames.Containers.Returns).GetBlobClient(name)
            .UploadAsync(new BinaryData(content), new BlobUploadOptions { Metadata = IntakeService.UploadMetadata("return.xlsx", DateTimeOffset.UtcNow) });
        var result = await services.Intake.ProcessAsync(name);
        Assert.True(result!.Submission.Status.IsAccepted(), string.Join("\n", result.Submission.Findings.Select(f => f.Message)));
    }
}
