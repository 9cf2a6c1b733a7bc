using Thb.Intake;
using Thb.Intake.Returns;

namespace Thb.Annex;

/// <summary>
/// What the Annex sheet shows under a contributor's title, in order: its narrative (each paragraph across the six
/// columns, a long one continued in the rows below), a line per additional table linking to that table's own sheet,
/// then its actions — one table, or each sub-section's heading with the narrative, tables and actions under it. The
/// same walk counts the rows (for the Contents' links) and writes them, so the two always agree.
/// </summary>
internal static class AnnexSectionBody
{
    public const string NoReturn = "No return has been accepted from this contributor for this cycle.";
    public const string NoActions = "The accepted return lists no actions.";

    /// <summary>Where the body goes: the Annex sheet, or a counter of the rows it would take.</summary>
    public abstract class Output
    {
        public abstract void Merged(SheetCell cell, string? link = null);
        public abstract void Row(SheetCell?[] cells);
    }

    public sealed class Counter : Output
    {
        public int Rows { get; private set; }
        public override void Merged(SheetCell cell, string? link = null) => Rows++;
        public override void Row(SheetCell?[] cells) => Rows++;

        /// <summary>A return row's physical rows, counted without splitting its texts (the Contents are written before the Annex sheet).</summary>
        public void Add(int rows) => Rows += rows;
    }

    public sealed class Sheet(SheetWriter writer, int columns) : Output
    {
        public override void Merged(SheetCell cell, string? link = null)
        {
            writer.MergedRow(cell, columns);
            if (link is not null) writer.LinkInLastRow(1, link);
        }

        public override void Row(SheetCell?[] cells) => writer.Row(cells);
    }

    /// <summary>Rows the body takes: see <see cref="Write"/>.</summary>
    public static int Count(AnnexSection section, IReadOnlyDictionary<AdditionalTable, string> tableSheets)
    {
        var counter = new Counter();
        Write(counter, section, tableSheets);
        return counter.Rows;
    }

    public static void Write(Output o, AnnexSection section, IReadOnlyDictionary<AdditionalTable, string> tableSheets)
    {
        if (section.Submission is null)
        {
            o.Merged(SheetCell.Of(NoReturn, AnnexStyle.Note));
            return;
        }
        var parts = section.Parts;
        Parts(o, parts.Narrative.Where(n => n.Section is null), parts.Tables.Where(t => t.Section is null), tableSheets);
        if (section.Subsections.Count == 0)
        {
            if (section.Rows.Count > 0) Rows(o, section, section.Rows);
            else if (parts.IsEmpty) o.Merged(SheetCell.Of(NoActions, AnnexStyle.Note));
            return;
        }
        foreach (var sub in section.Subsections)
        {
            o.Merged(SheetCell.Of(sub.Title.Text + (sub.Known ? "" : " (a heading of the return, not a section of the registry)"), AnnexStyle.SubsectionTitle));
            var narrative = parts.Narrative.Where(n => n.Section is { } s && sub.Title.Matches(s.Text)).ToList();
            var tables = parts.Tables.Where(t => t.Section is { } s && sub.Title.Matches(s.Text)).ToList();
            Parts(o, narrative, tables, tableSheets);
            if (sub.Rows.Count > 0) Rows(o, section, sub.Rows);
            else if (narrative.Count == 0 && tables.Count == 0) o.Merged(SheetCell.Of(AnnexWorkbook.NoActionsUnderHeading, AnnexStyle.Note));
        }
    }

    /// <summary>Narrative paragraphs (headings bold, a long paragraph over several rows), then one linked line per additional table.</summary>
    private static void Parts(Output o, IEnumerable<Narrative> narratives, IEnumerable<AdditionalTable> tables, IReadOnlyDictionary<AdditionalTable, string> tableSheets)
    {
        var width = SheetWriter.CharsPerLine(AnnexWorkbook.AnnexColumnWidths.Take(6).Sum());
        foreach (var narrative in narratives)
        {
            foreach (var paragraph in narrative.Paragraphs)
            {
                var style = paragraph.Kind == NarrativeKind.Heading ? AnnexStyle.NarrativeHeading : AnnexStyle.Paragraph;
                foreach (var part in CellText.Split(paragraph.Shown, width, AnnexWorkbook.MaxLinesPerRow))
                    o.Merged(SheetCell.Of(part, style));
            }
        }
        foreach (var table in tables)
        {
            var sheet = tableSheets[table];
            o.Merged(SheetCell.Of($"Additional table{(table.Title is null ? "" : ": " + table.Title.ReplaceLineEndings(" — "))} ({table.Columns.Count} columns, {table.Rows.Count} rows, as written): sheet '{sheet}'", AnnexStyle.Link),
                $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'!A1");
        }
    }

    /// <summary>The six headers, then each row over as many physical rows as its longest cell takes.</summary>
    private static void Rows(Output o, AnnexSection section, IReadOnlyList<ReturnRow> rows)
    {
        o.Row(AnnexWorkbook.ColumnHeaders());
        var columns = ReturnLayout.AnnexColumns.Count;
        foreach (var row in rows)
        {
            if (o is Counter counter)
            {
                counter.Add(AnnexWorkbook.PhysicalRowCount(row));
                continue;
            }
            var physical = AnnexWorkbook.PhysicalRows(row);
            var source = AnnexWorkbook.SourceOf(section.Contributor.Id, row);
            for (var k = 0; k < physical.Count; k++)
            {
                var style = physical.Count == 1 ? AnnexStyle.Data
                    : k == 0 ? AnnexStyle.DataFirstPart
                    : k == physical.Count - 1 ? AnnexStyle.DataLastPart
                    : AnnexStyle.DataMiddlePart;
                var cells = new SheetCell?[columns + 1];
                for (var i = 0; i < columns; i++) cells[i] = SheetCell.Of(physical[k][i], style);
                cells[columns] = SheetCell.Of(source, AnnexStyle.Default);
                o.Row(cells);
            }
        }
    }
}
