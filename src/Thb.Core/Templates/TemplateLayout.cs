using Thb.Intake.Returns;
using Thb.Localisation;

namespace Thb.Templates;

/// <summary>Where things sit in a template: sheet names, rows, the column order with widths, and the list ranges.</summary>
public static class TemplateLayout
{
    /// <summary>Written to the hidden sheet; raise it when the layout changes in a way the reader must know about.</summary>
    public const string Version = "1";

    public const string InstructionsSheet = "Instructions";
    public const string ReturnSheet = "Return";
    public const string ListsSheet = "Lists";

    /// <summary>The label of a section sheet's row 5 ("Section" | "DG Home Affairs"); the hint moves to the columns beside it.</summary>
    public const string SectionLabel = "Section";

    /// <summary>First column of a section sheet's hint (the label and title take A and B).</summary>
    public const int SectionHintColumn = 3;

    /// <summary>The Instructions sheet's name in a template in <paramref name="language"/> ("Instructions", "Anleitung").</summary>
    public static string InstructionsSheetIn(Language language) => TemplateTexts.In(language)["Sheet.Instructions"];

    /// <summary>The Return sheet's name in a template in <paramref name="language"/> ("Return", "Contribution", "Beitrag").</summary>
    public static string ReturnSheetIn(Language language) => TemplateTexts.In(language)["Sheet.Return"];

    public const int TitleRow = 1;
    public const int SummaryRow = 2;
    public const int DelegationRow = 3;
    public const int CycleRow = 4;
    public const int HintRow = 5;
    public const int HeaderRow = 6;
    public const int FirstDataRow = 7;

    /// <summary>How many rows below the header carry the drop-downs and validations (inserted rows inherit them).</summary>
    public const int ValidatedRows = 1000;

    /// <summary>An extra key of the hidden sheet: the cycle rows were carried over from (the reader ignores it).</summary>
    public const string MetadataFromCycleKey = "fromCycle";

    /// <summary>The ten columns of the Return sheet, in order, with widths (in characters) that fit an A4 landscape page when scaled to its width.</summary>
    public static IReadOnlyList<(ReturnColumn Column, double Width)> Columns { get; } =
    [
        (ReturnColumn.CountryRegion, 20),
        (ReturnColumn.Form, 22),
        (ReturnColumn.Description, 50),
        (ReturnColumn.Partner, 22),
        (ReturnColumn.Duration, 20),
        (ReturnColumn.Funding, 18),
        (ReturnColumn.StartDate, 12.5),
        (ReturnColumn.EndDate, 12.5),
        (ReturnColumn.Ongoing, 9),
        (ReturnColumn.AmountEur, 14),
    ];

    /// <summary>
    /// The sheet of each section of a sectioned template, in order: the title as Excel allows a sheet name (at most 31
    /// characters, none of : \ / ? * [ ], not "History", no name twice, none of the template's own sheets'), suffixed
    /// " (2)" … where two would be the same.
    /// </summary>
    public static IReadOnlyList<string> SectionSheetNames(IReadOnlyList<Thb.Cycles.SectionTitle> sections, Language language = default)
    {
        var taken = new HashSet<string>([InstructionsSheetIn(language), ListsSheet, NarrativeSheetIn(language), ReturnLayout.MetadataSheetName, "History"], StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var section in sections)
        {
            var clean = new string(section.Text.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? ' ' : c).ToArray()).Trim().Trim('\'').Trim();
            if (clean.Length == 0) clean = "Section";
            var name = clean.Length > 31 ? clean[..31].TrimEnd() : clean;
            for (var n = 2; taken.Contains(name); n++)
            {
                var suffix = $" ({n})";
                name = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)].TrimEnd() : clean) + suffix;
            }
            taken.Add(name);
            names.Add(name);
        }
        return names;
    }

    /// <summary>The template's sheet for prose (in English; <see cref="NarrativeSheetIn"/> in a language): one paragraph per row, its level from a drop-down.</summary>
    public const string NarrativeSheet = "Narrative";

    public static string NarrativeSheetIn(Language language) => ReturnTexts.NarrativeSheet(language);

    /// <summary>1-based column number of a column of the Return sheet.</summary>
    public static int ColumnOf(ReturnColumn column)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (Columns[i].Column == column) return i + 1;
        throw new ArgumentOutOfRangeException(nameof(column), column, "Not a column of the template.");
    }

    public static int LastColumn => Columns.Count;

    /// <summary>The hidden Lists sheet: form-of-action labels in column A, Yes/No (in the template's language) in column B.</summary>
    public const int FormListColumn = 1;
    public const int YesNoListColumn = 2;
    /// <summary>The Narrative sheet's levels, in column C of the Lists sheet.</summary>
    public const int LevelListColumn = 3;

    /// <summary>The Narrative sheet's columns: the level (a drop-down) and the paragraph's text.</summary>
    public const int NarrativeLevelColumn = 1;
    public const int NarrativeTextColumn = 2;
    public const string Yes = "Yes";
    public const string No = "No";
}
