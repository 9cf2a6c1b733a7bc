using System.Text;

namespace Thb.Reminders;

/// <summary>The cycle owner's digest (English, the Presidency's side): its opening line and its sections, as plain text here and as HTML by <see cref="DigestMailHtml"/>.</summary>
public sealed record DigestMail(string Intro, IReadOnlyList<(string Title, IReadOnlyList<string> Lines)> Sections, string CycleId)
{
    public const string Footer = "Sent automatically by ThbFunctions after each reminder sweep that sends reminders.";

    public string StatusCommand => $"thb status --cycle {CycleId}";

    public string Text()
    {
        var text = new StringBuilder().AppendLine(Intro).AppendLine();
        foreach (var (title, lines) in Sections)
        {
            text.AppendLine(title + ":");
            if (lines.Count == 0) text.AppendLine("  (none)");
            foreach (var line in lines) text.AppendLine("  - " + line);
            text.AppendLine();
        }
        text.AppendLine($"{Footer} `{StatusCommand}` shows the full picture.");
        return text.ToString();
    }
}
