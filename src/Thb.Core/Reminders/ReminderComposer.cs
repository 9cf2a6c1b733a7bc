using System.Globalization;
using System.Net;
using System.Text;
using Thb.Changes;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Storage;

namespace Thb.Reminders;

/// <summary>Writes the reminders and the owner's digest, as plain text and HTML. Pure.</summary>
public static class ReminderComposer
{
    /// <summary>At most this many of a rejected upload's errors are quoted; the feedback workbook has them all.</summary>
    public const int MaxFindings = 5;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string LongDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", English);

    /// <summary>"7 days left", "due today", "3 days overdue" — counted in Brussels dates.</summary>
    public static string DaysText(DateOnly deadline, DateOnly today)
    {
        var left = deadline.DayNumber - today.DayNumber;
        return left switch
        {
            0 => "due today",
            1 => "1 day left",
            > 1 => $"{left} days left",
            -1 => "1 day overdue",
            _ => $"{-left} days overdue",
        };
    }

    public static MailContent Reminder(Cycle cycle, Contributor contributor, DateOnly deadline, ReminderKind kind, DateOnly today,
        Submission? latest, Uri? uploadLink)
    {
        var name = contributor.Name;
        var days = DaysText(deadline, today);
        var overdue = today > deadline;
        var subject = overdue
            ? $"Overdue — {name}: THB return for “{cycle.Title}” was due on {Date(deadline)} ({days})"
            : $"Reminder — {name}: THB return for “{cycle.Title}” due on {Date(deadline)} ({days})";

        var intro = overdue
            ? $"{name}'s return for the reporting cycle “{cycle.Title}” ({cycle.Id}) was due on {LongDate(deadline)} (end of day, Brussels time) and has not been received: it is now {days}. Please submit it as soon as possible."
            : $"{name}'s return for the reporting cycle “{cycle.Title}” ({cycle.Id}) is due on {LongDate(deadline)} (end of day, Brussels time): {days}.";
        var rejected = latest is not null && !latest.Status.IsAccepted() ? latest : null;
        var errors = rejected?.Findings.Where(f => f.Severity == FindingSeverity.Error).ToList() ?? [];
        var folder = $"{StorageNames.Containers.Returns}/{cycle.Id}/{contributor.Id}/";

        var text = new StringBuilder();
        text.Append("Dear colleagues of ").Append(name).AppendLine(",").AppendLine();
        text.AppendLine(intro).AppendLine();
        if (rejected is not null)
        {
            text.AppendLine($"Your latest upload, “{rejected.FileName}” of {Date(BrusselsTime.DateAt(rejected.UploadedAt))}, was rejected. Its main problems:");
            foreach (var f in errors.Take(MaxFindings)) text.AppendLine($"  - {FindingLine(f)}");
            if (errors.Count > MaxFindings) text.AppendLine($"  … and {errors.Count - MaxFindings} more, each marked at its cell in the feedback workbook.");
            text.AppendLine("Please correct them and upload the workbook again.").AppendLine();
        }
        text.AppendLine("How to submit:");
        if (uploadLink is not null)
            text.AppendLine($"  Upload the completed workbook (.xlsx) at {uploadLink}");
        else
            text.AppendLine($"  Upload the completed workbook (.xlsx) to {folder} (any file name).");
        text.AppendLine("  Every upload gets a verdict and a copy of the workbook with each problem marked at its cell; you may upload again as often as needed.");
        text.AppendLine();
        if (cycle.OwnerEmail is { Length: > 0 } owner) text.AppendLine($"Questions, or need more time? Write to {owner}.").AppendLine();
        text.AppendLine($"This reminder ({kind.Describe()}) was sent automatically by ThbFunctions. It stops as soon as an accepted return is received.");

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222\">");
        html.Append("<p>Dear colleagues of ").Append(H(name)).Append(",</p>");
        html.Append("<p>").Append(H(intro).Replace(H(days), $"<strong>{H(days)}</strong>", StringComparison.Ordinal)).Append("</p>");
        if (rejected is not null)
        {
            html.Append($"<p>Your latest upload, “{H(rejected.FileName)}” of {H(Date(BrusselsTime.DateAt(rejected.UploadedAt)))}, was <strong>rejected</strong>. Its main problems:</p><ul>");
            foreach (var f in errors.Take(MaxFindings)) html.Append("<li>").Append(H(FindingLine(f))).Append("</li>");
            if (errors.Count > MaxFindings) html.Append($"<li>… and {errors.Count - MaxFindings} more, each marked at its cell in the feedback workbook.</li>");
            html.Append("</ul><p>Please correct them and upload the workbook again.</p>");
        }
        html.Append("<p><strong>How to submit:</strong> ");
        if (uploadLink is not null)
            html.Append($"upload the completed workbook (.xlsx) at <a href=\"{H(uploadLink.ToString())}\">{H(uploadLink.ToString())}</a>.");
        else
            html.Append($"upload the completed workbook (.xlsx) to <code>{H(folder)}</code> (any file name).");
        html.Append(" Every upload gets a verdict and a copy of the workbook with each problem marked at its cell; you may upload again as often as needed.</p>");
        if (cycle.OwnerEmail is { Length: > 0 } ownerAddress)
            html.Append($"<p>Questions, or need more time? Write to <a href=\"mailto:{H(ownerAddress)}\">{H(ownerAddress)}</a>.</p>");
        html.Append($"<p style=\"color:#666;font-size:12px\">This reminder ({H(kind.Describe())}) was sent automatically by ThbFunctions. It stops as soon as an accepted return is received.</p>");
        html.Append("</body></html>");
        return new MailContent(subject, text.ToString(), html.ToString());
    }

    /// <summary>
    /// The cycle owner's summary of a sweep: who was reminded now, who is overdue, who has submitted, and (when the cycle
    /// names a predecessor) a line per contributor with an accepted return saying what changed since that cycle.
    /// </summary>
    public static MailContent Digest(ReminderPlan plan, IReadOnlyList<ContributorPlan> reminded, CycleChanges? changes = null)
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
        var text = new StringBuilder().AppendLine(intro).AppendLine();
        var html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222\">");
        html.Append("<p>").Append(H(intro)).Append("</p>");
        foreach (var (title, lines) in sections)
        {
            text.AppendLine(title + ":");
            html.Append("<h3 style=\"margin-bottom:4px\">").Append(H(title)).Append("</h3>");
            if (lines.Count == 0)
            {
                text.AppendLine("  (none)");
                html.Append("<p>(none)</p>");
            }
            else
            {
                html.Append("<ul>");
                foreach (var line in lines)
                {
                    text.AppendLine("  - " + line);
                    html.Append("<li>").Append(H(line)).Append("</li>");
                }
                html.Append("</ul>");
            }
            text.AppendLine();
        }
        text.AppendLine("Sent automatically by ThbFunctions after each reminder sweep that sends reminders. `thb status --cycle " + cycle.Id + "` shows the full picture.");
        html.Append($"<p style=\"color:#666;font-size:12px\">Sent automatically by ThbFunctions after each reminder sweep that sends reminders. <code>thb status --cycle {H(cycle.Id)}</code> shows the full picture.</p></body></html>");
        return new MailContent(subject, text.ToString(), html.ToString());
    }

    private static string FindingLine(Finding f) => f.Location.Length > 0 ? $"{f.Location}: {f.Message}" : f.Message;

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string H(string text) => WebUtility.HtmlEncode(text);
}
