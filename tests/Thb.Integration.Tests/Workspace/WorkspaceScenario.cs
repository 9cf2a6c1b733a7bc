using System.IO.Compression;
using System.Text;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.Http;
using Thb.Cli;
using Thb.Cycles;
using Thb.Intake;
using Thb.IntegrationTests.Portal;
using Thb.IntegrationTests.Reminders;
using Thb.Portal;
using Thb.Storage;

namespace Thb.IntegrationTests.Workspace;

/// <summary>
/// Two cycles on the test Azurite, the second naming the first as its predecessor, sending mail to the test MailDev at
/// addresses of their own (…@{cycle}.test), with a portal secret: what the Presidency's workspace is tested on.
/// Austria, Bulgaria and Germany have addresses; Cyprus has one; Frontex files a Word document alone.
/// </summary>
public sealed class WorkspaceScenario
{
    private WorkspaceScenario(CommandServices services, Cycle previous, Cycle cycle, string domain)
    {
        Services = services;
        Previous = previous;
        Cycle = cycle;
        Domain = domain;
    }

    public CommandServices Services { get; }
    public Cycle Previous { get; }
    public Cycle Cycle { get; }
    public string Domain { get; }
    public PresidencyHandlers Presidency => Services.Get<PresidencyHandlers>();

    public static async Task<WorkspaceScenario> CreateAsync(Func<string, string?>? moreSettings = null)
    {
        var id = TestStorage.NewCycleId("ws");
        var domain = $"{id}.test";
        var smtp = await TestMailDev.SmtpUriAsync();
        var services = await TestStorage.ServicesAsync(settings: name => moreSettings?.Invoke(name) ?? name switch
        {
            "THB_SMTP" => smtp,
            "THB_MAIL_FROM" => "THB test <thb@example.test>",
            PortalOptions.SecretSetting => PortalScenario.Secret,
            _ => null,
        });
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30));
        var previous = await services.Cycles.OpenAsync(new Cycle(CycleId.Parse(id + "-1"), "EU external action, first half", deadline.AddDays(-180), CycleState.Open, [14, 7, 2]), Contributors(domain));
        var cycle = await services.Cycles.OpenAsync(
            new Cycle(CycleId.Parse(id), "EU external action, second half", deadline, CycleState.Open, [14, 7, 2], OwnerEmail: $"owner@{domain}", PreviousCycleId: previous.Id),
            Contributors(domain));
        return new WorkspaceScenario(services, previous, cycle, domain);
    }

    private static IReadOnlyList<Contributor> Contributors(string domain) =>
    [
        new Contributor(ContributorId.Parse("austria"), "Austria", ContributorKind.MemberState, 1, [$"austria@{domain}"]),
        new Contributor(ContributorId.Parse("bulgaria"), "Bulgaria", ContributorKind.MemberState, 2, [$"bulgaria@{domain}"]),
        new Contributor(ContributorId.Parse("cyprus"), "Cyprus", ContributorKind.MemberState, 3, [$"cyprus@{domain}"]),
        new Contributor(ContributorId.Parse("germany"), "Germany", ContributorKind.MemberState, 4, [$"germany@{domain}"]),
        new Contributor(ContributorId.Parse("frontex"), "Frontex", ContributorKind.EuBody, 5, [$"frontex@{domain}"]),
    ];

    public static string[] Row(string places, string description, string duration = "2011", string funding = "10.000 EUR", string form = "Training", string partner = "IOM") =>
        [places, form, description, partner, duration, funding];

    /// <summary>Uploads a return of these rows (sheet rows 7, 8, …) to a cycle and runs the intake, as the blob trigger would.</summary>
    public Task<IntakeResult> SubmitAsync(Cycle cycle, string contributor, params string[][] rows) =>
        SubmitBytesAsync(cycle, contributor, $"{contributor}.xlsx", ReturnWorkbooks.Build(contributor, cycle.Id, rows));

    public async Task<IntakeResult> SubmitBytesAsync(Cycle cycle, string contributor, string fileName, byte[] content)
    {
        var name = $"{cycle.Id}/{contributor}/{Guid.NewGuid():N}{Path.GetExtension(fileName)}";
        var blob = Services.Storage.Container(StorageNames.Containers.Returns).GetBlobClient(name);
        await blob.UploadAsync(new BinaryData(content), new BlobUploadOptions { Metadata = IntakeService.UploadMetadata(fileName, DateTimeOffset.UtcNow) });
        return (await Services.Intake.ProcessAsync(name))!;
    }

    /// <summary>A Word document of two paragraphs, written by hand (the package's three parts), as a narrative-only return.</summary>
    public static byte[] Narrative(string heading, string text)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
            Part("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Part("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Part("word/document.xml", $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>{heading}</w:t></w:r></w:p><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>""");
        }
        return output.ToArray();
    }

    public string PresidencyToken() =>
        Services.PortalTokens.Issue(new PortalGrant(Cycle.Id, null, PortalRole.Presidency, DateTimeOffset.UtcNow.AddDays(1)));

    public string ContributorToken(string contributor) =>
        Services.PortalTokens.Issue(new PortalGrant(Cycle.Id, ContributorId.Parse(contributor), PortalRole.Contributor, DateTimeOffset.UtcNow.AddDays(1)));

    /// <summary>A form POST as a browser sends it without script (urlencoded, Accept: text/html), or as a script would (JSON wanted).</summary>
    public static DefaultHttpContext Form(string? token, IReadOnlyDictionary<string, string> fields, bool browser = true)
    {
        var http = PortalRequests.Get(token);
        http.Request.Method = HttpMethods.Post;
        var body = Encoding.UTF8.GetBytes(string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value))));
        http.Request.ContentType = "application/x-www-form-urlencoded";
        http.Request.ContentLength = body.Length;
        http.Request.Body = new MemoryStream(body);
        http.Request.Headers.Accept = browser ? "text/html,application/xhtml+xml" : "application/json";
        return http;
    }
}
