using Thb.Intake.Findings;
using Thb.Localisation;

namespace Thb.Intake.Feedback;

/// <summary>The findings that point at a cell, by sheet name and then by row and column.</summary>
internal static class FeedbackMarks
{
    public static Dictionary<string, SortedDictionary<int, SortedDictionary<int, CellMark>>> From(IEnumerable<Finding> findings, Language language)
    {
        var bySheet = new Dictionary<string, SortedDictionary<int, SortedDictionary<int, CellMark>>>(StringComparer.Ordinal);
        foreach (var group in findings.Where(f => f.Sheet is not null && f.Cell is not null).GroupBy(f => (Sheet: f.Sheet!, Cell: f.Cell!.Value)))
        {
            var at = group.Key.Cell;
            if (!bySheet.TryGetValue(group.Key.Sheet, out var rows)) bySheet[group.Key.Sheet] = rows = new();
            if (!rows.TryGetValue(at.Row, out var cells)) rows[at.Row] = cells = new();
            cells[at.Column] = new CellMark(group.Max(f => f.Severity),
                group.Select(f => FeedbackTexts.CommentLine(f, language)).ToList());
        }
        return bySheet;
    }
}
