using Thb.Intake.Findings;
using Thb.Intake.Workbooks;

namespace Thb.Intake.Returns;

/// <summary>
/// What a return holds besides its actions: the Narrative sheet(s) and every other visible sheet's table whose columns
/// are not the annex's. The template's own sheets (Instructions, Lists, the hidden metadata) are never read as either.
/// </summary>
public static class ReturnParts
{
    /// <summary>Sheets of a template that are its own, not the delegation's (skipped when the workbook has the metadata sheet), besides those its metadata names.</summary>
    public static readonly IReadOnlySet<string> TemplateSheets = new HashSet<string>(["Instructions", "Lists"], StringComparer.OrdinalIgnoreCase);

    public static (List<AdditionalTable> Tables, List<Narrative> Narratives) Read(XlsxWorkbook workbook, IReadOnlyCollection<SheetInfo> tableSheets, SheetInfo? metadataSheet,
        ReturnMetadata? template, CheckOptions options, SectionHeadings? headings, List<Finding> findings)
    {
        var own = new HashSet<string>(TemplateSheets.Concat(template?.TemplateSheets ?? []), StringComparer.OrdinalIgnoreCase);
        var tables = new List<AdditionalTable>();
        var narratives = new List<Narrative>();
        foreach (var sheet in workbook.Sheets)
        {
            if (sheet == metadataSheet || tableSheets.Contains(sheet) || sheet.Visibility != SheetVisibility.Visible) continue;
            if (metadataSheet is not null && own.Contains(sheet.Name) || IsFindingsSheet(sheet.Name)) continue;
            var data = workbook.ReadSheet(sheet);
            if (NarrativeSheetReader.Locate(data) is { } at)
            {
                if (NarrativeSheetReader.Read(data, at, findings) is { } narrative)
                    narratives.Add(narrative with { Section = SectionOf(headings, data, at.HeaderRow, findings) });
                continue;
            }
            if (AdditionalTableReader.Read(data, options.Limits, findings) is { } table)
                tables.Add(table with { Section = SectionOf(headings, data, table.HeaderRow, findings) });
        }
        return (tables, narratives);
    }

    /// <summary>The Findings sheet of a feedback copy uploaded again ("Findings", "Constats", "Feststellungen", or "… (2)"): ours, not the delegation's.</summary>
    private static bool IsFindingsSheet(string name) =>
        Thb.Localisation.Language.All.Select(Thb.Intake.Feedback.FeedbackTexts.SheetName)
            .Any(f => name.Equals(f, StringComparison.OrdinalIgnoreCase) || name.StartsWith(f + " (", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// For a sectioned contributor, the heading a sheet's part sits under (found as for a table of actions); none when the
    /// sheet names no section: the part then belongs to the contributor's whole part of the annex, before its sub-sections.
    /// </summary>
    private static Thb.Cycles.SectionTitle? SectionOf(SectionHeadings? headings, SheetData data, int headerRow, List<Finding> findings) =>
        headings is null ? null : headings.Above(data, new TableLayout(headerRow, headerRow, new Dictionary<ReturnColumn, int>(), 0), findings);
}
