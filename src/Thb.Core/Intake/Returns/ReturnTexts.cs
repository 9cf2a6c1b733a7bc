using Thb.Localisation;

namespace Thb.Intake.Returns;

/// <summary>
/// The words of a return's layout in a delegation's language (ReturnTexts.resx, .fr.resx, .de.resx): the column
/// headers, the metadata labels and Yes/No. Every one of them is also recognised by the reader
/// (<see cref="ReturnLayoutVocabulary"/>), so a template in any language reads back.
/// </summary>
public static class ReturnTexts
{
    public static LocalisedTexts In(Language language) => TextCatalogue.For(typeof(ReturnTexts), language);

    /// <summary>The header in the language alone: "Pays, région ou organisation au niveau international".</summary>
    public static string Header(ReturnColumn column, Language language) => In(language)[$"Header.{column}"];

    /// <summary>
    /// The header a template writes: English as the annex prints it; in French or German, the six annex columns
    /// bilingual ("Country/ region or organisation at international level / Pays, région ou organisation au niveau
    /// international") because the annex is compiled in English, the template's own helper columns in the language alone.
    /// </summary>
    public static string TemplateHeader(ReturnColumn column, Language language) =>
        language.IsEnglish ? ReturnLayout.Header(column)
        : ReturnLayout.AnnexColumns.Contains(column) ? $"{ReturnLayout.Header(column)} / {Header(column, language)}"
        : Header(column, language);

    /// <summary>"Delegation", "Délégation", "Delegation".</summary>
    public static string DelegationLabel(Language language) => In(language)["Label.Delegation"];

    /// <summary>"Reporting cycle", "Cycle de rapport", "Berichtszyklus".</summary>
    public static string CycleLabel(Language language) => In(language)["Label.Cycle"];

    /// <summary>"Section", "Section", "Abschnitt": the label of a section sheet's title cell.</summary>
    public static string SectionLabel(Language language) => In(language)["Label.Section"];

    /// <summary>The Narrative sheet's name: "Narrative", "Narration", "Fließtext".</summary>
    public static string NarrativeSheet(Language language) => In(language)["Narrative.Sheet"];

    /// <summary>The Narrative sheet's headers: "Level" | "Text", "Niveau" | "Texte", "Ebene" | "Text".</summary>
    public static (string Level, string Text) NarrativeHeaders(Language language) => (In(language)["Narrative.Level"], In(language)["Narrative.Text"]);

    /// <summary>The Narrative sheet's levels, as its drop-down lists them: headings 1–3, paragraph, bulleted, numbered.</summary>
    public static IReadOnlyList<string> NarrativeLevels(Language language) =>
        new[] { "Heading1", "Heading2", "Heading3", "Paragraph", "Bulleted", "Numbered" }.Select(k => In(language)["Level." + k]).ToList();

    public static string Yes(Language language) => In(language)["Yes"];

    public static string No(Language language) => In(language)["No"];
}
