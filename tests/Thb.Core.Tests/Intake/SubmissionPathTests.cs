using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Returns;

namespace Thb.Tests.Intake;

/// <summary>A submission's ids are typed; an upload whose path names no id keeps the path's text, nothing of it lost.</summary>
public class SubmissionPathTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static Submission Rejected(string blobName, ReturnPath? path) =>
        new(path?.CycleId, path?.ContributorId, SubmissionId.Parse("0123456789abcdef01234567"), blobName, "x.xlsx", "etag", null, 10, At, At,
            ReturnStatus.Rejected, 0, 1, 0, false, null, null, []);

    [Fact]
    public void A_path_whose_segments_are_no_ids_keeps_their_text_beside_null_ids()
    {
        var path = ReturnPath.TryParse("Cycle 2026/Austria Ministry/x.xlsx", out var problem)!;
        Assert.Null(problem);
        Assert.Null(path.CycleId);
        Assert.Null(path.ContributorId);
        Assert.False(path.HasValidIds);
        Assert.Null(path.Valid);

        var submission = Rejected(path.BlobName, path);
        Assert.Null(submission.CycleId);
        Assert.Null(submission.ContributorId);
        Assert.Equal("Cycle 2026/Austria Ministry/x.xlsx", submission.BlobName);
        Assert.Equal("Cycle 2026", submission.CycleText);
        Assert.Equal("Austria Ministry", submission.ContributorText);
        Assert.Equal(SubmissionStore.InvalidPartition, SubmissionStore.PartitionFor(submission.CycleId));
        Assert.Equal("_~0123456789abcdef01234567", SubmissionStore.RowKeyFor(submission.ContributorId, submission.Id));
        Assert.Throws<InvalidOperationException>(() => submission.Owner);
    }

    [Fact]
    public void One_segment_that_is_an_id_is_typed_and_the_other_kept_as_text()
    {
        var path = ReturnPath.TryParse("2026-2/Austria Ministry/x.xlsx", out _)!;
        var submission = Rejected(path.BlobName, path);
        Assert.Equal(CycleId.Parse("2026-2"), submission.CycleId);
        Assert.Null(submission.ContributorId);
        Assert.Equal("2026-2", submission.CycleText);
        Assert.Equal("Austria Ministry", submission.ContributorText);
        Assert.Equal("2026-2", SubmissionStore.PartitionFor(submission.CycleId));
    }

    [Fact]
    public void A_path_without_three_segments_keeps_the_whole_text_in_its_blob_name()
    {
        Assert.Null(ReturnPath.TryParse("2026-2/x.xlsx", out var problem));
        Assert.NotNull(problem);
        var submission = Rejected("2026-2/x.xlsx", null);
        Assert.Equal("2026-2/x.xlsx", submission.BlobName);
        Assert.Equal("", submission.CycleText);
        Assert.Equal("", submission.ContributorText);
        Assert.Equal("~~0123456789abcdef01234567", submission.RowPartition);
    }

    [Fact]
    public void A_path_of_two_ids_is_typed_through()
    {
        var path = ValidReturnPath.TryParse("2026-2/austria/x.xlsx")!;
        Assert.Equal((CycleId.Parse("2026-2"), ContributorId.Parse("austria")), (path.CycleId, path.ContributorId));
        var submission = Rejected(path.BlobName, path.Path);
        Assert.Equal((path.CycleId, path.ContributorId), submission.Owner);
        Assert.Equal("2026-2~austria~0123456789abcdef01234567", submission.RowPartition);
        Assert.Equal(Submission.RowPartitionOf(path.CycleId, path.ContributorId, submission.Id), submission.RowPartition);
    }
}
