using System.Text;
using Thb.Cycles;
using Thb.Intake;
using Thb.Localisation;
using Thb.Reminders;

namespace Thb.Review;

/// <summary>
/// The e-mail that carries a correction request to the delegation, in its language (CorrectionTexts): the Presidency's
/// comment as written, the cells it points at, and where to upload the corrected return (and reply). Plain text here,
/// HTML by <see cref="CorrectionMailHtml"/> (Razor) from the same texts. Pure.
/// </summary>
public sealed class CorrectionMail
{
    private CorrectionMail(Cycle cycle, Contributor contributor, ReviewEntry request, Submission current, Uri? link)
    {
        Texts = CorrectionTexts.In(contributor.Language);
        Greeting = Texts.Format("Greeting", contributor.Name);
        Intro = Texts.Format("Intro", contributor.Name, current.FileName, cycle.Title, cycle.Id);
        Comment = request.Comment ?? "";
        Cells = request.Cells.Count == 0 ? null : Texts.Format("Cells", string.Join(", ", request.Cells));
        Link = link;
        Folder = $"returns/{cycle.Id}/{contributor.Id}/";
        Signature = "— " + Texts.Format("Signature", request.By);
        Subject = Texts.Format("Subject", contributor.Name, cycle.Title);
    }

    public LocalisedTexts Texts { get; }
    public Language Language => Texts.Language;
    public string Subject { get; }
    public string Greeting { get; }
    public string Intro { get; }

    /// <summary>The Presidency's comment, in whatever language it was written.</summary>
    public string Comment { get; }

    public string? Cells { get; }
    public Uri? Link { get; }
    public string Folder { get; }
    public string Signature { get; }
    public string Footer => Texts["Footer"];

    public static async Task<MailContent> ComposeAsync(Cycle cycle, Contributor contributor, ReviewEntry request, Submission current, Uri? link)
    {
        var mail = new CorrectionMail(cycle, contributor, request, current, link);
        return new MailContent(mail.Subject, mail.Text(), await MailHtml.RenderAsync<CorrectionMailHtml>(mail));
    }

    /// <summary>Where to upload, around its {0} (the link or the folder), for the HTML to put an element there.</summary>
    public (string Before, string After) WhereAround()
    {
        var text = Texts[Link is null ? "Where.Folder" : "Where.Link"];
        var at = text.IndexOf("{0}", StringComparison.Ordinal);
        return at < 0 ? (text, "") : (text[..at], text[(at + 3)..]);
    }

    public string Text()
    {
        var text = new StringBuilder();
        text.AppendLine(Greeting).AppendLine();
        text.AppendLine(Intro).AppendLine();
        text.AppendLine(Comment);
        if (Cells is not null) text.AppendLine(Cells);
        text.AppendLine().AppendLine(Link is null ? Texts.Format("Where.Folder", Folder) : Texts.Format("Where.Link", Link));
        text.AppendLine().AppendLine(Signature).AppendLine().AppendLine(Footer);
        return text.ToString();
    }
}
