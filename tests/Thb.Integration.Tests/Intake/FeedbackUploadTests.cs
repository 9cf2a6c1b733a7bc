using Thb.Cycles;
using System.IO.Compression;
using System.Text;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using ClosedXML.Excel;
using Thb.Intake;
using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Intake.Workbooks;
using Thb.Storage;

namespace Thb.IntegrationTests.Intake;

/// <summary>
/// The intake writes the feedback copy into its blob a few MiB at a time while making it: the blob holds byte for byte
/// the copy made in memory (entry times aside), and a copy that fails part-way starts again as the findings alone.
/// </summary>
public class FeedbackUploadTests
{
    private static readonly DateTimeOffset ProcessedAt = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_feedback_copy_of_several_blocks_is_the_copy_made_in_memory()
    {
        // 10 MiB that do not compress: the copy spans three blocks of 4 MiB.
        var bytes = WithParts(ReturnWorkbooks.Build("Austria", "2011-1", ["Albania", "Training", "Workshop", "IOM", "2010", "1 EUR"]),
            atStart: false, ("xl/media/image1.bin", Noise(10 * 1024 * 1024)));
        var inspection = PackageInspector.Inspect(new MemoryStream(bytes), WorkbookLimits.Default);
        var check = ReturnChecker.Check(inspection, "Austria.xlsx", new CheckOptions());
        Assert.True(check.Status.IsAccepted());

        var blob = await NewBlobAsync();
        await FeedbackWorkbook.UploadAsync(inspection.Package, check with { Rows = [] }, check.Rows.Count, ProcessedAt, default, blob, CancellationToken.None);

        var stored = (await blob.DownloadContentAsync()).Value.Content.ToArray();
        var expected = FeedbackWorkbook.Create(inspection.Package, check, ProcessedAt);
        Assert.Equal(WithoutTimes(expected), WithoutTimes(stored));
        var blocks = (await blob.GetBlockListAsync(BlockListTypes.Committed)).Value.CommittedBlocks.ToList();
        Assert.Equal(3, blocks.Count);
    }

    [Fact]
    public async Task A_copy_that_fails_after_blocks_went_up_is_the_findings_alone()
    {
        // A large part first (it goes up), then a sheet whose XML breaks off: the copy fails on it and starts again.
        var good = ReturnWorkbooks.Build("Austria", "2011-1", ["Albania", "Training", "Workshop", "IOM", "2010", "1 EUR"]);
        var broken = WithParts(Replace(good, "xl/worksheets/sheet1.xml", content => content[..(content.Length / 2)]), atStart: true,
            ("xl/media/image1.bin", Noise(9 * 1024 * 1024)));
        var inspection = PackageInspector.Inspect(new MemoryStream(broken), WorkbookLimits.Default);
        var check = ReturnChecker.Check(inspection, "Austria.xlsx", new CheckOptions());
        Assert.Contains(check.Findings, f => f.Code == FindingCodes.FileDamaged);

        var blob = await NewBlobAsync();
        await FeedbackWorkbook.UploadAsync(inspection.Package, check, check.Rows.Count, ProcessedAt, default, blob, CancellationToken.None);

        var stored = (await blob.DownloadContentAsync()).Value.Content.ToArray();
        Assert.Equal(WithoutTimes(FeedbackWorkbook.Create(inspection.Package, check, ProcessedAt)), WithoutTimes(stored));
        using var workbook = new XLWorkbook(new MemoryStream(stored));
        Assert.Equal([FeedbackWorkbook.FindingsSheetName], workbook.Worksheets.Select(s => s.Name));
        Assert.Contains(workbook.Worksheet(1).CellsUsed(), c => c.GetString().Contains("could not be copied"));
        // The blocks committed are those of the second start (the first start's went up and were left uncommitted).
        var blocks = (await blob.GetBlockListAsync(BlockListTypes.Committed)).Value.CommittedBlocks;
        Assert.All(blocks, b => Assert.StartsWith("0001-", Encoding.ASCII.GetString(Convert.FromBase64String(b.Name))));
    }

    [Fact]
    public async Task A_large_return_through_the_intake_has_its_rows_and_the_feedback_copy_made_in_memory()
    {
        var scenario = await IntakeScenario.CreateAsync();
        var rows = Enumerable.Range(1, 400).Select(i => new[] { "Albania", "Training", $"Workshop {i}: " + new string('w', 3000), "IOM", "2010", $"{i} EUR" }).ToArray();
        var bytes = ReturnWorkbooks.Build("Austria", scenario.Cycle.Id, rows);
        var blob = await scenario.UploadAsync("austria", "Austria.xlsx", bytes);
        await scenario.RunFunctionAsync(blob);

        var submission = (await scenario.StatusAsync("austria")).Current!;
        Assert.Equal(400, submission.Rows);
        Assert.Equal(400, (await scenario.Services.Queries.CurrentRowsAsync(scenario.Cycle, ContributorId.Parse("austria"))).Count);
        var options = new CheckOptions
        {
            DelegationNames = ["Austria", "austria"], Cycle = scenario.Cycle.Id, ContributorId = "austria",
            Limits = WorkbookLimits.Default with { MaxFileBytes = scenario.Services.IntakeOptions.MaxUploadBytes },
        };
        var inspection = PackageInspector.Inspect(new MemoryStream(bytes), options.Limits);
        var check = ReturnChecker.Check(inspection, "Austria.xlsx", options);
        var expected = FeedbackWorkbook.Create(inspection.Package, check, submission.ProcessedAt);
        Assert.Equal(WithoutTimes(expected), WithoutTimes(await scenario.DownloadFeedbackAsync(submission)));
    }

    private static async Task<BlockBlobClient> NewBlobAsync()
    {
        var storage = await TestStorage.GetAsync();
        return storage.Container(StorageNames.Containers.Feedback).GetBlockBlobClient($"{TestStorage.NewCycleId("fb")}/copy.xlsx");
    }

    private static byte[] Noise(int length)
    {
        var bytes = new byte[length];
        new Random(11).NextBytes(bytes);
        return bytes;
    }

    /// <summary>The package with <paramref name="parts"/> added first or last, every other entry as it was.</summary>
    private static byte[] WithParts(byte[] package, bool atStart, params (string Name, byte[] Content)[] parts)
    {
        using var source = new ZipArchive(new MemoryStream(package));
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, byte[] content)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(content);
            }
            if (atStart) foreach (var (name, content) in parts) Add(name, content);
            foreach (var entry in source.Entries)
            {
                using var read = entry.Open();
                var content = new MemoryStream();
                read.CopyTo(content);
                Add(entry.FullName, content.ToArray());
            }
            if (!atStart) foreach (var (name, content) in parts) Add(name, content);
        }
        return output.ToArray();
    }

    private static byte[] Replace(byte[] package, string name, Func<string, string> change)
    {
        var copy = new MemoryStream();
        copy.Write(package);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(name)!;
            string text;
            using (var reader = new StreamReader(entry.Open())) text = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(change(text));
        }
        return copy.ToArray();
    }

    /// <summary>Zip bytes with every entry's modification time cleared (copies written seconds apart compare equal otherwise).</summary>
    private static byte[] WithoutTimes(byte[] zip)
    {
        var z = (byte[])zip.Clone();
        int U16(int at) => z[at] | z[at + 1] << 8;
        int U32(int at) => z[at] | z[at + 1] << 8 | z[at + 2] << 16 | z[at + 3] << 24;
        var end = z.Length - 22;
        Assert.Equal(0x06054b50, U32(end));
        var at = U32(end + 16);
        for (var i = 0; i < U16(end + 10); i++)
        {
            z.AsSpan(at + 12, 4).Clear();
            z.AsSpan(U32(at + 42) + 10, 4).Clear();
            at += 46 + U16(at + 28) + U16(at + 30) + U16(at + 32);
        }
        return z;
    }
}
