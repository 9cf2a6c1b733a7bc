using System.IO.Compression;
using System.Security;
using System.Text;

namespace Thb.Tests.Intake;

/// <summary>Paths of the sample returns copied into the test project.</summary>
public static class Samples
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Data", "returns");
    public static string Path_(string name) => Path.Combine(Directory, name);
    public static string ExpectedJson => Path.Combine(AppContext.BaseDirectory, "Data", "expected.json");
    public static readonly string[] Names = ["Austria", "Bulgaria", "Cyprus", "Eurojust", "Germany"];
}

/// <summary>
/// Writes minimal .xlsx packages part by part, so tests control every byte the reader sees: inline strings, cached
/// formula values, hidden sheets, DOCTYPEs, over-long cells. Cells are given as (reference, xml-content, type).
/// </summary>
public sealed class RawXlsx
{
    private readonly List<(string Name, string State, StringBuilder Rows, List<string> Merges)> _sheets = [];
    private readonly Dictionary<string, string> _extraParts = new();
    public string? SharedStringsXml { get; set; }

    public RawXlsx Sheet(string name, string state = "visible")
    {
        _sheets.Add((name, state, new StringBuilder(), []));
        return this;
    }

    /// <summary>Adds a row of inline-string cells starting at column A (null leaves a cell out).</summary>
    public RawXlsx Row(int row, params string?[] texts)
    {
        var sb = new StringBuilder($"<row r=\"{row}\">");
        for (var i = 0; i < texts.Length; i++)
        {
            if (texts[i] is null) continue;
            var reference = ColumnName(i + 1) + row;
            sb.Append($"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{SecurityElement.Escape(texts[i])}</t></is></c>");
        }
        sb.Append("</row>");
        _sheets[^1].Rows.Append(sb);
        return this;
    }

    /// <summary>Adds raw row XML (for numbers, formulas, shared strings).</summary>
    public RawXlsx RawRow(string xml)
    {
        _sheets[^1].Rows.Append(xml);
        return this;
    }

    public RawXlsx Merge(string range)
    {
        _sheets[^1].Merges.Add(range);
        return this;
    }

    /// <summary>Number formats for the cells: style index i (1-based) shows the i-th code (custom formats 164, 165, …).</summary>
    public RawXlsx NumberFormats(params string[] codes)
    {
        _formats = codes;
        return this;
    }

    private string[]? _formats;

    /// <summary>Dates counted from 1904, as old Mac workbooks do.</summary>
    public bool Date1904 { get; set; }

    public RawXlsx Part(string path, string content)
    {
        _extraParts[path] = content;
        return this;
    }

    public byte[] Build()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            var overrides = new StringBuilder();
            for (var i = 0; i < _sheets.Count; i++)
                overrides.Append($"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            if (SharedStringsXml is not null)
                overrides.Append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            Write(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" + overrides + "</Types>");
            Write(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            var sheets = new StringBuilder();
            var rels = new StringBuilder();
            for (var i = 0; i < _sheets.Count; i++)
            {
                sheets.Append($"<sheet name=\"{SecurityElement.Escape(_sheets[i].Name)}\" sheetId=\"{i + 1}\" state=\"{_sheets[i].State}\" r:id=\"rId{i + 1}\"/>");
                rels.Append($"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>");
                var merges = _sheets[i].Merges.Count == 0 ? "" :
                    $"<mergeCells count=\"{_sheets[i].Merges.Count}\">" + string.Concat(_sheets[i].Merges.Select(m => $"<mergeCell ref=\"{m}\"/>")) + "</mergeCells>";
                Write(zip, $"xl/worksheets/sheet{i + 1}.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
                    _sheets[i].Rows + "</sheetData>" + merges + "</worksheet>");
            }
            if (_formats is not null)
            {
                rels.Append("<Relationship Id=\"rIdST\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
                var numFmts = string.Concat(_formats.Select((f, i) => $"<numFmt numFmtId=\"{164 + i}\" formatCode=\"{SecurityElement.Escape(f)}\"/>"));
                var xfs = "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>" +
                          string.Concat(_formats.Select((_, i) => $"<xf numFmtId=\"{164 + i}\" fontId=\"0\" fillId=\"0\" borderId=\"0\" applyNumberFormat=\"1\"/>"));
                Write(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                    $"<numFmts count=\"{_formats.Length}\">{numFmts}</numFmts><fonts count=\"1\"><font><sz val=\"11\"/></font></fonts>" +
                    "<fills count=\"2\"><fill><patternFill/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills><borders count=\"1\"><border/></borders>" +
                    $"<cellXfs count=\"{_formats.Length + 1}\">{xfs}</cellXfs></styleSheet>");
            }
            if (SharedStringsXml is not null)
            {
                rels.Append("<Relationship Id=\"rIdSS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
                Write(zip, "xl/sharedStrings.xml", SharedStringsXml);
            }
            Write(zip, "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
                (Date1904 ? "<workbookPr date1904=\"1\"/>" : "") + "<sheets>" +
                sheets + "</sheets></workbook>");
            Write(zip, "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + rels + "</Relationships>");
            foreach (var (path, content) in _extraParts) Write(zip, path, content);
        }
        return memory.ToArray();
    }

    /// <summary>A return laid out like the samples: title, Delegation and cycle, header on row 6, the given rows from row 7.</summary>
    public static RawXlsx Return(string delegation, string cycle, params string?[][] rows)
    {
        var x = new RawXlsx().Sheet("Return")
            .Row(1, "Action-Oriented Paper on trafficking in human beings – external dimension: return")
            .Row(3, "Delegation", delegation)
            .Row(4, "Reporting cycle", cycle)
            .Row(6, AnnexHeaders);
        for (var i = 0; i < rows.Length; i++) x.Row(7 + i, rows[i]);
        return x;
    }

    public static readonly string[] AnnexHeaders =
    [
        "Country/ region or organisation at international level", "Form or structure of actions and activities",
        "Description of actions and activities", "Partner organisation", "Duration (start/end date)", "Funding in EUR",
    ];

    private static void Write(ZipArchive zip, string path, string content)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Fastest);
        using var stream = entry.Open();
        var bytes = Encoding.UTF8.GetBytes(content);
        stream.Write(bytes);
    }

    public static string ColumnName(int column)
    {
        var name = "";
        while (column > 0)
        {
            column--;
            name = (char)('A' + column % 26) + name;
            column /= 26;
        }
        return name;
    }
}

/// <summary>Minimal but well-formed OLE compound files (the container of legacy .xls and of encrypted workbooks).</summary>
public static class OleFiles
{
    public static byte[] Create(params string[] streamNames)
    {
        const int sector = 512;
        var file = new byte[sector * 3];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(file, 0);
        void U16(int at, int v) => BitConverter.GetBytes((ushort)v).CopyTo(file, at);
        void I32(int at, int v) => BitConverter.GetBytes(v).CopyTo(file, at);
        U16(0x18, 0x3E); U16(0x1A, 3); U16(0x1C, 0xFFFE); U16(0x1E, 9); U16(0x20, 6);
        I32(0x2C, 1);          // one FAT sector
        I32(0x30, 1);          // directory starts at sector 1
        I32(0x38, 4096);       // mini stream cutoff
        I32(0x3C, -2); I32(0x40, 0); I32(0x44, -2); I32(0x48, 0);
        I32(0x4C, 0);          // DIFAT[0]: FAT in sector 0
        for (var i = 1; i < 109; i++) I32(0x4C + i * 4, -1);
        var fat = sector;      // sector 0 starts after the header
        I32(fat, -3); I32(fat + 4, -2);
        for (var i = 2; i < 128; i++) I32(fat + i * 4, -1);
        var dir = sector * 2;
        void Entry(int index, string name, byte type)
        {
            var at = dir + index * 128;
            var bytes = Encoding.Unicode.GetBytes(name + "\0");
            bytes.CopyTo(file, at);
            U16(at + 64, bytes.Length);
            file[at + 66] = type;
            I32(at + 68, -1); I32(at + 72, -1); I32(at + 76, index == 0 && streamNames.Length > 0 ? 1 : -1);
            I32(at + 116, -2);
        }
        Entry(0, "Root Entry", 5);
        for (var i = 0; i < Math.Min(3, streamNames.Length); i++) Entry(i + 1, streamNames[i], 2);
        return file;
    }
}

/// <summary>Zip bytes with every entry's modification time cleared: two copies written seconds apart compare equal when nothing else differs.</summary>
public static class ZipBytes
{
    public static byte[] WithoutTimes(byte[] zip)
    {
        var z = (byte[])zip.Clone();
        int U16(int at) => z[at] | z[at + 1] << 8;
        int U32(int at) => z[at] | z[at + 1] << 8 | z[at + 2] << 16 | z[at + 3] << 24;
        var end = z.Length - 22; // no archive comment
        Assert.Equal(0x06054b50, U32(end));
        var at = U32(end + 16);
        for (var i = 0; i < U16(end + 10); i++)
        {
            Assert.Equal(0x02014b50, U32(at));
            z.AsSpan(at + 12, 4).Clear();
            var local = U32(at + 42);
            Assert.Equal(0x04034b50, U32(local));
            z.AsSpan(local + 10, 4).Clear();
            at += 46 + U16(at + 28) + U16(at + 30) + U16(at + 32);
        }
        return z;
    }
}
