using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Json;
using Thb.Localisation;

namespace Thb.Intake.Feedback;

/// <summary>The feedback workbook's own words (FeedbackTexts.resx, .fr.resx, .de.resx): the Findings sheet, the verdict, severities and cell comments.</summary>
public static class FeedbackTexts
{
    public static LocalisedTexts In(Language language) => TextCatalogue.For(typeof(FeedbackTexts), language);

    /// <summary>"Findings", "Constats", "Feststellungen": the name of the first sheet.</summary>
    public static string SheetName(Language language) => In(language)["SheetName"];

    public static string Status(ReturnStatus status, Language language) => In(language)[$"Status.{KebabCase.Of(status)}"];

    public static string Severity(FindingSeverity severity, Language language) => In(language)[$"Severity.{KebabCase.Of(severity)}"];

    /// <summary>One line of a cell's comment: "ERROR (row.country-missing): Row 7 has no country…", "ERREUR (…) : …".</summary>
    public static string CommentLine(Finding finding, Language language) =>
        In(language).Format("Comment", Severity(finding.Severity, language).ToUpper(language.Culture), finding.Code, finding.In(language));
}
