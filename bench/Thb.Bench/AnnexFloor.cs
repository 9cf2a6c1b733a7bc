using Thb.Cycles;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using SpreadCheetah;
using Thb.Intake;
using Thb.Storage;

namespace Thb.Bench;

/// <summary>
/// The floor of `thb annex` (issue 15): the unavoidable work of compiling a cycle's annex workbook, done the cheapest way
/// the packages can. Query every current submission's row partition, four at a time as the service does, take the six
/// raw texts out of each row's stored JSON, and write them, one spreadsheet row each, with SpreadCheetah (the fastest
/// writer NuGet serves; see <see cref="AnnexWriters"/>), and store that file in blob storage as an annex must be. No
/// analysis, no continuation rows or styles, no exports, no Council document, no latest.*: whatever the annex costs
/// above this is what it does besides.
/// </summary>
public static class AnnexFloor
{
    private static readonly string[] Raw = ["countryRegion", "form", "description", "partner", "duration", "funding"];

    public static async Task<int> RunAsync(string connection, string cycleId)
    {
        var tables = new TableServiceClient(connection);
        var partitions = new List<string>();
        await foreach (var e in tables.GetTableClient(StorageNames.Tables.Contributors)
                           .QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {cycleId}"), select: ["RowKey", "CurrentSubmission"]))
            if (e.GetString("CurrentSubmission") is { } submission) partitions.Add(Submission.RowPartitionOf(CycleId.Parse(cycleId), ContributorId.Parse(e.RowKey), SubmissionId.Parse(submission)));
        if (partitions.Count == 0)
        {
            Console.Error.WriteLine($"floor-annex: cycle '{cycleId}' has no current submissions in that storage.");
            return 1;
        }

        var rows = tables.GetTableClient(StorageNames.Tables.Rows);
        var sections = new List<string[]>[partitions.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, partitions.Count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, token) =>
        {
            var list = new List<string[]>();
            await foreach (var e in rows.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partitions[i]}"), cancellationToken: token))
                list.Add(Cells(TableText.Read(e, "Json") ?? throw new InvalidDataException("floor-annex reads rows kept in their entity only.")));
            sections[i] = list;
        });

        var path = Path.Combine(Path.GetTempPath(), $"floor-annex-{Guid.NewGuid():N}.xlsx");
        try
        {
            await using (var file = File.Create(path))
            await using (var spreadsheet = await Spreadsheet.CreateNewAsync(file))
            {
                await spreadsheet.StartWorksheetAsync("Annex");
                var cells = new DataCell[Raw.Length];
                foreach (var section in sections)
                    foreach (var row in section)
                    {
                        for (var c = 0; c < cells.Length; c++) cells[c] = new DataCell(row[c]);
                        await spreadsheet.AddRowAsync(cells);
                    }
                await spreadsheet.FinishAsync();
            }
            // Stored, as an annex must be: one Put Blob streamed from the file.
            await using (var written = File.OpenRead(path))
            {
                var blob = new BlobServiceClient(connection).GetBlobContainerClient("floor");
                await blob.CreateIfNotExistsAsync();
                await blob.GetBlobClient($"{cycleId}/{Guid.NewGuid():N}.xlsx").UploadAsync(written, new BlobUploadOptions
                {
                    TransferOptions = new Azure.Storage.StorageTransferOptions { InitialTransferSize = Math.Max(written.Length, 1), MaximumConcurrency = 1 },
                });
            }
            Console.WriteLine($"floor-annex: {sections.Sum(s => s.Count)} rows of {partitions.Count} submissions → {new FileInfo(path).Length / 1024} KB, stored");
        }
        finally
        {
            File.Delete(path);
        }
        return 0;
    }

    /// <summary>The six raw texts of a stored row's contract JSON.</summary>
    private static string[] Cells(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var cells = new string[Raw.Length];
        for (var i = 0; i < Raw.Length; i++)
            cells[i] = root.TryGetProperty(Raw[i], out var cell) && cell.TryGetProperty("raw", out var raw) ? raw.GetString() ?? "" : "";
        return cells;
    }
}
