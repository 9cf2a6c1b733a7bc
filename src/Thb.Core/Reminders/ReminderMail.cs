using System.Net;
using System.Text;
using Thb.Cycles;
using Thb.Intake;
using Thb.Localisation;
using Thb.Storage;

namespace Thb.Reminders;

/// <summary>The body of one reminder, as plain text and as HTML, from the same texts in the contributor's language.</summary>
internal sealed class ReminderMail(LocalisedTexts t, Cycle cycle, Contributor contributor, ReminderKind kind, string intro, string days,
    Submission? rejected, IReadOnlyList<string> errors, Uri? uploadLink)
{
    private string Folder => $"{StorageNames.Containers.Returns}/{cycle.Id}/{contributor.Id}/";

    private string UploadedOn => LocalisedDates.Date(BrusselsTime.DateAt(rejected!.UploadedAt), t.Language);

    private string Kind => ReminderTexts.Describe(kind, t.Language);

    public string Text()
    {
        var text = new StringBuilder();
        text.AppendLine(t.Format("Greeting", contributor.Name)).AppendLine();
        text.AppendLine(intro).AppendLine();
        if (rejected is not null)
        {
            text.AppendLine(t.Format("Rejected.Text", rejected.FileName, UploadedOn));
            foreach (var line in errors.Take(ReminderComposer.MaxFindings)) text.AppendLine($"  - {line}");
            if (errors.Count > ReminderComposer.MaxFindings) text.AppendLine("  " + t.Format("Rejected.More", errors.Count - ReminderComposer.MaxFindings));
            text.AppendLine(t["Rejected.Correct"]).AppendLine();
        }
        text.AppendLine(t["Submit.Heading"]);
        text.AppendLine("  " + (uploadLink is not null ? t.Format("Submit.Link.Text", uploadLink) : t.Format("Submit.Folder.Text", Folder)));
        text.AppendLine("  " + t["Submit.Every"]);
        text.AppendLine();
        if (cycle.OwnerEmail is { Length: > 0 } owner) text.AppendLine(t.Format("Questions", owner)).AppendLine();
        text.AppendLine(t.Format("Footer", Kind));
        return text.ToString();
    }

    public string Html()
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(t.Language.Code).Append("\"><body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222\">");
        html.Append("<p>").Append(H(t.Format("Greeting", contributor.Name))).Append("</p>");
        html.Append("<p>").Append(H(intro).Replace(H(days), $"<strong>{H(days)}</strong>", StringComparison.Ordinal)).Append("</p>");
        if (rejected is not null)
        {
            html.Append("<p>").Append(t.Format("Rejected.Html", H(rejected.FileName), H(UploadedOn))).Append("</p><ul>");
            foreach (var line in errors.Take(ReminderComposer.MaxFindings)) html.Append("<li>").Append(H(line)).Append("</li>");
            if (errors.Count > ReminderComposer.MaxFindings) html.Append("<li>").Append(H(t.Format("Rejected.More", errors.Count - ReminderComposer.MaxFindings))).Append("</li>");
            html.Append("</ul><p>").Append(H(t["Rejected.Correct"])).Append("</p>");
        }
        html.Append("<p><strong>").Append(H(t["Submit.Heading"])).Append("</strong> ");
        html.Append(uploadLink is not null
            ? t.Format("Submit.Link.Html", $"<a href=\"{H(uploadLink.ToString())}\">{H(uploadLink.ToString())}</a>")
            : t.Format("Submit.Folder.Html", $"<code>{H(Folder)}</code>"));
        html.Append(' ').Append(H(t["Submit.Every"])).Append("</p>");
        if (cycle.OwnerEmail is { Length: > 0 } owner)
            html.Append("<p>").Append(t.Format("Questions", $"<a href=\"mailto:{H(owner)}\">{H(owner)}</a>")).Append("</p>");
        html.Append("<p style=\"color:#666;font-size:12px\">").Append(H(t.Format("Footer", Kind))).Append("</p>");
        html.Append("</body></html>");
        return html.ToString();
    }

    private static string H(string text) => WebUtility.HtmlEncode(text);
}
