using Azure.Storage.Blobs.Models;
using Thb.Cli;
using Thb.Cycles;
using Thb.Intake;
using Thb.IntegrationTests.Reminders;
using Thb.Intake.Returns;
using Thb.Review;
using Thb.Storage;

namespace Thb.IntegrationTests.Review;

/// <summary>
/// A fresh cycle of Austria, Bulgaria and Germany with addresses of its own (…@{cycle}.test), the services over the
/// test Azurite sending mail to the test MailDev, and helpers to upload small returns through the intake.
/// </summary>
public sealed class ReviewScenario
{
    private ReviewScenario(CommandServices services, Cycle cycle, string domain)
    {
        Services = services;
        Cycle = cycle;
        Domain = domain;
    }

    public CommandServices Services { get; }
    public Cycle Cycle { get; }
    public string Domain { get; }

    /// <summary>The portal's secret, so that <see cref="ContributorToken"/> opens a delegation's page.</summary>
    public const string PortalSecret = "review-portal-secret-6b2d8e1f4a7c9e0b3d5f7a1c2e4b6d8f";

    /// <param name="languages">The language of some contributors (English otherwise), e.g. austria → French.</param>
    /// <param name="title">The cycle's title ("Review test {id}" by default).</param>
    public static async Task<ReviewScenario> CreateAsync(string prefix = "rev", IReadOnlyDictionary<string, Thb.Localisation.Language>? languages = null, string? title = null)
    {
        var id = TestStorage.NewCycleId(prefix);
        var domain = $"{id}.test";
        var smtp = await TestMailDev.SmtpUriAsync();
        var services = await TestStorage.ServicesAsync(settings: name => name switch
        {
            "THB_SMTP" => smtp,
            "THB_MAIL_FROM" => "THB test <thb@example.test>",
            Thb.Portal.PortalOptions.SecretSetting => PortalSecret,
            _ => null,
        });
        var cycle = await services.Cycles.OpenAsync(
            new Cycle(CycleId.Parse(id), title ?? $"Review test {id}", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), CycleState.Open, [14, 7, 2], OwnerEmail: $"owner@{domain}"),
            new[]
            {
                new Contributor(ContributorId.Parse("austria"), "Austria", ContributorKind.MemberState, 1, [$"austria@{domain}"]),
                new Contributor(ContributorId.Parse("bulgaria"), "Bulgaria", ContributorKind.MemberState, 2, [$"bulgaria@{domain}"]),
                new Contributor(ContributorId.Parse("germany"), "Germany", ContributorKind.MemberState, 3, [$"germany@{domain}"]),
            }.Select(c => languages?.GetValueOrDefault(c.Id) is { } language ? c with { Language = language } : c).ToList());
        return new ReviewScenario(services, cycle, domain);
    }

    /// <summary>One row: places, form, description, partner, duration, funding.</summary>
    public static string[] Row(string places, string form = "Training", string description = "Workshops for judges", string duration = "2011", string funding = "10.000 EUR") =>
        [places, form, description, "IOM", duration, funding];

    /// <summary>Uploads a return of these rows (sheet rows 7, 8, …) and runs the intake, as the blob trigger would.</summary>
    public async Task<IntakeResult> SubmitAsync(string contributor, params string[][] rows) =>
        await SubmitBytesAsync(contributor, ReturnWorkbooks.Build(contributor, Cycle.Id, rows));

    public async Task<IntakeResult> SubmitBytesAsync(string contributor, byte[] content)
    {
        var name = $"{Cycle.Id}/{contributor}/{Guid.NewGuid():N}.xlsx";
        var blob = Services.Storage.Container(StorageNames.Containers.Returns).GetBlobClient(name);
        await blob.UploadAsync(new BinaryData(content), new BlobUploadOptions { Metadata = IntakeService.UploadMetadata($"{contributor}.xlsx", DateTimeOffset.UtcNow) });
        return (await Services.Intake.ProcessAsync(name))!;
    }

    public async Task<ReviewState?> StateAsync(string contributor) =>
        (await Services.Reviews.ShowAsync(Cycle.Id, ContributorId.Parse(contributor)))!.Review?.State;

    public Task<IReadOnlyList<ReturnRow>> RowsAsync(string? contributor = null) => Services.ReviewedRows.CurrentRowsAsync(Cycle, Identifiers.ParseOrNull<ContributorId>(contributor));

    /// <summary>A signed link's token for a contributor's page (a day long).</summary>
    public string ContributorToken(string contributor) =>
        Services.PortalTokens!.Issue(new Thb.Portal.PortalGrant(Cycle.Id, ContributorId.Parse(contributor), Thb.Portal.PortalRole.Contributor, DateTimeOffset.UtcNow.AddDays(1)));

    public ReviewRequest Request(string contributor, string? comment = null, params string[] cells) => new(Cycle.Id, ContributorId.Parse(contributor), "analyst", comment, cells);
}
