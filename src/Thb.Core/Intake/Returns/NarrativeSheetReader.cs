using Thb.Intake.Findings;
using Thb.Intake.Workbooks;
using Thb.Workbooks;

namespace Thb.Intake.Returns;

/// <summary>
/// Reads the template's Narrative sheet: under a header row "Level" | "Text", one paragraph per row, its level from the
/// drop-down ("Heading 1" … "Heading 3", "Paragraph", "Bulleted", "Numbered"; empty: a paragraph). Numbered items are
/// numbered 1, 2 … until the next heading (paragraphs and bullets between them do not restart the count: "1. Albania",
/// its paragraphs, "2. Bosnia and Herzegovina"). A sheet is taken for it by its name or its header.
/// </summary>
public static class NarrativeSheetReader
{
    public const string LevelHeader = "Level";
    public const string TextHeader = "Text";

    /// <summary>The drop-down's choices, in the order the template lists them.</summary>
    public static IReadOnlyList<string> Levels { get; } = ["Heading 1", "Heading 2", "Heading 3", "Paragraph", "Bulleted", "Numbered"];

    /// <summary>Where the sheet's Level and Text columns are, or null when it is no narrative sheet.</summary>
    public static (int HeaderRow, int Level, int Text)? Locate(SheetData sheet, string narrativeSheetName)
    {
        foreach (var row in sheet.RowNumbers)
        {
            if (row > ReturnLayout.HeaderSearchRows) break;
            int? level = null, text = null;
            foreach (var (column, cell) in sheet.Row(row))
            {
                var header = ReturnLayout.Normalise(cell.Text);
                if (header is "level" or "niveau" or "ebene" or "heading level") level ??= column;
                else if (header is "text" or "texte" or "paragraph" or "paragraphs") text ??= column;
            }
            if (text is { } t && (level is not null || string.Equals(sheet.Sheet.Name, narrativeSheetName, StringComparison.OrdinalIgnoreCase)))
                return (row, level ?? 0, t);
        }
        return null;
    }

    public static Narrative? Read(SheetData sheet, (int HeaderRow, int Level, int Text) at, List<Finding> findings)
    {
        var name = sheet.Sheet.Name;
        var paragraphs = new List<NarrativeParagraph>();
        var number = 0;
        foreach (var row in sheet.RowNumbers.Where(r => r > at.HeaderRow))
        {
            var text = sheet.Cell(row, at.Text)?.Text ?? "";
            if (string.IsNullOrWhiteSpace(text)) continue;
            var levelText = at.Level > 0 ? sheet.Cell(row, at.Level)?.Text.Trim() ?? "" : "";
            var (kind, level) = ParseLevel(levelText);
            if (kind is null)
            {
                findings.Add(Finding.Info(FindingCodes.NarrativeLevelUnknown,
                    $"The level \"{FindingText.Shorten(levelText, 30)}\" is not one of the list ({string.Join(", ", Levels)}); the row was read as a paragraph.",
                    name, new CellReference(row, at.Level)));
                (kind, level) = (NarrativeKind.Paragraph, 0);
            }
            number = kind == NarrativeKind.Numbered ? number + 1 : kind == NarrativeKind.Heading ? 0 : number;
            paragraphs.Add(new NarrativeParagraph(kind.Value, level, text)
            {
                Row = row,
                Label = kind == NarrativeKind.Numbered ? $"{number}." : kind == NarrativeKind.Bullet ? "•" : null,
            });
        }
        if (paragraphs.Count == 0) return null;
        findings.Add(Finding.Info(FindingCodes.NarrativeRead,
            $"Sheet '{name}' was read as your narrative: {paragraphs.Count} paragraph(s), {paragraphs.Count(p => p.Kind == NarrativeKind.Heading)} of them headings, {paragraphs.Sum(p => p.Text.Length):N0} characters. It is shown as written in your part of the annex.",
            name, new CellReference(at.HeaderRow, at.Text)));
        return new Narrative(name, paragraphs);
    }

    /// <summary>"Heading 2" → (heading, 2); "" or "Paragraph" → (paragraph, 0); unknown → (null, 0).</summary>
    public static (NarrativeKind? Kind, int Level) ParseLevel(string text)
    {
        var folded = ReturnLayout.Normalise(text);
        if (folded.Length == 0 || folded is "paragraph" or "text" or "normal" or "body") return (NarrativeKind.Paragraph, 0);
        if (folded is "bulleted" or "bullet" or "bullets" or "list") return (NarrativeKind.Bullet, 1);
        if (folded is "numbered" or "number" or "numbered list") return (NarrativeKind.Numbered, 1);
        if (folded.StartsWith("heading", StringComparison.Ordinal) || folded.StartsWith("title", StringComparison.Ordinal))
        {
            var digit = folded.LastOrDefault(char.IsDigit);
            var level = digit == default ? 1 : digit - '0';
            return level is >= 1 and <= 3 ? (NarrativeKind.Heading, level) : (null, 0);
        }
        return (null, 0);
    }
}
