using System.Text.Json;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Returns;
using Thb.Storage;

namespace Thb.IntegrationTests.Intake;

/// <summary>
/// Rows go into Table Storage and come back whole whatever their size: a short row in one property, a long one in
/// several chunk properties, an overlong one in an overflow blob (the reader asks for those columns alone).
/// </summary>
public sealed class RowStoreRoundTripTests
{
    [Fact]
    public async Task Short_chunked_and_overflowing_rows_come_back_as_they_were_written_in_order()
    {
        await using var services = await TestStorage.ServicesAsync();
        var sample = ReturnChecker.Check(TestData.Sample("Cyprus")).Rows;
        var rows = new List<ReturnRow>
        {
            sample[0] with { Row = 7 },
            sample[1] with { Row = 8, Description = new RawText(new string('a', TableText.ChunkCharacters * 3 + 17)) },
            sample[2] with { Row = 9, Description = new RawText(new string('b', TableText.ChunkCharacters * TableText.MaxChunks + 5)) },
            sample[3] with { Row = 10 },
        };
        var at = DateTimeOffset.UtcNow;
        var submission = new Submission(CycleId.Parse(TestStorage.NewCycleId("rows")), ContributorId.Parse("cyprus"), SubmissionId.Parse("s1"),
            "c/cyprus/r.xlsx", "r.xlsx", null, null, 0, at, at, ReturnStatus.Accepted, rows.Count, 0, 0, false, null, "Cyprus", []);

        await services.Rows.WriteAsync(submission, rows);
        var read = await services.Rows.ReadAsync(submission);

        Assert.Equal(rows.Select(Json), read.Select(r => Json(r with { Contributor = null, Submission = null })));
        Assert.All(read, r => Assert.Equal("cyprus", r.Contributor));
        var overflow = services.Storage.Container(StorageNames.Containers.RowData).GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"{submission.CycleId}/cyprus/s1/", default);
        var blobs = new List<string>();
        await foreach (var blob in overflow) blobs.Add(blob.Name);
        Assert.Equal([$"{submission.CycleId}/cyprus/s1/9.json"], blobs);
    }

    private static string Json(ReturnRow row) => JsonSerializer.Serialize(row, ReturnJson.Compact);
}
