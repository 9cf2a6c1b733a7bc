using Thb.Cli;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging.Abstractions;
using Thb.Cycles;
using Thb.Functions.Intake;
using Thb.Intake;
using Thb.Storage;

namespace Thb.IntegrationTests.Intake;

/// <summary>A fresh cycle of the five sample delegations, and helpers to upload and process through the function class.</summary>
public sealed class IntakeScenario
{
    private IntakeScenario(CommandServices services, Cycle cycle)
    {
        Services = services;
        Cycle = cycle;
    }

    public CommandServices Services { get; }
    public Cycle Cycle { get; }
    public BlobContainerClient Returns => Services.Storage.Container(StorageNames.Containers.Returns);

    public static readonly IReadOnlyList<Contributor> SampleContributors =
    [
        new(ContributorId.Parse("austria"), "Austria", ContributorKind.MemberState, 1, ["contact@austria.example"]),
        new(ContributorId.Parse("bulgaria"), "Bulgaria", ContributorKind.MemberState, 2, []),
        new(ContributorId.Parse("cyprus"), "Cyprus", ContributorKind.MemberState, 3, []),
        new(ContributorId.Parse("germany"), "Germany", ContributorKind.MemberState, 4, []),
        new(ContributorId.Parse("eurojust"), "Eurojust", ContributorKind.EuBody, 5, []),
    ];

    public static async Task<IntakeScenario> CreateAsync(DateOnly? deadline = null, IntakeOptions? options = null, TimeProvider? clock = null)
    {
        var settings = options is null ? (Func<string, string?>)(_ => null) : name => name == "THB_MAX_UPLOAD_MB" ? (options.MaxUploadBytes / 1048576).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        var services = await TestStorage.ServicesAsync(clock, settings);
        var cycle = await services.Cycles.OpenAsync(
            new Cycle(CycleId.Parse(TestStorage.NewCycleId()), "Test cycle", deadline ?? DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), CycleState.Open, [14, 7, 2]),
            SampleContributors);
        return new IntakeScenario(services, cycle);
    }

    public IntakeFunction Function => new(Services.Intake, NullLogger<IntakeFunction>.Instance);

    public async Task<BlobClient> UploadAsync(string contributor, string fileName, byte[] content, DateTimeOffset? uploadedAt = null)
    {
        var blob = Returns.GetBlobClient($"{Cycle.Id}/{contributor}/{fileName}");
        // Stamped like the CLI and the portal stamp their uploads (Last-Modified alone is to the second).
        await blob.UploadAsync(new BinaryData(content), new BlobUploadOptions { Metadata = IntakeService.UploadMetadata(fileName, uploadedAt ?? DateTimeOffset.UtcNow) });
        return blob;
    }

    public Task<BlobClient> UploadSampleAsync(string delegation, string? asName = null, DateTimeOffset? uploadedAt = null) =>
        UploadAsync(delegation.ToLowerInvariant(), asName ?? $"{delegation}.xlsx", File.ReadAllBytes(TestData.Sample(delegation)), uploadedAt);

    /// <summary>Runs the blob-triggered function class directly, as the host would.</summary>
    public async Task RunFunctionAsync(BlobClient blob) => await Function.RunAsync(blob, CancellationToken.None);

    public async Task<ContributorStatus> StatusAsync(string contributor) =>
        (await Services.Queries.StatusAsync(Cycle)).Single(s => s.Contributor.Id == contributor);

    public Task<IReadOnlyList<Submission>> HistoryAsync(string contributor) => Services.Queries.HistoryAsync(Cycle.Id, ContributorId.Parse(contributor));

    public async Task<byte[]> DownloadFeedbackAsync(Submission submission)
    {
        var content = await Services.Storage.Container(StorageNames.Containers.Feedback).GetBlobClient(submission.FeedbackBlob!).DownloadContentAsync();
        return content.Value.Content.ToArray();
    }

    public Task<BlobProperties> PropertiesAsync(BlobClient blob) => blob.GetPropertiesAsync().ContinueWith(t => t.Result.Value);
}
