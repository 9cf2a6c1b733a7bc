using Thb.Cycles;
using Thb.Intake;

namespace Thb.Tests.Intake;

/// <summary>How an upload without a verdict reads: being checked, retrying (failed or cut off), or failed.</summary>
public class UploadProgressTests
{
    private static readonly DateTimeOffset Uploaded = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    private static UploadAttempt Attempt(UploadProgress progress, DateTimeOffset started) =>
        new(CycleId.Parse("c"), ContributorId.Parse("malta"), "c/malta/x.xlsx", Uploaded, progress, 1, started, SubmissionId.Parse("s"), "c~malta~s", null);

    [Fact]
    public void A_fresh_upload_is_being_checked_and_a_forgotten_one_retrying()
    {
        Assert.Equal(UploadProgress.Checking, UploadAttempt.ProgressOf(null, Uploaded, Uploaded.AddSeconds(30), Bound));
        Assert.Equal(UploadProgress.Retrying, UploadAttempt.ProgressOf(null, Uploaded, Uploaded.AddMinutes(3), Bound));
    }

    [Fact]
    public void An_attempt_begun_longer_than_the_bound_ago_was_cut_off()
    {
        Assert.Equal(UploadProgress.Checking, UploadAttempt.ProgressOf(Attempt(UploadProgress.Checking, Uploaded.AddMinutes(5)), Uploaded, Uploaded.AddMinutes(6), Bound));
        Assert.Equal(UploadProgress.Retrying, UploadAttempt.ProgressOf(Attempt(UploadProgress.Checking, Uploaded), Uploaded, Uploaded.AddMinutes(6), Bound));
    }

    [Fact]
    public void Recorded_failures_stand_as_recorded()
    {
        Assert.Equal(UploadProgress.Failed, UploadAttempt.ProgressOf(Attempt(UploadProgress.Failed, Uploaded), Uploaded, Uploaded.AddSeconds(1), Bound));
        Assert.Equal(UploadProgress.Retrying, UploadAttempt.ProgressOf(Attempt(UploadProgress.Retrying, Uploaded), Uploaded, Uploaded.AddSeconds(1), Bound));
    }

    [Fact]
    public void The_runtime_poison_message_names_the_blob()
    {
        var message = PoisonBlobMessage.TryParse("""{"Type":"BlobTrigger","FunctionId":"Host.Functions.Intake","BlobType":"BlockBlob","ContainerName":"returns","BlobName":"c/malta/x.xlsx","ETag":"\"0x8D\""}""");
        Assert.Equal(new PoisonBlobMessage("returns", "c/malta/x.xlsx"), message);
        Assert.Null(PoisonBlobMessage.TryParse("not json"));
        Assert.Null(PoisonBlobMessage.TryParse("""{"BlobName":"c/malta/x.xlsx"}"""));
    }

    [Fact]
    public void The_attempts_match_the_blob_trigger_poison_threshold_in_host_json()
    {
        var hostJson = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Thb.Tests.Architecture.SourceTree.RepositoryRoot, "src/Thb.Functions/host.json")))!;
        Assert.Equal(IntakeOptions.MaxAttempts, hostJson["extensions"]!["blobs"]!["poisonBlobThreshold"]!.GetValue<int>());
    }
}
