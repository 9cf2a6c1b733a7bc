using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace Thb.Bench;

/// <summary>
/// Writes a return the way Excel does (shared strings, default namespace): title, Delegation and Reporting cycle
/// above the six annex headers on row 6, then N rows of varied, valid actions. Deterministic for a given size.
/// </summary>
public static class ReturnGenerator
{
    private static readonly string[] Places = ["Albania", "Kosovo", "Nigeria", "Republic of Moldova", "Ukraine", "Viet Nam", "West Africa", "South East Europe", "UNODC, OSCE, IOM", "Kenya, Tanzania"];
    private static readonly string[] Forms = ["Training", "Awareness raising", "Victim protection", "Bilateral agreement", "Police cooperation", "Study visit"];
    private static readonly string[] Partners = ["IOM", "UNODC", "national police", "Ministry of Interior", "La Strada", "Caritas"];
    private static readonly string[] Durations = ["1 November 2009 – 31 July 2010", "2009-2010", "since 12.11.2009, ongoing", "March 2010 – June 2011", "2011"];
    private static readonly string[] Fundings = ["53.368,01 EUR", "341 972.40 EUR", "250 000", "12,500.00", "financed through the general budgets of the ministries", "-"];
    private static readonly string[] Words =
    [
        "training", "for", "border", "police", "officers", "on", "the", "identification", "of", "victims", "trafficking", "in", "human", "beings",
        "awareness", "campaign", "with", "local", "authorities", "and", "civil", "society", "shelter", "support", "return", "reintegration",
        "judicial", "cooperation", "prosecutors", "workshop", "capital", "region", "funded", "project", "partners", "labour", "exploitation",
    ];

    public static int Run(string output, string[] options)
    {
        var rows = Option(options, "--rows") ?? 1000;
        var descriptionChars = Option(options, "--description-chars") ?? 200;
        var variant = Option(options, "--variant");
        var distinct = options.Contains("--distinct");
        File.WriteAllBytes(output, Write(rows, descriptionChars, variant, distinct));
        Console.WriteLine($"{output}: {rows} rows, {new FileInfo(output).Length / 1024.0:0} KB");
        return 0;
    }

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    /// <summary>Dates no other row has: the row number picks the start day and year, a shuffle the rest.</summary>
    private static string DistinctDuration(int row, Random random)
    {
        var start = new DateOnly(2000, 1, 1).AddDays(row % 7300);
        var end = start.AddDays(30 + random.Next(700));
        return (row % 3) switch
        {
            0 => $"{start.Day} {MonthNames[start.Month - 1]} {start.Year} – {end.Day} {MonthNames[end.Month - 1]} {end.Year}",
            1 => $"{start:dd.MM.yyyy} - {end:dd.MM.yyyy}",
            _ => $"since {start:dd.MM.yyyy}, ongoing",
        } + (row >= 7300 ? $" (phase {row / 7300 + 1})" : "");
    }

    /// <summary>An amount no other row has, written the ways returns write amounts.</summary>
    private static string DistinctFunding(int row, Random random)
    {
        var amount = (row + 1) * 1000m + random.Next(1000) + random.Next(100) / 100m;
        return (row % 3) switch
        {
            0 => amount.ToString("#,##0.00", CultureInfo.InvariantCulture) + " EUR",
            1 => "EUR " + amount.ToString("#,##0", CultureInfo.GetCultureInfo("de-DE")),
            _ => amount.ToString("# ##0.00", CultureInfo.InvariantCulture).Trim() + " €",
        };
    }

    private static int? Option(string[] options, string name)
    {
        var at = Array.IndexOf(options, name);
        return at >= 0 && at + 1 < options.Length ? int.Parse(options[at + 1], CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A variant number changes the title only: the same return as new bytes, so an intake does not take it for a replay.
    /// With <paramref name="distinct"/> no two rows share a place, duration or funding text (each place gets a note of its
    /// own, each duration its own dates, each funding its own amount): the readers' worst case, nothing to remember.</summary>
    public static byte[] Write(int rows, int descriptionChars, int? variant = null, bool distinct = false)
    {
        var random = new Random(20120402);
        var strings = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        int S(string s)
        {
            if (!index.TryGetValue(s, out var i)) { i = strings.Count; strings.Add(s); index[s] = i; }
            return i;
        }
        var sheet = new StringBuilder();
        sheet.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        void Row(int r, params string[] cells)
        {
            sheet.Append("<row r=\"").Append(r).Append("\">");
            for (var c = 0; c < cells.Length; c++)
                sheet.Append("<c r=\"").Append((char)('A' + c)).Append(r).Append("\" t=\"s\"><v>").Append(S(cells[c])).Append("</v></c>");
            sheet.Append("</row>");
        }
        Row(1, "Return on the external dimension of the action against trafficking in human beings" + (variant is { } v ? $" ({v})" : ""));
        Row(3, "Delegation", "Bench");
        Row(4, "Reporting cycle", "2012-2");
        Row(6, "Country/ region or organisation at international level", "Form or structure of actions and activities", "Description of actions and activities",
            "Partner organisation", "Duration (start/end date)", "Funding in EUR");
        var description = new StringBuilder();
        for (var r = 0; r < rows; r++)
        {
            description.Clear();
            while (description.Length < descriptionChars) description.Append(Words[random.Next(Words.Length)]).Append(' ').Append(random.Next(1000)).Append(' ');
            description.Length = descriptionChars;
            if (distinct)
                Row(7 + r, $"{Places[random.Next(Places.Length)]} (project {r + 1})", Forms[random.Next(Forms.Length)], description.ToString().Trim(),
                    Partners[random.Next(Partners.Length)], DistinctDuration(r, random), DistinctFunding(r, random));
            else
                Row(7 + r, Places[random.Next(Places.Length)], Forms[random.Next(Forms.Length)], description.ToString().Trim(),
                    Partners[random.Next(Partners.Length)], Durations[random.Next(Durations.Length)], Fundings[random.Next(Fundings.Length)]);
        }
        sheet.Append("</sheetData></worksheet>");

        var shared = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        foreach (var s in strings) shared.Append("<si><t xml:space=\"preserve\">").Append(SecurityElement.Escape(s)).Append("</t></si>");
        shared.Append("</sst>");

        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
            Part("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
                "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" +
                "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
            Part("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Part("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
                "<sheets><sheet name=\"Return\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Part("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>" +
                "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>" +
                "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            Part("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>" +
                "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>" +
                "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
            Part("xl/sharedStrings.xml", shared.ToString());
            Part("xl/worksheets/sheet1.xml", sheet.ToString());
        }
        return memory.ToArray();
    }
}
