using System.IO.Compression;
using System.Xml;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Thb.Bench;

/// <summary>
/// The cheapest way the packages we use can do the unavoidable work of `thb check` and `thb submit`; each is run as a
/// whole process, like the command it is the floor of, so start-up counts on both sides.
/// </summary>
public static class Floors
{
    /// <summary>One Open XML SDK SAX pass over every cell: the shared strings' text, then every cell value of every sheet.</summary>
    public static int Check(string file)
    {
        var rows = ReadRows(file);
        Console.WriteLine($"{Path.GetFileName(file)}: {rows.Count} rows, {rows.Sum(r => r.Length)} cells");
        return 0;
    }

    public static List<string[]> ReadRows(string file)
    {
        using var document = SpreadsheetDocument.Open(file, false);
        var workbook = document.WorkbookPart!;
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is { } sharedStrings)
        {
            using var reader = OpenXmlReader.Create(sharedStrings);
            while (reader.Read())
                if (reader.IsStartElement && reader.ElementType == typeof(Text)) strings.Add(reader.GetText());
        }
        var rows = new List<string[]>();
        foreach (var sheet in workbook.WorksheetParts)
        {
            using var reader = OpenXmlReader.Create(sheet);
            var cells = new List<string>();
            var shared = false;
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Row) && reader.IsEndElement)
                {
                    rows.Add(cells.ToArray());
                    cells.Clear();
                }
                else if (reader.IsStartElement && reader.ElementType == typeof(Cell))
                    shared = reader.Attributes.Any(a => a.LocalName == "t" && a.Value == "s");
                else if (reader.IsStartElement && reader.ElementType == typeof(CellValue))
                {
                    var text = reader.GetText();
                    cells.Add(shared && int.TryParse(text, out var i) ? strings[i] : text);
                }
            }
        }
        return rows;
    }

    /// <summary>
    /// The check's floor, then: the upload to a blob, one entity per row in batches of 100 (four in flight, as the
    /// intake sends them), a package-level feedback copy stored beside it, and one entity for the verdict — what no
    /// intake can skip: the delegation's marked-up copy and a recorded verdict.
    /// </summary>
    public static async Task<int> SubmitAsync(string file, string connection)
    {
        var bytes = await File.ReadAllBytesAsync(file);
        var rows = ReadRows(file);
        var container = new BlobServiceClient(connection).GetBlobContainerClient("floor");
        await container.CreateIfNotExistsAsync();
        var name = $"{Guid.NewGuid():N}/{Path.GetFileName(file)}";
        await container.GetBlobClient(name).UploadAsync(new BinaryData(bytes));

        var table = new TableServiceClient(connection).GetTableClient("floor");
        await table.CreateIfNotExistsAsync();
        var partition = Guid.NewGuid().ToString("N");
        var batches = rows.Select((cells, r) =>
            {
                var entity = new TableEntity(partition, r.ToString("D7"));
                for (var c = 0; c < cells.Length; c++) entity[$"c{c}"] = cells[c];
                return new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity);
            })
            .Chunk(100);
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (batch, token) => await table.SubmitTransactionAsync(batch, token));

        var feedback = FeedbackCopy(bytes);
        await container.GetBlobClient(name + "-feedback.xlsx").UploadAsync(new BinaryData(feedback));
        await table.UpsertEntityAsync(new TableEntity("verdicts", partition) { ["Status"] = "accepted", ["Rows"] = rows.Count });
        Console.WriteLine($"{Path.GetFileName(file)}: {rows.Count} rows stored, feedback copy {feedback.Length / 1024} KB stored, verdict recorded");
        return 0;
    }

    /// <summary>Every part copied, the first sheet streamed through an XML reader and writer (where marks would be added).</summary>
    public static byte[] FeedbackCopy(byte[] original)
    {
        using var input = new ZipArchive(new MemoryStream(original), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var source = entry.Open();
                using var target = zip.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                if (entry.FullName == "xl/worksheets/sheet1.xml")
                {
                    using var reader = XmlReader.Create(source);
                    using var writer = XmlWriter.Create(target);
                    writer.WriteNode(reader, true);
                }
                else source.CopyTo(target);
            }
        }
        return output.ToArray();
    }
}
