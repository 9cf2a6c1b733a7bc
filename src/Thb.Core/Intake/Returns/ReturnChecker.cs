using Thb.Workbooks;
using System.Xml;
using Thb.Cycles;
using Thb.Intake.Findings;
using Thb.Intake.Workbooks;
using static Thb.Intake.Findings.FindingText;

namespace Thb.Intake.Returns;

/// <summary>
/// The check a delegation can run before uploading and the intake runs on every upload: finds the table however the
/// workbook is laid out, reads every row without losing a character, normalises it and says what is wrong and how to fix it.
/// Bad input never throws: it comes back as a rejected verdict with findings.
/// </summary>
public static class ReturnChecker
{
    public static ReturnCheck Check(Stream content, string fileName, CheckOptions? options = null)
    {
        options ??= new CheckOptions();
        return Check(PackageInspector.Inspect(content, options.Limits), fileName, options);
    }

    /// <summary>Checks a package the guard has already inflated (the intake keeps it for the feedback copy).</summary>
    public static ReturnCheck Check(PackageInspection inspection, string fileName, CheckOptions options)
    {
        var findings = new List<Finding>();
        if (inspection.Problem is not null)
            return Rejected(fileName, [inspection.Problem], options);
        if (inspection.IsWordDocument)
            return CheckDocument(inspection, fileName, options, findings);
        if (inspection.HasMacros)
            findings.Add(Finding.Info(FindingCodes.FileMacros, FindingMessage.With()));

        try
        {
            var workbook = XlsxWorkbook.Open(inspection.Package!, options.Limits);
            return CheckWorkbook(workbook, fileName, options, findings);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or FormatException or OverflowException)
        {
            findings.Add(Finding.Error(FindingCodes.FileDamaged, FindingMessage.With(Shorten(e.Message, 120))));
            return Rejected(fileName, findings, options);
        }
    }

    /// <summary>
    /// A Word document: its prose is the contributor's narrative and its tables additional tables; it carries no actions
    /// (a table with the annex's columns is flagged: those go on the template's sheet of actions).
    /// </summary>
    private static ReturnCheck CheckDocument(PackageInspection inspection, string fileName, CheckOptions options, List<Finding> findings)
    {
        try
        {
            var (narrative, tables) = WordDocumentReader.Read(inspection.Package!, fileName, inspection.HasMacros, findings);
            if (narrative is null && tables.Count == 0)
            {
                findings.Add(Finding.Error(FindingCodes.FileOtherFormat, FindingMessage.Variant("empty-word")));
                return Rejected(fileName, findings, options);
            }
            foreach (var table in tables.Where(t => t.Columns.Count(c => ReturnLayout.Recognise(c) is not null) >= 3))
                findings.Add(Finding.Warning(FindingCodes.TableAdditional, FindingMessage.Variant("word-annex-columns", FindingText.Shorten(table.Title ?? table.Sheet, 40))));
            var ordered = Order(findings);
            return new ReturnCheck(fileName, ReturnStatuses.From(ordered), options.DelegationNames.FirstOrDefault(), options.Cycle, null, null, ordered, [], new ReturnMetadata(null, null))
            {
                Tables = tables,
                Narrative = narrative is null ? [] : [narrative],
                IsDocument = true,
            };
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or FormatException or OverflowException)
        {
            findings.Add(Finding.Error(FindingCodes.FileDamaged, FindingMessage.Variant("word", Shorten(e.Message, 120))));
            return Rejected(fileName, findings, options);
        }
    }

    public static ReturnCheck Check(string path, CheckOptions? options = null)
    {
        using var stream = File.OpenRead(path);
        return Check(stream, Path.GetFileName(path), options);
    }

    private static ReturnCheck CheckWorkbook(XlsxWorkbook workbook, string fileName, CheckOptions options, List<Finding> findings)
    {
        var metadataSheet = workbook.Sheets.FirstOrDefault(s => s.Name == ReturnLayout.MetadataSheetName);
        var templateMetadata = metadataSheet is null ? null : ReadTemplateMetadata(workbook.ReadSheet(metadataSheet));

        var (candidates, truncated) = Candidates(workbook, metadataSheet);
        var sections = options.Sections.Count > 0 ? options.Sections : templateMetadata?.Sections ?? [];
        var headings = sections.Count > 0 ? new SectionHeadings(sections, options.DelegationNames.FirstOrDefault() ?? templateMetadata?.Delegation ?? "this contributor") : null;
        var (tables, narratives) = ReturnParts.Read(workbook, candidates.Select(c => c.Data.Sheet).ToList(), metadataSheet, templateMetadata, options, headings, findings);
        if (candidates.Count == 0 && narratives.Count == 0)
        {
            // The six headers each in the reader's language: {2} to {7} of the message.
            findings.Add(Finding.Error(FindingCodes.TableNotFound,
                FindingMessage.With([workbook.Sheets.Count, ReturnLayout.HeaderSearchRows, .. ReturnLayout.AnnexColumns.Cast<object>()])));
            return Rejected(fileName, findings, options, templateMetadata);
        }
        var check = candidates.Count == 0 ? NarrativeOnly(workbook, fileName, options, findings, templateMetadata, narratives[0])
            : headings is not null ? CheckSectioned(fileName, options, findings, templateMetadata, candidates, truncated, headings)
            : CheckOneTable(fileName, options, findings, templateMetadata, candidates, truncated);
        return check.Status == ReturnStatus.Rejected ? check : check with { Tables = tables, Narrative = narratives };
    }

    /// <summary>A return of prose (and perhaps other tables) without a table of actions: accepted with no rows, its delegation read off the narrative's sheet.</summary>
    private static ReturnCheck NarrativeOnly(XlsxWorkbook workbook, string fileName, CheckOptions options, List<Finding> findings, ReturnMetadata? templateMetadata, Narrative narrative)
    {
        var sheet = workbook.ReadSheet(workbook.Sheets.First(s => s.Name == narrative.Source));
        var header = narrative.Paragraphs[0].Row is { } first ? Math.Max(1, first - 1) : 1;
        var metadata = ReadMetadata(sheet, new TableLayout(header, header, new Dictionary<ReturnColumn, int>(), 0), templateMetadata);
        CheckIdentity(metadata, options, findings);
        findings.Add(Finding.Info(FindingCodes.TableNilReturn, FindingMessage.Variant("narrative-only", narrative.Source), narrative.Source));
        return Verdict(fileName, options, findings, metadata, [], narrative.Source, header);
    }

    /// <summary>A return of a contributor without sub-sections: the most complete table is read, any other table of actions flagged.</summary>
    private static ReturnCheck CheckOneTable(string fileName, CheckOptions options, List<Finding> findings, ReturnMetadata? templateMetadata,
        List<(SheetData Data, TableLayout Layout)> candidates, SheetData? truncated)
    {
        var best = Best(candidates);
        var (sheetData, table) = best;
        var sheetName = sheetData.Sheet.Name;
        AddSheetFindings(best, candidates, findings);
        if (sheetData.Truncated || truncated == sheetData || table.DataRowEstimate > options.Limits.MaxRows)
        {
            findings.Add(Finding.Error(FindingCodes.TableTooManyRows, FindingMessage.With(sheetName, options.Limits.MaxRows), sheetName));
            return Rejected(fileName, findings, options, templateMetadata, sheetName, table.HeaderRow);
        }
        AddColumnFindings(table, sheetName, findings);

        var metadata = ReadMetadata(sheetData, table, templateMetadata);
        CheckIdentity(metadata, options, findings);
        var rows = ReadRows(sheetData, table, options, findings);
        return Verdict(fileName, options, findings, metadata, rows, sheetName, table.HeaderRow);
    }

    /// <summary>The verdict once the rows are read: the delegation (else from the file name), findings in order.</summary>
    private static ReturnCheck Verdict(string fileName, CheckOptions options, List<Finding> findings, ReturnMetadata metadata, List<ReturnRow> rows,
        string sheetName, int headerRow, IReadOnlyList<ReturnSection>? sections = null)
    {
        var delegation = metadata.Delegation ?? options.DelegationNames.FirstOrDefault();
        if (delegation is null && DelegationFromFileName(fileName) is { } guessed)
        {
            delegation = guessed;
            findings.Add(Finding.Info(FindingCodes.DelegationMissing, FindingMessage.Variant("file-name", guessed)));
        }
        var ordered = Order(findings);
        return new ReturnCheck(fileName, ReturnStatuses.From(ordered), delegation,
            metadata.Cycle ?? options.Cycle, sheetName, headerRow, ordered, rows, metadata) { Sections = sections ?? [] };
    }

    /// <summary>
    /// A return of a contributor with sub-sections: every table of annex columns is read, in sheet order, each under
    /// its heading (<see cref="SectionHeadings"/>); the check's sheet and header row are the first table's, and rows
    /// on other sheets carry their sheet.
    /// </summary>
    private static ReturnCheck CheckSectioned(string fileName, CheckOptions options, List<Finding> findings, ReturnMetadata? templateMetadata,
        List<(SheetData Data, TableLayout Layout)> candidates, SheetData? truncated, SectionHeadings headings)
    {
        var tables = candidates.OrderBy(c => c.Data.Sheet.Position).ToList();
        var (firstData, firstTable) = tables[0];
        var mainSheet = firstData.Sheet.Name;
        foreach (var (data, table) in tables)
        {
            var name = data.Sheet.Name;
            if (data.Sheet.Visibility != SheetVisibility.Visible)
                findings.Add(Finding.Warning(FindingCodes.SheetHidden, FindingMessage.With(name), name));
            if (data.Truncated || truncated == data || table.DataRowEstimate > options.Limits.MaxRows)
            {
                findings.Add(Finding.Error(FindingCodes.TableTooManyRows, FindingMessage.With(name, options.Limits.MaxRows), name));
                return Rejected(fileName, findings, options, templateMetadata, mainSheet, firstTable.HeaderRow);
            }
            AddColumnFindings(table, name, findings);
        }

        var metadata = ReadMetadata(firstData, firstTable, templateMetadata);
        CheckIdentity(metadata, options, findings);
        var rows = new List<ReturnRow>();
        foreach (var (data, table) in tables)
        {
            var section = headings.Above(data, table, findings) ?? headings.First;
            foreach (var raw in TableRows.Read(data, table, findings))
            {
                if (headings.RowHeading(raw, data.Sheet.Name, findings) is { } heading)
                {
                    section = heading;
                    continue;
                }
                headings.Count(section);
                var row = ReturnRowNormaliser.Normalise(raw, data.Sheet.Name, options.Limits, findings);
                rows.Add(row with { Section = section, Sheet = data.Sheet.Name == mainSheet ? null : data.Sheet.Name });
            }
        }
        if (rows.Count == 0)
            findings.Add(Finding.Info(FindingCodes.TableNilReturn, FindingMessage.With(firstTable.HeaderRow), mainSheet, new CellReference(firstTable.HeaderRow + 1, firstTable.FirstColumn)));
        else if (!headings.AnyHeadingFound && headings.Known.Count > 1)
            findings.Add(Finding.Info(FindingCodes.SectionNone,
                FindingMessage.With(options.DelegationNames.FirstOrDefault() ?? "this contributor", SectionTitle.Quoted(headings.Known), headings.First.Text), mainSheet));
        return Verdict(fileName, options, findings, metadata, rows, mainSheet, firstTable.HeaderRow, headings.Read());
    }

    /// <summary>Every sheet holding a table of actions (the template's metadata sheet aside), and the first one cut at the row limit.</summary>
    private static (List<(SheetData Data, TableLayout Layout)> Candidates, SheetData? Truncated) Candidates(XlsxWorkbook workbook, SheetInfo? metadataSheet)
    {
        var candidates = new List<(SheetData Data, TableLayout Layout)>();
        SheetData? truncated = null;
        foreach (var sheet in workbook.Sheets)
        {
            if (sheet == metadataSheet) continue;
            var data = workbook.ReadSheet(sheet);
            var layout = TableLayout.Locate(data);
            if (layout is null) continue;
            if (data.Truncated) truncated ??= data;
            candidates.Add((data, layout));
        }
        return (candidates, truncated);
    }

    /// <summary>The sheet holding the most complete table wins; visible sheets before hidden ones, then the first.</summary>
    private static (SheetData Data, TableLayout Layout) Best(List<(SheetData Data, TableLayout Layout)> candidates) =>
        candidates
            .OrderByDescending(c => c.Layout.AnnexColumnCount)
            .ThenBy(c => c.Data.Sheet.Visibility == SheetVisibility.Visible ? 0 : 1)
            .ThenByDescending(c => c.Layout.DataRowEstimate)
            .ThenBy(c => c.Data.Sheet.Position)
            .First();

    private static void AddSheetFindings((SheetData Data, TableLayout Layout) best, List<(SheetData Data, TableLayout Layout)> candidates, List<Finding> findings)
    {
        var sheetName = best.Data.Sheet.Name;
        if (best.Data.Sheet.Visibility != SheetVisibility.Visible)
            findings.Add(Finding.Warning(FindingCodes.SheetHidden, FindingMessage.With(sheetName), sheetName));
        foreach (var other in candidates.Where(c => c != best && c.Layout.DataRowEstimate > 0))
            findings.Add(Finding.Warning(FindingCodes.SheetOtherTable, FindingMessage.With(other.Data.Sheet.Name, other.Layout.DataRowEstimate, sheetName),
                other.Data.Sheet.Name, new CellReference(other.Layout.HeaderRow, other.Layout.FirstColumn)));
    }

    /// <summary>Required columns missing (an error), headers not known (info), other annex columns missing (a warning).</summary>
    private static void AddColumnFindings(TableLayout table, string sheetName, List<Finding> findings)
    {
        var unknown = table.UnknownHeaders.Select(h => (Cell: (CellReference?)new CellReference(table.HeaderRow, h.Column), h.Text)).ToList();
        foreach (var column in new[] { ReturnColumn.CountryRegion, ReturnColumn.Description })
        {
            if (table.Columns.ContainsKey(column)) continue;
            var suspect = unknown.FirstOrDefault();
            findings.Add(Finding.Error(FindingCodes.ColumnRequiredMissing,
                suspect.Cell is null
                    ? FindingMessage.With(column, table.HeaderRow)
                    : FindingMessage.Variant("suspect", column, table.HeaderRow, Shorten(suspect.Text, 40), suspect.Cell.ToString()),
                sheetName, suspect.Cell ?? new CellReference(table.HeaderRow, table.FirstColumn)));
        }
        foreach (var (cell, text) in unknown)
            findings.Add(Finding.Info(FindingCodes.ColumnUnknown, FindingMessage.With(Shorten(text, 40), cell.ToString()),
                sheetName, cell));
        foreach (var column in ReturnLayout.AnnexColumns.Where(c => c is not ReturnColumn.CountryRegion and not ReturnColumn.Description && !table.Columns.ContainsKey(c)))
        {
            var covered = column == ReturnColumn.Duration && table.Columns.ContainsKey(ReturnColumn.StartDate) ||
                          column == ReturnColumn.Funding && table.Columns.ContainsKey(ReturnColumn.AmountEur);
            if (covered) continue;
            findings.Add(Finding.Warning(FindingCodes.ColumnMissing, FindingMessage.With(column, table.HeaderRow),
                sheetName, new CellReference(table.HeaderRow, table.FirstColumn)));
        }
    }

    /// <summary>Every row under the header, normalised; none at all is a nil return.</summary>
    private static List<ReturnRow> ReadRows(SheetData sheetData, TableLayout table, CheckOptions options, List<Finding> findings)
    {
        var sheetName = sheetData.Sheet.Name;
        var rows = new List<ReturnRow>();
        foreach (var raw in TableRows.Read(sheetData, table, findings))
            rows.Add(ReturnRowNormaliser.Normalise(raw, sheetName, options.Limits, findings));
        if (rows.Count == 0)
            findings.Add(Finding.Info(FindingCodes.TableNilReturn, FindingMessage.With(table.HeaderRow),
                sheetName, new CellReference(table.HeaderRow + 1, table.FirstColumn)));
        return rows;
    }

    private static ReturnCheck Rejected(string fileName, List<Finding> findings, CheckOptions options, ReturnMetadata? metadata = null, string? sheet = null, int? headerRow = null)
    {
        var ordered = Order(findings);
        metadata ??= new ReturnMetadata(null, null);
        return new ReturnCheck(fileName, ReturnStatus.Rejected, metadata.Delegation ?? options.DelegationNames.FirstOrDefault(),
            metadata.Cycle ?? options.Cycle, sheet, headerRow, ordered, [], metadata);
    }

    /// <summary>Errors first, then by position in the sheet, so the first line of a verdict is the one that matters.</summary>
    private static List<Finding> Order(List<Finding> findings) =>
        findings
            .Select((f, i) => (f, i))
            .OrderByDescending(x => x.f.Severity)
            .ThenBy(x => x.i)
            .Select(x => x.f)
            .ToList();

    private static ReturnMetadata? ReadTemplateMetadata(SheetData sheet)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in sheet.RowNumbers)
        {
            var key = sheet.Cell(row, 1)?.Text.Trim();
            var value = sheet.Cell(row, 2)?.Text.Trim();
            if (!string.IsNullOrEmpty(key) && !string.IsNullOrEmpty(value)) values[key] = value;
        }
        if (values.Count == 0) return null;
        return new ReturnMetadata(
            values.GetValueOrDefault(ReturnLayout.MetadataDelegationKey),
            values.GetValueOrDefault(ReturnLayout.MetadataCycleKey),
            values.GetValueOrDefault(ReturnLayout.MetadataContributorKey),
            values.GetValueOrDefault(ReturnLayout.MetadataTemplateVersionKey),
            Sheet: sheet.Sheet.Name)
        {
            Sections = TemplateSections(values.GetValueOrDefault(ReturnLayout.MetadataSectionsKey)),
            TemplateSheets = (values.GetValueOrDefault(ReturnLayout.MetadataTemplateSheetsKey) ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
    }

    /// <summary>The template's section titles; a damaged list counts as none (the registry's, when known, win anyway).</summary>
    private static IReadOnlyList<SectionTitle> TemplateSections(string? text)
    {
        var parts = (text ?? "").Split(SectionTitle.Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.All(p => SectionTitle.Problem(p) is null) ? parts.Select(p => new SectionTitle(p)).ToList() : [];
    }

    /// <summary>Labelled cells above the table ("Delegation" | "Austria"), else the template's hidden sheet.</summary>
    private static ReturnMetadata ReadMetadata(SheetData sheet, TableLayout table, ReturnMetadata? template)
    {
        string? delegation = null, cycle = null;
        CellReference? delegationCell = null, cycleCell = null;
        foreach (var row in sheet.RowNumbers.Where(r => r < table.HeaderRow && r <= ReturnLayout.HeaderSearchRows))
        {
            foreach (var (column, cell) in sheet.Row(row))
            {
                var text = cell.Text.Trim();
                if (text.Length == 0 || text.Length > 80) continue;
                string label = text, inlineValue = "";
                var colon = text.IndexOf(':');
                if (colon > 0)
                {
                    label = text[..colon];
                    inlineValue = text[(colon + 1)..].Trim();
                }
                var normalised = ReturnLayout.Normalise(label);
                var isDelegation = ReturnLayout.IsDelegationLabel(normalised);
                var isCycle = !isDelegation && ReturnLayout.IsCycleLabel(normalised);
                if (!isDelegation && !isCycle) continue;
                var (value, at) = inlineValue.Length > 0
                    ? (inlineValue, new CellReference(row, column))
                    : ValueNextTo(sheet, row, column);
                if (value is null) continue;
                if (isDelegation && delegation is null) (delegation, delegationCell) = (value, at);
                if (isCycle && cycle is null) (cycle, cycleCell) = (value, at);
            }
        }
        return new ReturnMetadata(
            delegation ?? template?.Delegation,
            cycle ?? template?.Cycle,
            template?.ContributorId,
            template?.TemplateVersion,
            delegationCell,
            cycleCell,
            delegation is not null || cycle is not null ? sheet.Sheet.Name : template?.Sheet) { Sections = template?.Sections ?? [] };
    }

    private static (string? Value, CellReference At) ValueNextTo(SheetData sheet, int row, int column)
    {
        for (var c = column + 1; c <= column + 4; c++)
        {
            var cell = sheet.Cell(row, c);
            if (cell is not null && !cell.IsBlank) return (cell.Text.Trim(), new CellReference(row, c));
        }
        var below = sheet.Cell(row + 1, column);
        if (below is not null && !below.IsBlank && ReturnLayout.Recognise(below.Text) is null) return (below.Text.Trim(), new CellReference(row + 1, column));
        return (null, default);
    }

    private static void CheckIdentity(ReturnMetadata metadata, CheckOptions options, List<Finding> findings)
    {
        if (options.DelegationNames.Count > 0)
        {
            if (metadata.Delegation is null)
            {
                findings.Add(Finding.Info(FindingCodes.DelegationMissing, FindingMessage.With(options.DelegationNames[0])));
            }
            else if (!options.DelegationNames.Any(name => SameName(name, metadata.Delegation)))
            {
                findings.Add(Finding.Error(FindingCodes.DelegationMismatch, FindingMessage.With(metadata.Delegation, options.DelegationNames[0]),
                    metadata.Sheet, metadata.DelegationCell));
            }
        }
        if (options.Cycle is not null && metadata.Cycle is not null && !SameName(options.Cycle, metadata.Cycle))
        {
            // A warning, not a rejection: last cycle's file updated for this one is a common, honest case.
            findings.Add(Finding.Warning(FindingCodes.CycleMismatch, FindingMessage.With(metadata.Cycle, options.Cycle),
                metadata.Sheet, metadata.CycleCell));
        }
        if (options.ContributorId is not null && metadata.ContributorId is not null && !SameName(options.ContributorId, metadata.ContributorId))
        {
            findings.Add(Finding.Error(FindingCodes.ContributorMismatch, FindingMessage.With(metadata.ContributorId, options.ContributorId),
                ReturnLayout.MetadataSheetName));
        }
    }

    /// <summary>"Czech Republic.xlsx" → "Czech Republic", "Austria_2011.xlsx" → "Austria": a last resort for naming the return.</summary>
    internal static string? DelegationFromFileName(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName).Split('_')[0].Trim();
        return stem.Length >= 2 && stem.Any(char.IsLetter) && !stem.Any(char.IsDigit) ? stem : null;
    }

    /// <summary>Names compare without case, accents, punctuation or a leading "the" ("Czech Republic" = "czech-republic").</summary>
    public static bool SameName(string a, string b)
    {
        static string Key(string s)
        {
            var n = ReturnLayout.Normalise(s).Replace("/", " ", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
            return n.StartsWith("the", StringComparison.Ordinal) && n.Length > 6 ? n[3..] : n;
        }
        return Key(a) == Key(b);
    }
}
