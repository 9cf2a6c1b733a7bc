using Thb.Cycles;
using Thb.Intake.Findings;
using Thb.Intake.Workbooks;
using Thb.Workbooks;

namespace Thb.Intake.Returns;

/// <summary>
/// The headings of a sectioned return: the sections the registry (or the template) lists, the headings found in the
/// workbook, and how many actions each holds. A table's heading is a "Section" label above its header row, else the
/// nearest row above the header holding a known title alone, else its sheet's name when that is a known title; inside
/// a table, a row holding a known title alone (or "Section: …") starts the next section. Rows under no heading go to
/// the first section; a heading the registry does not know is kept as written, with a warning naming the known ones.
/// </summary>
public sealed class SectionHeadings(IReadOnlyList<SectionTitle> known, string contributorName)
{
    private readonly List<SectionTitle> _unknown = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public IReadOnlyList<SectionTitle> Known => known;

    public SectionTitle First => known[0];

    /// <summary>Whether any table or row named a section (known or not).</summary>
    public bool AnyHeadingFound { get; private set; }

    /// <summary>Words that label a section cell ("Section" | "DG Home Affairs", or "Section: DG Home Affairs"), folded.</summary>
    private static readonly HashSet<string> Labels = new(
        new[] { "section", "sub section", "subsection", "sous section", "abschnitt", "unterabschnitt" }
            .Concat(Thb.Localisation.Language.All.Select(l => ReturnLayout.Normalise(ReturnTexts.SectionLabel(l)))), StringComparer.Ordinal);

    /// <summary>The known section a text names, or null.</summary>
    public SectionTitle? KnownTitle(string? text)
    {
        foreach (var title in known)
            if (title.Matches(text)) return title;
        return null;
    }

    /// <summary>The heading of the table whose header sits at <paramref name="table"/>: see the class remarks; null when none.</summary>
    public SectionTitle? Above(SheetData sheet, TableLayout table, List<Finding> findings)
    {
        int? nearestRow = null;
        SectionTitle? nearest = null;
        foreach (var row in sheet.RowNumbers.Where(r => r < table.HeaderRow))
        {
            var cells = sheet.Row(row).Where(c => !c.Value.IsBlank).ToList();
            for (var i = 0; i < cells.Count; i++)
            {
                var text = cells[i].Value.Text.Trim();
                var colon = text.IndexOf(':');
                var label = ReturnLayout.Normalise(colon > 0 ? text[..colon] : text);
                if (!Labels.Contains(label)) continue;
                var (value, at) = colon > 0 && text[(colon + 1)..].Trim().Length > 0
                    ? (text[(colon + 1)..].Trim(), new CellReference(row, cells[i].Key))
                    : i + 1 < cells.Count ? (cells[i + 1].Value.Text.Trim(), new CellReference(row, cells[i + 1].Key)) : ("", default);
                if (value.Length > 0) return Resolve(value, sheet.Sheet.Name, at, findings);
            }
            if (cells.Count == 1 && KnownTitle(cells[0].Value.Text) is { } title) (nearestRow, nearest) = (row, title);
        }
        if (nearest is not null && nearestRow is not null)
        {
            AnyHeadingFound = true;
            return nearest;
        }
        if (KnownTitle(sheet.Sheet.Name) is { } bySheet)
        {
            AnyHeadingFound = true;
            return bySheet;
        }
        return null;
    }

    /// <summary>The section a row inside a table starts when it is a heading row (one cell: a known title, or "Section: …"); else null.</summary>
    public SectionTitle? RowHeading(RawReturnRow raw, string sheet, List<Finding> findings)
    {
        var own = raw.Cells.Where(c => c.Value.MergedFrom is null && !c.Value.Value.IsBlank).ToList();
        if (own.Count != 1) return null;
        var (column, cell) = own[0];
        var text = cell.Value.Text.Trim();
        if (KnownTitle(text) is { } title)
        {
            AnyHeadingFound = true;
            return title;
        }
        var colon = text.IndexOf(':');
        if (colon <= 0 || !Labels.Contains(ReturnLayout.Normalise(text[..colon])) || text[(colon + 1)..].Trim().Length == 0) return null;
        return Resolve(text[(colon + 1)..].Trim(), sheet, new CellReference(raw.Row, raw.Columns[column]), findings);
    }

    /// <summary>A heading as written: the known section it names, or itself (kept, warned about) when the registry does not list it.</summary>
    private SectionTitle? Resolve(string written, string sheet, CellReference at, List<Finding> findings)
    {
        AnyHeadingFound = true;
        if (KnownTitle(written) is { } title) return title;
        if (SectionTitle.Problem(written) is not null)
        {
            findings.Add(Finding.Warning(FindingCodes.SectionUnknown, FindingMessage.Variant("not-a-title", at.ToString(), First.Text, contributorName, SectionTitle.Quoted(known)), sheet, at));
            return null;
        }
        var unknown = new SectionTitle(written);
        if (!_unknown.Any(u => u.Matches(unknown.Text))) _unknown.Add(unknown);
        findings.Add(Finding.Warning(FindingCodes.SectionUnknown,
            FindingMessage.With(FindingText.Shorten(unknown.Text, 60), at.ToString(), contributorName, SectionTitle.Quoted(known)), sheet, at));
        return _unknown.First(u => u.Matches(unknown.Text));
    }

    /// <summary>Counts one action under its section.</summary>
    public void Count(SectionTitle title) => _counts[title.Text] = _counts.GetValueOrDefault(title.Text) + 1;

    /// <summary>Every section in the order the annex shows them: the known ones in registry order, then the unknown ones as they appeared.</summary>
    public IReadOnlyList<ReturnSection> Read() =>
        known.Select(t => new ReturnSection(t, true, _counts.GetValueOrDefault(t.Text)))
            .Concat(_unknown.Select(t => new ReturnSection(t, false, _counts.GetValueOrDefault(t.Text))))
            .ToList();
}
