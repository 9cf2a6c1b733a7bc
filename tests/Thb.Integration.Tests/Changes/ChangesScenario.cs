using Azure.Storage.Blobs.Models;
using ClosedXML.Excel;
using Thb.Cli;
using Thb.Cycles;
using Thb.IntegrationTests.Cli;
using Thb.IntegrationTests.Reminders;
using Thb.Intake;
using Thb.Intake.Returns;
using Thb.Storage;

namespace Thb.IntegrationTests.Changes;

/// <summary>
/// Two cycles of the sample delegations on the test Azurite, the second opened with `thb cycle open … --previous`:
/// cycle 1 has Austria, Bulgaria and Cyprus; cycle 2 has Austria rewritten (row 18 runs a year longer, its last row
/// dropped, a new action added), Bulgaria unchanged and Germany for the first time; Cyprus has not yet submitted.
/// Contributors' addresses and the owner's are unique to the scenario (…@{cycle}.test), the mail goes to the test MailDev.
/// </summary>
public sealed class ChangesScenario
{
    public const int ExtendedRow = 18;
    public const int DroppedRow = 35;
    public const string NewAction = "Awareness campaign for seasonal agricultural workers on the risks of labour exploitation";

    private ChangesScenario(CommandServices services, Cycle previous, Cycle current, string domain)
    {
        Services = services;
        Previous = previous;
        Current = current;
        Domain = domain;
    }

    public CommandServices Services { get; }
    public Cycle Previous { get; }
    public Cycle Current { get; }
    public string Domain { get; }
    public string Owner => $"owner@{Domain}";

    public static async Task<ChangesScenario> CreateAsync()
    {
        var previousId = TestStorage.NewCycleId("chg");
        var domain = $"{previousId}.test";
        var smtp = await TestMailDev.SmtpUriAsync();
        var services = await TestStorage.ServicesAsync(settings: name => name switch { "THB_SMTP" => smtp, "THB_MAIL_FROM" => "THB test <thb@example.test>", _ => null });
        var contributors = Intake.IntakeScenario.SampleContributors.Select(c => c with { Emails = [$"{c.Id}@{domain}"] }).ToList();
        var previous = await services.Cycles.OpenAsync(new Cycle(CycleId.Parse(previousId), "First cycle", new DateOnly(2026, 1, 15), CycleState.Open, [14, 7, 2]), contributors);
        foreach (var name in new[] { "Austria", "Bulgaria", "Cyprus" })
            await SubmitAsync(services, previous.Id, name.ToLowerInvariant(), File.ReadAllBytes(TestData.Sample(name)));

        var current = await OpenWithCliAsync(services, previousId, contributors, $"owner@{domain}");
        await SubmitAsync(services, current.Id, "austria", RewrittenAustria());
        await SubmitAsync(services, current.Id, "bulgaria", File.ReadAllBytes(TestData.Sample("Bulgaria")));
        await SubmitAsync(services, current.Id, "germany", File.ReadAllBytes(TestData.Sample("Germany")));
        return new ChangesScenario(services, previous, current, domain);
    }

    private static async Task<Cycle> OpenWithCliAsync(CommandServices services, string previousId, IReadOnlyList<Contributor> contributors, string owner)
    {
        var id = TestStorage.NewCycleId("chg");
        var csv = Path.Combine(Directory.CreateTempSubdirectory("thb-changes-").FullName, "contributors.csv");
        await File.WriteAllLinesAsync(csv, contributors.Select(c => $"{c.Id},{c.Name},{Thb.Json.KebabCase.Of(c.Kind)},{c.Order},{c.Emails[0]}").Prepend("id,name,kind,order,emails"));
        var opened = await CliRunner.RunOnTestStorageAsync("cycle", "open", id, "--deadline", "2026-06-15", "--previous", previousId, "--contributors", csv, "--owner", owner);
        Assert.True(opened.ExitCode == 0, opened.Error);
        Assert.Contains($"follows cycle {previousId}", opened.Out, StringComparison.Ordinal);
        return await services.Cycles.RequireAsync(CycleId.Parse(id));
    }

    public static async Task<IntakeResult> SubmitAsync(CommandServices services, string cycleId, string contributor, byte[] content)
    {
        var blobName = $"{cycleId}/{contributor}/{contributor}.xlsx";
        var blob = services.Storage.Container(StorageNames.Containers.Returns).GetBlobClient(blobName);
        await blob.UploadAsync(new BinaryData(content), new BlobUploadOptions { Metadata = IntakeService.UploadMetadata($"{contributor}.xlsx", DateTimeOffset.UtcNow) });
        var result = (await services.Intake.ProcessAsync(blobName))!;
        Assert.True(result.Submission.Status.IsAccepted(), $"{contributor}: {result.Submission.Status}");
        return result;
    }

    /// <summary>Austria's sample as its delegation would update it: row 18 a year longer, the last row gone, a new action in its place.</summary>
    private static byte[] RewrittenAustria()
    {
        using var workbook = new XLWorkbook(TestData.Sample("Austria"));
        var sheet = workbook.Worksheet("Return");
        int Column(string header) => sheet.Row(6).CellsUsed().First(c => c.GetString().Contains(header, StringComparison.OrdinalIgnoreCase)).Address.ColumnNumber;
        var duration = sheet.Cell(ExtendedRow, Column("Duration"));
        Assert.Equal("1 August 2010 – 30 June 2011", duration.GetString());
        duration.Value = "1 August 2010 – 30 June 2012";
        foreach (var (header, text) in new[] { ("Country", "Ukraine"), ("Form", "Awareness raising"), ("Description", NewAction), ("Partner", "La Strada Ukraine"), ("Duration", "January 2012 – December 2013"), ("Fund", "20.000 EUR") })
            sheet.Cell(DroppedRow, Column(header)).Value = text;
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }
}
