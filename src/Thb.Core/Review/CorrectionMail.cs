using System.Net;
using System.Text;
using Thb.Cycles;
using Thb.Intake;
using Thb.Reminders;

namespace Thb.Review;

/// <summary>The e-mail that carries a correction request to the delegation, as plain text and HTML. Pure.</summary>
public static class CorrectionMail
{
    public static MailContent Compose(Cycle cycle, Contributor contributor, ReviewEntry request, Submission current, Uri? link)
    {
        var subject = $"Correction requested — {contributor.Name}: THB return for “{cycle.Title}”";
        var intro = $"The Presidency has reviewed {contributor.Name}'s return “{current.FileName}” for the reporting cycle “{cycle.Title}” ({cycle.Id}) and asks for a correction.";
        var where = link is null ? $"Upload the corrected return to returns/{cycle.Id}/{contributor.Id}/." : $"Upload the corrected return at {link}.";
        var cells = request.Cells.Count == 0 ? null : "Cells: " + string.Join(", ", request.Cells);
        var text = new StringBuilder();
        text.Append("Dear colleagues of ").Append(contributor.Name).AppendLine(",").AppendLine();
        text.AppendLine(intro).AppendLine();
        text.AppendLine(request.Comment);
        if (cells is not null) text.AppendLine(cells);
        text.AppendLine().AppendLine(where).AppendLine().AppendLine($"— {request.By}, for the Presidency");
        var html = new StringBuilder();
        html.Append("<p>Dear colleagues of ").Append(WebUtility.HtmlEncode(contributor.Name)).Append(",</p>");
        html.Append("<p>").Append(WebUtility.HtmlEncode(intro)).Append("</p>");
        html.Append("<blockquote>").Append(WebUtility.HtmlEncode(request.Comment ?? "")).Append("</blockquote>");
        if (cells is not null) html.Append("<p>").Append(WebUtility.HtmlEncode(cells)).Append("</p>");
        html.Append("<p>").Append(WebUtility.HtmlEncode(where)).Append("</p><p>— ").Append(WebUtility.HtmlEncode(request.By)).Append(", for the Presidency</p>");
        return new MailContent(subject, text.ToString(), html.ToString());
    }
}
