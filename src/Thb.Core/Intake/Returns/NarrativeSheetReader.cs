using Thb.Intake.Findings;
using Thb.Localisation;
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
    /// <summary>The drop-down's choices in English, in the order the template lists them (each language's in <see cref="ReturnTexts.NarrativeLevels"/>).</summary>
    public static IReadOnlyList<string> Levels => ReturnTexts.NarrativeLevels(Language.English);

    private static readonly Lazy<(HashSet<string> Level, HashSet<string> Text, HashSet<string> Sheets)> Words = new(() =>
    {
        var level = new HashSet<string>(["level", "niveau", "ebene", "heading level"], StringComparer.Ordinal);
        var text = new HashSet<string>(["text", "texte", "paragraph", "paragraphs"], StringComparer.Ordinal);
        var sheets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var language in Language.All)
        {
            var (l, t) = ReturnTexts.NarrativeHeaders(language);
            level.Add(ReturnLayout.Normalise(l));
            text.Add(ReturnLayout.Normalise(t));
            sheets.Add(ReturnLayout.Normalise(ReturnTexts.NarrativeSheet(language)));
        }
        return (level, text, sheets);
    });

    /// <summary>Where the sheet's Level and Text columns are, or null when it is no narrative sheet (its header, in any language; a Text column alone on a sheet named as the template names it).</summary>
    public static (int HeaderRow, int Level, int Text)? Locate(SheetData sheet)
    {
        var words = Words.Value;
        foreach (var row in sheet.RowNumbers)
        {
            if (row > ReturnLayout.HeaderSearchRows) break;
            int? level = null, text = null;
            foreach (var (column, cell) in sheet.Row(row))
            {
                var header = ReturnLayout.Normalise(cell.Text);
                if (words.Level.Contains(header)) level ??= column;
                else if (words.Text.Contains(header)) text ??= column;
            }
            if (text is { } t && (level is not null || words.Sheets.Contains(ReturnLayout.Normalise(sheet.Sheet.Name))))
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
                findings.Add(Finding.Info(FindingCodes.NarrativeLevelUnknown, FindingMessage.With(FindingText.Shorten(levelText, 30), string.Join(", ", Levels)), name, new CellReference(row, at.Level)));
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
        findings.Add(Finding.Info(FindingCodes.NarrativeRead, FindingMessage.With(name, paragraphs.Count, paragraphs.Count(p => p.Kind == NarrativeKind.Heading), paragraphs.Sum(p => p.Text.Length)),
            name, new CellReference(at.HeaderRow, at.Text)));
        return new Narrative(name, paragraphs);
    }

    /// <summary>"Heading 2" (or "Titre 2", "Überschrift 2") → (heading, 2); "" or "Paragraph" → (paragraph, 0); unknown → (null, 0).</summary>
    public static (NarrativeKind? Kind, int Level) ParseLevel(string text)
    {
        var folded = ReturnLayout.Normalise(text);
        if (folded.Length == 0) return (NarrativeKind.Paragraph, 0);
        foreach (var language in Language.All)
        {
            var at = ReturnTexts.NarrativeLevels(language).Select(ReturnLayout.Normalise).ToList().IndexOf(folded);
            if (at >= 0) return Choice(at);
        }
        if (folded is "paragraph" or "text" or "normal" or "body") return (NarrativeKind.Paragraph, 0);
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

    /// <summary>The drop-down's choice at a position: three headings, then paragraph, bulleted, numbered.</summary>
    private static (NarrativeKind? Kind, int Level) Choice(int at) => at switch
    {
        < 3 => (NarrativeKind.Heading, at + 1),
        3 => (NarrativeKind.Paragraph, 0),
        4 => (NarrativeKind.Bullet, 1),
        _ => (NarrativeKind.Numbered, 1),
    };
}
