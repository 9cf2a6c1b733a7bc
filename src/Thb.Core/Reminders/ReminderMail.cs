using System.Text;
using Thb.Cycles;
using Thb.Intake;
using Thb.Localisation;
using Thb.Storage;

namespace Thb.Reminders;

/// <summary>
/// One reminder's body in the contributor's language: what both forms say, the plain text written here and the HTML
/// by <see cref="ReminderMailHtml"/> (Razor), from the same texts.
/// </summary>
public sealed class ReminderMail(LocalisedTexts t, Cycle cycle, Contributor contributor, ReminderKind kind, string intro, string days,
    Submission? rejected, IReadOnlyList<string> errors, Uri? uploadLink)
{
    public LocalisedTexts Texts => t;

    public Language Language => t.Language;

    public string Greeting => t.Format("Greeting", contributor.Name);

    public string Intro => intro;

    /// <summary>The days left or overdue, which the HTML sets in bold inside <see cref="Intro"/>.</summary>
    public string Days => days;

    /// <summary>"Your latest upload, “r.xlsx” of 1 December 2026, was rejected. Its main problems:" (null unless the latest upload was rejected).</summary>
    public string? Rejected => rejected is null ? null : t.Format("Rejected.Text", rejected.FileName, LocalisedDates.Date(BrusselsTime.DateAt(rejected.UploadedAt), t.Language));

    /// <summary>The errors quoted, at most <see cref="ReminderComposer.MaxFindings"/>.</summary>
    public IReadOnlyList<string> Errors => errors.Take(ReminderComposer.MaxFindings).ToList();

    /// <summary>"… and 2 more, each marked at its cell in the feedback workbook." (null when every error is quoted).</summary>
    public string? More => errors.Count > ReminderComposer.MaxFindings ? t.Format("Rejected.More", errors.Count - ReminderComposer.MaxFindings) : null;

    public Uri? UploadLink => uploadLink;

    /// <summary>Where to upload without a portal link: returns/{cycle}/{contributor}/.</summary>
    public string Folder => $"{StorageNames.Containers.Returns}/{cycle.Id}/{contributor.Id}/";

    public string? OwnerEmail => cycle.OwnerEmail is { Length: > 0 } owner ? owner : null;

    public string Footer => t.Format("Footer", ReminderTexts.Describe(kind, t.Language));

    public string Text()
    {
        var text = new StringBuilder();
        text.AppendLine(Greeting).AppendLine();
        text.AppendLine(intro).AppendLine();
        if (Rejected is { } rejectedText)
        {
            text.AppendLine(rejectedText);
            foreach (var line in Errors) text.AppendLine($"  - {line}");
            if (More is { } more) text.AppendLine("  " + more);
            text.AppendLine(t["Rejected.Correct"]).AppendLine();
        }
        text.AppendLine(t["Submit.Heading"]);
        text.AppendLine("  " + (uploadLink is not null ? t.Format("Submit.Link.Text", uploadLink) : t.Format("Submit.Folder.Text", Folder)));
        text.AppendLine("  " + t["Submit.Every"]);
        text.AppendLine();
        if (OwnerEmail is { } owner) text.AppendLine(t.Format("Questions", owner)).AppendLine();
        text.AppendLine(Footer);
        return text.ToString();
    }

    /// <summary>The text of <paramref name="key"/> around its {0}, where the HTML puts an element (a link, a code).</summary>
    public (string Before, string After) Around(string key)
    {
        var text = t[key];
        var at = text.IndexOf("{0}", StringComparison.Ordinal);
        return at < 0 ? (text, "") : (text[..at], text[(at + 3)..]);
    }

    /// <summary><see cref="Intro"/> around <see cref="Days"/>, which the HTML sets in bold.</summary>
    public (string Before, string After) IntroAroundDays()
    {
        var at = intro.IndexOf(days, StringComparison.Ordinal);
        return at < 0 ? (intro, "") : (intro[..at], intro[(at + days.Length)..]);
    }
}
