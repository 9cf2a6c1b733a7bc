using System.Globalization;
using Thb.Changes;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Localisation;
using Thb.Storage;

namespace Thb.Reminders;

/// <summary>Writes the reminders and the owner's digest, as plain text and HTML (Razor components rendered by <see cref="MailHtml"/>). Pure.</summary>
public static class ReminderComposer
{
    /// <summary>At most this many of a rejected upload's errors are quoted; the feedback workbook has them all.</summary>
    public const int MaxFindings = 5;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string LongDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", English);

    /// <summary>"7 days left", "due today", "3 days overdue" — counted in Brussels dates.</summary>
    public static string DaysText(DateOnly deadline, DateOnly today) => DaysText(deadline, today, Language.English);

    /// <summary>"7 jours restants", "heute fällig": the same count in <paramref name="language"/>.</summary>
    public static string DaysText(DateOnly deadline, DateOnly today, Language language)
    {
        var t = ReminderTexts.In(language);
        var left = deadline.DayNumber - today.DayNumber;
        return left switch
        {
            0 => t["Days.Today"],
            1 => t["Days.LeftOne"],
            > 1 => t.Format("Days.Left", left),
            -1 => t["Days.OverdueOne"],
            _ => t.Format("Days.Overdue", -left),
        };
    }

    /// <summary>
    /// A contributor's reminder in its language (subject, plain text and HTML from ReminderTexts.resx): when the return
    /// is due or how late it is, the main errors of a rejected latest upload, how to submit and whom to ask.
    /// </summary>
    public static async Task<MailContent> ReminderAsync(Cycle cycle, Contributor contributor, DateOnly deadline, ReminderKind kind, DateOnly today,
        Submission? latest, Uri? uploadLink)
    {
        var language = contributor.Language;
        var t = ReminderTexts.In(language);
        var name = contributor.Name;
        var days = DaysText(deadline, today, language);
        var overdue = today > deadline;
        var subject = t.Format(overdue ? "Subject.Overdue" : "Subject.Before", name, cycle.Title, LocalisedDates.Date(deadline, language), days);
        var intro = t.Format(overdue ? "Intro.Overdue" : "Intro.Before", name, cycle.Title, cycle.Id, LocalisedDates.LongDate(deadline, language), days);
        var rejected = latest is not null && !latest.Status.IsAccepted() ? latest : null;
        var errors = rejected?.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => FindingLine(f, t)).ToList() ?? [];
        var mail = new ReminderMail(t, cycle, contributor, kind, intro, days, rejected, errors, uploadLink);
        return new MailContent(subject, mail.Text(), await MailHtml.RenderAsync<ReminderMailHtml>(mail));
    }

    /// <summary>
    /// The cycle owner's summary of a sweep: who was reminded now, who is overdue, who has submitted, and (when the cycle
    /// names a predecessor) a line per contributor with an accepted return saying what changed since that cycle.
    /// </summary>
    public static async Task<MailContent> DigestAsync(ReminderPlan plan, IReadOnlyList<ContributorPlan> reminded, CycleChanges? changes = null)
    {
        var cycle = plan.Cycle;
        var all = plan.Contributors;
        var submitted = all.Where(c => c.Status.HasAccepted).ToList();
        var overdue = plan.Overdue;
        var noAddress = all.Where(c => c.Standing == ReminderStanding.NoAddress).ToList();
        var at = BrusselsTime.ToBrussels(plan.Now).ToString("d MMMM yyyy HH:mm", English);
        var subject = $"THB “{cycle.Title}”: {Count(reminded.Count, "reminder")} sent — {submitted.Count} of {all.Count} returns accepted";

        var sections = new List<(string Title, IReadOnlyList<string> Lines)>
        {
            ($"Reminded now ({reminded.Count})", reminded.Select(r => $"{r.Contributor.Name} — {r.Due!.Value.Describe()}, deadline {Date(r.Deadline)} ({DaysText(r.Deadline, plan.Today)}) — to {string.Join(", ", r.Contributor.Emails)}").ToList()),
            ($"Overdue ({overdue.Count})", overdue.Select(o => $"{o.Contributor.Name} — deadline {Date(o.Deadline)}, {DaysText(o.Deadline, plan.Today)}{(o.Status.Latest is { } l && !l.Status.IsAccepted() ? "; latest upload rejected" : "")}").ToList()),
            ($"Submitted ({submitted.Count})", submitted.Select(s => $"{s.Contributor.Name} — accepted, uploaded {Date(BrusselsTime.DateAt((s.Status.Current ?? s.Status.Document)!.UploadedAt))}{((s.Status.Current ?? s.Status.Document)!.Late ? " (late)" : "")}").ToList()),
        };
        if (noAddress.Count > 0)
            sections.Add(($"Cannot be reminded: no e-mail address ({noAddress.Count})", noAddress.Select(n => $"{n.Contributor.Name} — deadline {Date(n.Deadline)}").ToList()));
        if (changes is not null)
            sections.Add(($"Changes since {changes.PreviousCycleId}", changes.Contributors.Where(c => c.Compared).Select(c => $"{c.Contributor.Name} — {ChangeWords.Summary(c)}").ToList()));

        var intro = $"Reminder sweep of {at} (Brussels) for cycle “{cycle.Title}” ({cycle.Id}), deadline {Date(cycle.Deadline)}.";
        var digest = new DigestMail(intro, sections, cycle.Id);
        return new MailContent(subject, digest.Text(), await MailHtml.RenderAsync<DigestMailHtml>(digest));
    }

    /// <summary>"Return!A7: Row 7 has no country…", in the reminder's language.</summary>
    private static string FindingLine(Finding f, LocalisedTexts t) =>
        f.Location.Length > 0 ? t.Format("Finding", f.Location, f.In(t.Language)) : f.In(t.Language);

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
