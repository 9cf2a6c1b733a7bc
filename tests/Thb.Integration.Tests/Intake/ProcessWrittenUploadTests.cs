using System.Text.Json;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Returns;

namespace Thb.IntegrationTests.Intake;

/// <summary>`thb submit` hands its intake the bytes it has just written instead of reading the blob back: the verdict is the same.</summary>
public class ProcessWrittenUploadTests
{
    private static readonly ContributorId Austria = ContributorId.Parse("austria");

    [Fact]
    public async Task An_upload_processed_from_the_bytes_in_hand_is_recorded_as_if_read_from_its_blob()
    {
        var bytes = await File.ReadAllBytesAsync(TestData.Sample("Austria"));
        var inHand = await IntakeScenario.CreateAsync();
        var readBack = await IntakeScenario.CreateAsync();
        var at = DateTimeOffset.UtcNow;

        var written = await ReturnUploads.UploadByContentAsync(inHand.Services.Storage, bytes, "Austria.xlsx", inHand.Cycle.Id, Austria, at);
        Assert.Equal(bytes, Assert.IsType<WrittenReturn>(written.Written).Content.ToArray());
        var fromBytes = (await inHand.Services.Intake.ProcessAsync(written))!.Submission;
        var uploaded = await ReturnUploads.UploadByContentAsync(readBack.Services.Storage, bytes, "Austria.xlsx", readBack.Cycle.Id, Austria, at);
        var fromBlob = (await readBack.Services.Intake.ProcessAsync(uploaded.BlobName))!.Submission;

        var blob = inHand.Returns.GetBlobClient(written.BlobName);
        var properties = await inHand.PropertiesAsync(blob);
        Assert.Equal(properties.ETag.ToString(), fromBytes.ETag);
        Assert.Equal(IntakeService.UploadTime(properties), fromBytes.UploadedAt);
        Assert.Equal(bytes, (await blob.DownloadContentAsync()).Value.Content.ToArray()); // the upload as it was sent
        Assert.Equal(
            (fromBlob.FileName, fromBlob.Size, fromBlob.Sha256, fromBlob.Status, fromBlob.Rows, fromBlob.Errors, fromBlob.Warnings, fromBlob.UploadedAt),
            (fromBytes.FileName, fromBytes.Size, fromBytes.Sha256, fromBytes.Status, fromBytes.Rows, fromBytes.Errors, fromBytes.Warnings, fromBytes.UploadedAt));
        // The findings name the cycle, which is each scenario's own.
        Assert.Equal(JsonSerializer.Serialize(fromBlob.Findings, ReturnJson.Compact).Replace(readBack.Cycle.Id.Value, "CYCLE"),
            JsonSerializer.Serialize(fromBytes.Findings, ReturnJson.Compact).Replace(inHand.Cycle.Id.Value, "CYCLE"));
        Assert.Equal(29, (await inHand.Services.Queries.CurrentRowsAsync(inHand.Cycle, Austria)).Count);
        Assert.NotEmpty(await inHand.DownloadFeedbackAsync(fromBytes));
    }

    [Fact]
    public async Task The_same_bytes_again_are_not_written_and_read_as_a_replay()
    {
        var bytes = await File.ReadAllBytesAsync(TestData.Sample("Cyprus"));
        var scenario = await IntakeScenario.CreateAsync();
        var first = await ReturnUploads.UploadByContentAsync(scenario.Services.Storage, bytes, "Cyprus.xlsx", scenario.Cycle.Id, ContributorId.Parse("cyprus"), DateTimeOffset.UtcNow);
        await scenario.Services.Intake.ProcessAsync(first);

        var again = await ReturnUploads.UploadByContentAsync(scenario.Services.Storage, bytes, "Cyprus.xlsx", scenario.Cycle.Id, ContributorId.Parse("cyprus"), DateTimeOffset.UtcNow);
        Assert.True(again.AlreadyThere);
        Assert.Null(again.Written);
        var replay = await scenario.Services.Intake.ProcessAsync(again);
        Assert.True(replay!.Replayed);
        Assert.Single(await scenario.HistoryAsync("cyprus"));
    }
}
