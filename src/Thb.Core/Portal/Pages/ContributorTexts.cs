using Thb.Cycles;
using Thb.Intake.Findings;
using Thb.Json;
using Thb.Localisation;
using Thb.Reminders;
using Thb.Review;
using Thb.Templates;

namespace Thb.Portal.Pages;

/// <summary>
/// Every sentence of the delegation's pages in one language (ContributorTexts.resx, .fr.resx, .de.resx, read through
/// <see cref="TextCatalogue"/> like the reminders and the feedback workbook): the page, the upload list, the verdict
/// the script announces and the Presidency's review.
/// </summary>
public sealed class ContributorTexts
{
    private readonly LocalisedTexts _t;

    private ContributorTexts(LocalisedTexts texts) => _t = texts;

    public static ContributorTexts In(Language language) => new(TextCatalogue.For(typeof(ContributorTexts), language));

    public Language Language => _t.Language;

    /// <summary>A text by its key (ContributorTexts.resx), placeholders filled the language's way.</summary>
    public string this[string key] => _t[key];

    public string Format(string key, params object?[] arguments) => _t.Format(key, arguments);

    /// <summary>
    /// The text of <paramref name="key"/> around its {0}, for a page that puts an element (a link, an emphasis) there:
    /// ("Fill in … on the ", " sheet; …").
    /// </summary>
    public (string Before, string After) Around(string key)
    {
        var text = _t[key];
        var at = text.IndexOf("{0}", StringComparison.Ordinal);
        return at < 0 ? (text, "") : (text[..at], text[(at + 3)..]);
    }

    public string Title(Contributor contributor, Cycle cycle) => Format("Title", contributor.Name, cycle.Title);
    public string Eyebrow(Cycle cycle) => Format("Eyebrow", cycle.Title, cycle.Id);
    public string Heading(Contributor contributor) => Format("Heading", contributor.Name);

    public string BeingChecked(UploadView latest) => Format(latest.Status == UploadState.Waiting ? "Pending.Waiting" : "Pending.Checking", latest.FileName);
    public string Retrying(UploadView latest) => Format("Retrying", latest.FileName);
    public string Failed(UploadView latest) => Format("Failed", latest.FileName);

    public string AcceptedDetail(UploadView current) =>
        Format("Accepted.Detail", current.FileName, Count(current.Rows, "Rows"), current.UploadedAt) +
        (current.Warnings > 0 ? " " + Format("Accepted.Warnings", Count(current.Warnings, "Warnings")) : "");

    public string KeptDetail(UploadView current) => Format("Kept.Detail", current.FileName);
    public string NotAcceptedDetail(UploadView latest) => Format("NotAccepted.Detail", latest.FileName);

    /// <summary>"21 days left", "21 jours restants", "due today": the reminders' own words.</summary>
    public string Left(DateOnly deadline, DateOnly today) => ReminderComposer.DaysText(deadline, today, Language);

    public string Day(DateOnly day) => LocalisedDates.Date(day, Language);

    /// <summary>"8 December 2026, 14:05, Brussels time", "8 décembre 2026 à 14:05 (heure de Bruxelles)".</summary>
    public string Brussels(DateTimeOffset instant) => Format("BrusselsTime", LocalisedDates.DateTime(BrusselsTime.ToBrussels(instant), Language));

    /// <summary>The Return sheet as the delegation's template names it.</summary>
    public string ReturnSheet => TemplateLayout.ReturnSheetIn(Language);

    public string FileLabel(long maxUploadBytes) => Format("FileLabel", maxUploadBytes / 1048576);

    public string Verdict(UploadState status) => this[$"Verdict.{KebabCase.Of(status)}"];

    public string Severity(FindingSeverity severity) => this[$"Severity.{KebabCase.Of(severity)}"];

    /// <summary>"no rows", "1 row", "15 rows" (<paramref name="noun"/>: Rows, Errors, Warnings or Notes).</summary>
    public string Count(int n, string noun) => n switch
    {
        0 => this[noun + ".None"],
        1 => this[noun + ".One"],
        _ => Format(noun + ".Many", n),
    };

    public string Counts(UploadView u) => $"{Count(u.Rows, "Rows")}, {Count(u.Errors, "Errors")}, {Count(u.Warnings, "Warnings")}";

    public string FindingsSummary(IReadOnlyList<FindingView> findings)
    {
        var parts = new[] { (FindingSeverity.Error, "Errors"), (FindingSeverity.Warning, "Warnings"), (FindingSeverity.Info, "Notes") }
            .Select(s => (Count: findings.Count(f => f.Severity == s.Item1), Noun: s.Item2))
            .Where(p => p.Count > 0)
            .Select(p => Count(p.Count, p.Noun));
        return Format("FindingsSummary", string.Join(", ", parts));
    }

    /// <summary>What the script announces once an upload has its verdict (the page renders it, so the script has no words of its own).</summary>
    public string Summary(UploadView u)
    {
        if (u.Status == UploadState.Failed) return Format("Summary.Failed", u.FileName);
        var summary = Format("Summary", u.FileName, Verdict(u.Status), Count(u.Rows, "Rows"), Count(u.Errors, "Errors"), Count(u.Warnings, "Warnings"));
        if (u.Status == UploadState.Rejected) return summary + " " + this["Summary.Rejected"];
        return u.Warnings > 0 ? summary + " " + this["Summary.Warnings"] : summary;
    }

    /// <summary>"Return, cell C6" reads better to a delegation than "Return!C6"; "Retour, cellule C6" in French.</summary>
    public string Cell(string? sheet, string cell) => sheet is null ? cell : Format("Where", sheet, cell);

    /// <summary>A cell a correction request points at ("Return!B12" or "B12"), as <see cref="Cell"/> writes it.</summary>
    public string ReviewCell(string reference)
    {
        var bang = reference.LastIndexOf('!');
        return bang < 0 ? reference : Cell(reference[..bang], reference[(bang + 1)..]);
    }

    /// <summary>Who wrote an entry of the thread: "The Presidency (analyst)", "Your delegation (Marie Dupont)".</summary>
    public string Author(ReviewEntry entry) =>
        Format(entry.Role == ReviewRole.Delegation ? "Review.By.Delegation" : "Review.By.Presidency", entry.By);

    public string Action(ReviewEntry entry) =>
        entry.Action == ReviewAction.Comment && entry.Role == ReviewRole.Delegation ? this["Review.Action.reply"] : this[$"Review.Action.{KebabCase.Of(entry.Action)}"];
}
