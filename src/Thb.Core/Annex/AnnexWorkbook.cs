using System.Globalization;
using Thb.Cycles;
using Thb.Intake.Returns;
using Thb.Json;
using Thb.Normalising.Places;
using Thb.Workbooks;

namespace Thb.Annex;

/// <summary>
/// The consolidated annex workbook: Cover, Contents, Annex (one section per contributor in protocol order, the six
/// columns exactly as written), By country or region, By form of action, Funding. Written forward-only (XmlWriter, as Excel spells a package) so that
/// 32 contributors × 500 long rows stay fast and small in memory.
/// </summary>
/// <remarks>
/// A text longer than a printed row can show (<see cref="MaxLinesPerRow"/> wrapped lines in its column) continues in
/// the rows below it, boxed as one row; hidden column G names every row's source ("austria/12": contributor and row of
/// its return), so that reading a column's cells down a source's rows gives back the text exactly. Never truncated:
/// Excel holds at most 32,767 characters in a cell and 409 points of row height, and a printed row never spans pages,
/// so one long cell would be cut on screen and on paper, while continuation rows show and print every word.
/// </remarks>
public static class AnnexWorkbook
{
    public const string CoverSheet = "Cover";
    public const string ContentsSheet = "Contents";
    public const string AnnexSheet = "Annex";
    public const string PlacesSheet = "By country or region";
    public const string FormsSheet = "By form of action";
    public const string FundingSheet = "Funding";

    public static IReadOnlyList<string> SheetNames { get; } = [CoverSheet, ContentsSheet, AnnexSheet, PlacesSheet, FormsSheet, FundingSheet];

    /// <summary>Wrapped lines one Annex row holds before the text continues below: fits Excel's 409-point row and a printed page.</summary>
    public const int MaxLinesPerRow = 30;

    /// <summary>Annex column widths (characters): the six columns, then the hidden source column.</summary>
    public static IReadOnlyList<double> AnnexColumnWidths { get; } = [22, 20, 70, 26, 18, 18, 16];

    /// <summary>The hidden column naming each Annex row's source.</summary>
    public const int SourceColumn = 7;

    public static string SourceOf(ContributorId contributorId, int row) => $"{contributorId}/{row.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A row's source; a row on another sheet than its return's first table names that sheet too ("european-commission/DG Enlargement!7").</summary>
    public static string SourceOf(ContributorId contributorId, ReturnRow row) =>
        row.Sheet is null ? SourceOf(contributorId, row.Row) : $"{contributorId}/{row.Sheet}!{row.Row.ToString(CultureInfo.InvariantCulture)}";

    public static byte[] Write(AnnexInput input, AnnexAnalysis analysis)
    {
        using var memory = new MemoryStream();
        Write(input, analysis, memory);
        return memory.ToArray();
    }

    /// <summary>Writes the workbook's package into <paramref name="output"/> (left open), part after part.</summary>
    public static void Write(AnnexInput input, AnnexAnalysis analysis, Stream output)
    {
        var sheets = new List<(string Name, string RelationshipId, int? PrintTitleRow)>();
        // Fastest: a third of the time of Optimal for a few more bytes (the Annex sheet is most of the package).
        using (var package = new ExcelPackageWriter(output, System.IO.Compression.CompressionLevel.Fastest))
        {
            const string workbookPart = "xl/workbook.xml";
            package.Relate("", OoxmlNames.RelOfficeDocument, workbookPart);
            package.WritePart("xl/styles.xml", OoxmlNames.TypeStyles, s => SpreadsheetXml.WritePart(SheetWriter.Stylesheet(), s));
            package.Relate(workbookPart, OoxmlNames.RelStyles, "xl/styles.xml");
            var footer = $"&LCycle {SheetWriter.FooterText(input.Cycle.Id)}&C&A&RPage &P of &N";
            var sections = input.InProtocolOrder.ToList();
            var tableSheets = AdditionalTableSheet.Names(sections, SheetNames);
            var sectionRows = AnnexSectionRows(sections, tableSheets);

            void AddSheet(string name, SheetSetup setup, Action<SheetWriter> write, int? printTitleRow = null)
            {
                var path = $"xl/worksheets/sheet{sheets.Count + 1}.xml";
                using (var stream = package.CreatePart(path, OoxmlNames.TypeWorksheet))
                using (var writer = new SheetWriter(stream, setup))
                    write(writer);
                sheets.Add((name, package.Relate(workbookPart, OoxmlNames.RelWorksheet, path), printTitleRow));
            }

            AddSheet(CoverSheet, new SheetSetup([24, 16, 24, 10, 24, 30, 36], footer), w => WriteCover(w, input));
            AddSheet(ContentsSheet, new SheetSetup([6, 36, 16, 12, 12], footer), w => WriteContents(w, sections, sectionRows), printTitleRow: 3);
            AddSheet(AnnexSheet, new SheetSetup(AnnexColumnWidths, footer, FrozenRows: 1, HiddenColumns: new HashSet<int> { SourceColumn }),
                w => WriteAnnex(w, sections, tableSheets), printTitleRow: 1);
            AddSheet(PlacesSheet, new SheetSetup([14, 8, 30, 10, 13, 44, 18, 14, 14], footer), w => WritePlaces(w, analysis), printTitleRow: 4);
            AddSheet(FormsSheet, new SheetSetup([36, 10, 13, 18, 14, 14], footer), w => WriteForms(w, analysis), printTitleRow: 3);
            AddSheet(FundingSheet, new SheetSetup([28, 10, 18, 12, 10, 16, 16, 11, 12, 12, 12, 10], footer), w => WriteFunding(w, analysis), printTitleRow: 4);
            foreach (var section in sections)
                foreach (var table in section.Parts.Tables)
                    AddSheet(tableSheets[table], AdditionalTableSheet.Setup(table, footer), w => AdditionalTableSheet.Write(w, section, table), printTitleRow: AdditionalTableSheet.HeaderRow);
            if (input.Changes is { } changes)
                AddSheet(AnnexChangesSheet.Name(changes), new SheetSetup(AnnexChangesSheet.ColumnWidths, footer), w => AnnexChangesSheet.Write(w, changes), AnnexChangesSheet.PrintTitleRow);

            package.WritePart(workbookPart, OoxmlNames.TypeWorkbook, s => WriteWorkbookPart(s, sheets));
            package.Finish(new DocumentProperties($"Consolidated annex, reporting cycle {input.Cycle.Id}: {input.Cycle.Title}", input.CompiledAt),
                sheets.Select(s => s.Name).ToList());
        }
    }

    private static void WriteWorkbookPart(Stream stream, IReadOnlyList<(string Name, string RelationshipId, int? PrintTitleRow)> sheets)
    {
        const string main = OoxmlNames.SpreadsheetMain;
        using var w = SpreadsheetXml.CreateWriter(stream);
        w.WriteStartDocument(true);
        w.WriteStartElement("workbook", main);
        w.WriteAttributeString("xmlns", "r", null, OoxmlNames.Relationships);
        w.WriteStartElement("bookViews", main);
        w.WriteStartElement("workbookView", main);
        w.WriteAttributeString("activeTab", "0");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("sheets", main);
        for (var i = 0; i < sheets.Count; i++)
        {
            w.WriteStartElement("sheet", main);
            w.WriteAttributeString("name", sheets[i].Name);
            w.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("id", OoxmlNames.Relationships, sheets[i].RelationshipId);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteStartElement("definedNames", main);
        for (var i = 0; i < sheets.Count; i++)
        {
            if (sheets[i].PrintTitleRow is not { } row) continue;
            w.WriteStartElement("definedName", main);
            w.WriteAttributeString("name", "_xlnm.Print_Titles");
            w.WriteAttributeString("localSheetId", i.ToString(CultureInfo.InvariantCulture));
            w.WriteString($"'{sheets[i].Name}'!${row}:${row}");
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static SheetCell Text(string? text, AnnexStyle style = AnnexStyle.Data) => SheetCell.Of(text, style);
    private static SheetCell Count(int value, AnnexStyle style = AnnexStyle.Count) => SheetCell.Of(value, style);
    private static SheetCell Money(decimal value, AnnexStyle style = AnnexStyle.Money) => SheetCell.Of(value, style);
    private static SheetCell Header(string text) => SheetCell.Of(text, AnnexStyle.Header);

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

    private static string Brussels(DateTimeOffset instant)
    {
        var local = BrusselsTime.ToBrussels(instant);
        var offset = local.Offset;
        return local.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + $" Brussels (UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm})";
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string KindLabel(ContributorKind kind) => kind switch
    {
        ContributorKind.MemberState => "Member State",
        ContributorKind.EuBody => "EU body",
        _ => "Commission",
    };

    private static void WriteCover(SheetWriter w, AnnexInput input)
    {
        var cycle = input.Cycle;
        var sections = input.InProtocolOrder.ToList();
        var missing = input.Missing;
        w.Row(Text("Consolidated annex: external dimension of the action against trafficking in human beings", AnnexStyle.Title));
        w.Row(Text(cycle.Title, AnnexStyle.Label));
        w.Row();
        void Fact(string label, string value) => w.Row(Text(label, AnnexStyle.Label), Text(value, AnnexStyle.Default));
        Fact("Cycle", cycle.Id);
        Fact("Period covered", cycle.PeriodStart is null && cycle.PeriodEnd is null ? "not stated"
            : $"{(cycle.PeriodStart is { } s ? Date(s) : "…")} to {(cycle.PeriodEnd is { } e ? Date(e) : "…")}");
        Fact("Deadline", $"{Date(cycle.Deadline)} (Brussels)");
        Fact("Compiled (UTC)", Utc(input.CompiledAt));
        Fact("Compiled (Brussels)", Brussels(input.CompiledAt));
        Fact("Version", input.Stem);
        Fact("Inputs fingerprint", input.Fingerprint.Value);
        Fact("Contributors", $"{sections.Count - missing.Count} of {sections.Count} with an accepted return; {input.RowCount} actions");
        Fact("Approved", $"{input.ApprovedCount} of {sections.Count - missing.Count} accepted returns approved by the Presidency");
        if (input.ApprovedOnly)
            Fact("Approved returns only", input.LeftOut.Count == 0 ? "every accepted return is approved" : "left out, not yet approved: " + string.Join(", ", input.LeftOut.Select(m => m.Contributor.Name)));
        Fact("Missing", missing.Count == 0 ? "none" : string.Join(", ", missing.Select(m => m.Contributor.Name)));
        w.Row();
        w.Row(Header("Contributor"), Header("Kind"), Header("Status"), Header("Actions in annex"), Header("Last upload (UTC)"), Header("Compiled from submission"), Header("File"));
        foreach (var section in sections)
        {
            var status = section.Status;
            var state = KebabCase.Of(status.State) + (section.Review is { } review ? ", " + KebabCase.Of(review.State) : "") +
                        (section.NotApproved ? " (left out: not approved)" : "") +
                        (status.LatestRejectedButCurrentKept ? " (latest upload rejected; earlier return kept)" : "");
            w.Row(
                Text(section.Contributor.Name),
                Text(KindLabel(section.Contributor.Kind)),
                Text(section.Submission is null ? "missing" : state),
                section.Submission is null ? SheetCell.Empty(AnnexStyle.Count) : Count(section.Rows.Count),
                Text(status.Latest is { } latest ? Utc(latest.UploadedAt) : "none"),
                Text(section.Submission?.Id ?? "none"),
                Text(section.Submission?.FileName));
        }
        w.Row();
        w.MergedRow(Text("Each contributor's latest accepted return is compiled; a later upload that was rejected does not replace it. " +
                         "The CSV and JSON files of the same name hold every row, raw and normalised.", AnnexStyle.Note), 7);
        w.MergedRow(Text("A reading the Presidency corrected (places, form, duration or funding) is marked [corrected: …] below the text as written; " +
                         "the totals use the corrected reading, the JSON export lists each correction with its reason.", AnnexStyle.Note), 7);
        w.MergedRow(Text("In the Annex sheet a text too long for one printed row continues in the rows below it; hidden column G names " +
                         "each row's source (contributor and row of its return).", AnnexStyle.Note), 7);
    }

    /// <summary>Where each contributor's section starts in the Annex sheet (its title row), for the Contents links.</summary>
    private static Dictionary<string, int> AnnexSectionRows(IReadOnlyList<AnnexSection> sections, IReadOnlyDictionary<AdditionalTable, string> tableSheets)
    {
        var rows = new Dictionary<string, int>();
        var next = 2;
        foreach (var section in sections)
        {
            rows[section.Contributor.Id] = next;
            next += 1 + AnnexSectionBody.Count(section, tableSheets);
        }
        return rows;
    }

    private static void WriteContents(SheetWriter w, IReadOnlyList<AnnexSection> sections, IReadOnlyDictionary<string, int> sectionRows)
    {
        w.Row(Text("Contents", AnnexStyle.Title));
        w.Row();
        w.Row(Header("No."), Header("Contributor"), Header("Kind"), Header("Actions"), Header("Annex row"));
        var number = 0;
        foreach (var section in sections)
        {
            var row = sectionRows[section.Contributor.Id];
            w.Row(
                Count(++number),
                Text(section.Contributor.Name + (section.Submission is null ? " (no accepted return)" : ""), AnnexStyle.Link),
                Text(KindLabel(section.Contributor.Kind)),
                Count(section.Rows.Count),
                Count(row));
            w.LinkInLastRow(2, $"'{AnnexSheet}'!A{row.ToString(CultureInfo.InvariantCulture)}");
        }
        w.Row(SheetCell.Empty(AnnexStyle.TotalLabel), Text("Total", AnnexStyle.TotalLabel), SheetCell.Empty(AnnexStyle.TotalLabel),
            Count(sections.Sum(s => s.Rows.Count), AnnexStyle.TotalCount), SheetCell.Empty(AnnexStyle.TotalLabel));
        w.Row();
        w.Row(null, Header("Other sheets"), Header("Holds"));
        foreach (var (sheet, about) in AnnexSheetGuide.Others)
        {
            w.Row(null, Text(sheet, AnnexStyle.Link), Text(about, AnnexStyle.Default));
            w.LinkInLastRow(2, $"'{sheet}'!A1");
        }
    }

    private static readonly ReturnColumn[] Columns = ReturnLayout.AnnexColumns.ToArray();

    /// <summary>The six headers; the sheet's first row also labels the hidden source column, for whoever unhides it.</summary>
    internal static SheetCell?[] ColumnHeaders(bool withSource = false) =>
        Columns.Select(c => (SheetCell?)Header(ReturnLayout.Header(c))).Append(withSource ? Text("Source", AnnexStyle.Default) : null).ToArray();

    private static string Raw(ReturnRow row, ReturnColumn column) => column switch
    {
        ReturnColumn.CountryRegion => row.CountryRegion.Raw,
        ReturnColumn.Form => row.Form.Raw,
        ReturnColumn.Description => row.Description.Raw,
        ReturnColumn.Partner => row.Partner.Raw,
        ReturnColumn.Duration => row.Duration.Raw,
        _ => row.Funding.Raw,
    } ?? "";

    /// <summary>How many physical rows <see cref="PhysicalRows"/> makes of a return row, without splitting its texts.</summary>
    internal static int PhysicalRowCount(ReturnRow row)
    {
        var count = 1;
        for (var i = 0; i < Columns.Length; i++)
            count = Math.Max(count, CellText.CountParts(Raw(row, Columns[i]), SheetWriter.CharsPerLine(AnnexColumnWidths[i]), MaxLinesPerRow));
        return count;
    }

    /// <summary>The physical rows one return row takes: each of its six cells split to what a printed row shows.</summary>
    internal static IReadOnlyList<IReadOnlyList<string>> PhysicalRows(ReturnRow row)
    {
        var parts = new IReadOnlyList<string>[Columns.Length];
        var count = 1;
        for (var i = 0; i < Columns.Length; i++)
        {
            parts[i] = CellText.Split(Raw(row, Columns[i]) + CorrectedMark.Of(row, Columns[i]), SheetWriter.CharsPerLine(AnnexColumnWidths[i]), MaxLinesPerRow);
            count = Math.Max(count, parts[i].Count);
        }
        var rows = new List<IReadOnlyList<string>>(count);
        for (var k = 0; k < count; k++)
            rows.Add(parts.Select(p => k < p.Count ? p[k] : "").ToArray());
        return rows;
    }

    private static void WriteAnnex(SheetWriter w, IReadOnlyList<AnnexSection> sections, IReadOnlyDictionary<AdditionalTable, string> tableSheets)
    {
        w.Row(ColumnHeaders(withSource: true));
        foreach (var section in sections)
        {
            w.MergedRow(Text(section.Contributor.Name + (section.Submission is null ? " (no accepted return)" : ""), AnnexStyle.SectionTitle), Columns.Length);
            AnnexSectionBody.Write(new AnnexSectionBody.Sheet(w, Columns.Length), section, tableSheets);
        }
    }

    /// <summary>The note of a sub-section without actions.</summary>
    public const string NoActionsUnderHeading = "No actions are reported under this heading.";

    private static string PlaceKindLabel(PlaceKind? kind) => kind switch
    {
        PlaceKind.Country => "Country",
        PlaceKind.Region => "Region",
        PlaceKind.Organisation => "Organisation",
        _ => "None",
    };

    private static void WritePlaces(SheetWriter w, AnnexAnalysis analysis)
    {
        w.Row(Text("Actions by country, region or organisation", AnnexStyle.Title));
        w.MergedRow(Text("A row naming several places counts in full for each of them, so these totals add up to more than the annex total. " +
                         "EUR totals sum the rows that state one amount in EUR; rows without one (ranges, other currencies, words, blanks) are counted apart.", AnnexStyle.Note), 9);
        w.Row();
        w.Row(Header("Kind"), Header("Code"), Header("Place"), Header("Actions"), Header("Contributors"), Header("Contributor names"),
            Header("EUR total"), Header("Rows with an EUR amount"), Header("Rows without"));
        foreach (var p in analysis.Places)
        {
            w.Row(Text(PlaceKindLabel(p.Kind)), Text(p.Code), Text(p.Name), Count(p.Actions), Count(p.Contributors.Count),
                Text(string.Join(", ", p.Contributors.Select(c => c.Name))), Money(p.EurTotal), Count(p.RowsWithAmount), Count(p.RowsWithoutAmount));
        }
    }

    private static void WriteForms(SheetWriter w, AnnexAnalysis analysis)
    {
        w.Row(Text("Actions by form of action", AnnexStyle.Title));
        w.Row();
        w.Row(Header("Form of action"), Header("Actions"), Header("Contributors"), Header("EUR total"), Header("Rows with an EUR amount"), Header("Rows without"));
        foreach (var f in analysis.Forms)
            w.Row(Text(f.Label), Count(f.Actions), Count(f.Contributors), Money(f.EurTotal), Count(f.RowsWithAmount), Count(f.RowsWithoutAmount));
        var total = analysis.FundingTotal;
        w.Row(Text("Total", AnnexStyle.TotalLabel), Count(total.Actions, AnnexStyle.TotalCount), SheetCell.Empty(AnnexStyle.TotalLabel),
            Money(total.EurTotal, AnnexStyle.TotalMoney), Count(total.RowsWithAmount, AnnexStyle.TotalCount), Count(total.Actions - total.RowsWithAmount, AnnexStyle.TotalCount));
    }

    private static void WriteFunding(SheetWriter w, AnnexAnalysis analysis)
    {
        w.Row(Text("Funding per contributor", AnnexStyle.Title));
        w.MergedRow(Text("EUR total sums the rows that state one amount in EUR. Ranges are summed at both ends. Amounts in other currencies are not converted.", AnnexStyle.Note), 12);
        w.Row();
        w.Row(Header("Contributor"), Header("Actions"), Header("EUR total"), Header("Rows with an EUR amount"), Header("Ranges"), Header("Ranges: total of minimums"),
            Header("Ranges: total of maximums"), Header("Other currency"), Header("Non-monetary"), Header("Not available"), Header("Placeholder"), Header("Empty"));
        void Line(FundingTotal f, string label, bool total)
        {
            var text = total ? AnnexStyle.TotalLabel : AnnexStyle.Data;
            var count = total ? AnnexStyle.TotalCount : AnnexStyle.Count;
            var money = total ? AnnexStyle.TotalMoney : AnnexStyle.Money;
            w.Row(Text(label, text), Count(f.Actions, count), Money(f.EurTotal, money), Count(f.RowsWithAmount, count), Count(f.Ranges, count),
                Money(f.RangeMinTotal, money), Money(f.RangeMaxTotal, money), Count(f.OtherCurrency, count), Count(f.NonMonetary, count),
                Count(f.NotAvailable, count), Count(f.Placeholder, count), Count(f.Empty, count));
        }
        foreach (var f in analysis.Funding) Line(f, f.Contributor!.Name, total: false);
        Line(analysis.FundingTotal, "Total", total: true);
    }
}
