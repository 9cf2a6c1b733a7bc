using System.IO.Compression;
using System.Xml.Linq;
using ClosedXML.Excel;
using Thb.Annex;

namespace Thb.Tests.Annex;

/// <summary>Reads a compiled annex back the way a person's spreadsheet would: with ClosedXML, a library independent of the writer.</summary>
public static class AnnexSheets
{
    /// <summary>One row of a return as the Annex sheet shows it: its continuation rows joined back.</summary>
    public sealed record AnnexRow(string Source, string[] Cells, int PhysicalRows);

    public static IReadOnlyList<AnnexRow> ReadAnnexRows(XLWorkbook workbook)
    {
        var sheet = workbook.Worksheet(AnnexWorkbook.AnnexSheet);
        var rows = new List<AnnexRow>();
        var previousRow = 0;
        foreach (var row in sheet.RowsUsed().Skip(1))
        {
            var source = row.Cell(AnnexWorkbook.SourceColumn).GetString();
            if (source.Length == 0) continue;
            var cells = Enumerable.Range(1, 6).Select(c => row.Cell(c).GetString()).ToArray();
            if (rows.Count > 0 && rows[^1].Source == source && row.RowNumber() == previousRow + 1)
            {
                var previous = rows[^1];
                rows[^1] = previous with { Cells = previous.Cells.Zip(cells, (a, b) => a + b).ToArray(), PhysicalRows = previous.PhysicalRows + 1 };
            }
            else
            {
                rows.Add(new AnnexRow(source, cells, 1));
            }
            previousRow = row.RowNumber();
        }
        return rows;
    }

    /// <summary>A part of the package as XML ("xl/workbook.xml"), or the worksheet part of a sheet by name.</summary>
    public static XDocument Part(byte[] xlsx, string path)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        using var stream = zip.GetEntry(path)!.Open();
        return XDocument.Load(stream);
    }

    public static XDocument SheetXml(byte[] xlsx, string sheetName)
    {
        var workbook = Part(xlsx, "xl/workbook.xml");
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        XNamespace r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var id = workbook.Descendants(main + "sheet").Single(s => (string?)s.Attribute("name") == sheetName).Attribute(r + "id")!.Value;
        var rels = Part(xlsx, "xl/_rels/workbook.xml.rels");
        var target = rels.Root!.Elements().Single(e => (string?)e.Attribute("Id") == id).Attribute("Target")!.Value;
        return Part(xlsx, target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target);
    }

    public static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
}
