using System.Globalization;
using Thb.Intake.Returns;

namespace Thb.Annex;

/// <summary>
/// An additional table in the annex workbook: a sheet of its own after the analysis sheets (its columns are not the
/// annex's six, so it cannot sit in the Annex sheet without changing its shape), titled with its contributor and
/// title, then its header and rows exactly as written. The contributor's section of the Annex sheet links to it.
/// </summary>
internal static class AdditionalTableSheet
{
    /// <summary>The sheet's header row (rows 1–2: title and note), repeated on every printed page.</summary>
    public const int HeaderRow = 4;

    /// <summary>"Europol – table 1" …: unique, at most 31 characters, none of the names taken (the annex's own sheets).</summary>
    public static IReadOnlyDictionary<AdditionalTable, string> Names(IEnumerable<AnnexSection> sections, IReadOnlyList<string> taken)
    {
        var names = new Dictionary<AdditionalTable, string>(ReferenceEqualityComparer.Instance);
        var used = new HashSet<string>(taken, StringComparer.OrdinalIgnoreCase) { "Charts", "History" };
        foreach (var section in sections)
        {
            var tables = section.Parts.Tables;
            var stem = new string(section.Contributor.Name.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' or '\'' ? ' ' : c).ToArray()).Trim();
            for (var i = 0; i < tables.Count; i++)
            {
                var suffix = $" – table {(i + 1).ToString(CultureInfo.InvariantCulture)}";
                var name = (stem.Length + suffix.Length > 31 ? stem[..(31 - suffix.Length)].TrimEnd() : stem) + suffix;
                for (var n = 2; used.Contains(name); n++) name = name[..Math.Min(name.Length, 26)] + $" ({n.ToString(CultureInfo.InvariantCulture)})";
                used.Add(name);
                names[tables[i]] = name;
            }
        }
        return names;
    }

    /// <summary>Column widths from the longest text of each column (10 to 45 characters, a line of a long one wrapping).</summary>
    public static SheetSetup Setup(AdditionalTable table, string footer)
    {
        var widths = new double[Math.Max(1, table.Columns.Count)];
        for (var c = 0; c < widths.Length; c++)
        {
            var longest = table.Rows.Select(r => c < r.Cells.Count ? r.Cells[c].Length : 0).Append(c < table.Columns.Count ? table.Columns[c].Length : 0).Max();
            widths[c] = Math.Clamp(longest + 2, 10, 45);
        }
        return new SheetSetup(widths, footer, FrozenRows: HeaderRow);
    }

    public static void Write(SheetWriter w, AnnexSection section, AdditionalTable table)
    {
        var columns = Math.Max(1, table.Columns.Count);
        w.Row(SheetCell.Of($"{section.Contributor.Name}{(table.Title is null ? " – additional table" : " – " + table.Title.ReplaceLineEndings(" — "))}", AnnexStyle.Title));
        w.MergedRow(SheetCell.Of($"An additional table of the return of {section.Contributor.Name} (its sheet '{table.Sheet}'{(table.Section is { } s ? ", under " + s.Text : "")}), " +
                                 "every cell exactly as written. Its rows are not actions: they are not normalised and not counted in the annex's analysis.", AnnexStyle.Note), columns);
        w.Row();
        w.Row(table.Columns.Select(c => (SheetCell?)SheetCell.Of(c, AnnexStyle.Header)).ToArray());
        foreach (var row in table.Rows)
            w.Row(Enumerable.Range(0, columns).Select(c => (SheetCell?)SheetCell.Of(c < row.Cells.Count ? row.Cells[c] : "", AnnexStyle.Data)).ToArray());
    }
}
