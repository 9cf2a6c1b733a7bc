using MimeKit;

namespace Thb.Reminders.Mail;

/// <summary>
/// How reminders leave: THB_SMTP (an SMTP server), else .eml files in THB_MAIL_OUTBOX or .thb/outbox/ under the working
/// folder; the sender address from THB_MAIL_FROM. A malformed setting does not stop the app from starting (the intake
/// must keep working): it is reported by <see cref="Problem"/> and stops sending only.
/// </summary>
public sealed class MailSettings
{
    public const string SmtpSetting = "THB_SMTP";
    public const string FromSetting = "THB_MAIL_FROM";
    public const string OutboxFolderSetting = "THB_MAIL_OUTBOX";
    public const string SmtpTimeoutSetting = "THB_SMTP_TIMEOUT_SECONDS";
    public static readonly TimeSpan DefaultSmtpTimeout = TimeSpan.FromSeconds(30);
    public const string DefaultFrom = "ThbFunctions <no-reply@thb-functions.invalid>";

    public MailSettings(IMailTransport transport, MailboxAddress from, string? problem = null)
    {
        Transport = transport;
        From = from;
        Problem = problem;
    }

    public IMailTransport Transport { get; }
    public MailboxAddress From { get; }

    /// <summary>What is wrong with the mail settings, or null; while set, nothing is sent.</summary>
    public string? Problem { get; }

    public static string DefaultOutboxFolder(string workingDirectory) => Path.Combine(workingDirectory, ".thb", "outbox");

    /// <summary>THB_SMTP_TIMEOUT_SECONDS when it is a positive number, else <see cref="DefaultSmtpTimeout"/>.</summary>
    public static TimeSpan SmtpTimeout(MailOptions options) =>
        options.SmtpTimeoutSeconds is { } s && s > 0 ? TimeSpan.FromSeconds(Math.Min(s, 3600)) : DefaultSmtpTimeout;

    public static MailSettings Create(MailOptions options)
    {
        var problems = new List<string>();
        IMailTransport transport;
        var workingDirectory = options.WorkingDirectory ?? Directory.GetCurrentDirectory();
        var folder = options.OutboxFolder is { Length: > 0 } configured
            ? Path.GetFullPath(configured, workingDirectory)
            : DefaultOutboxFolder(workingDirectory);
        if (!string.IsNullOrWhiteSpace(options.Smtp))
        {
            try
            {
                transport = new SmtpTransport(SmtpSettings.Parse(options.Smtp), SmtpTimeout(options));
            }
            catch (FormatException e)
            {
                problems.Add(e.Message);
                transport = new EmlFolderTransport(folder);
            }
        }
        else
        {
            transport = new EmlFolderTransport(folder);
        }

        var fromText = options.From is { Length: > 0 } f ? f : DefaultFrom;
        if (!MailboxAddress.TryParse(fromText, out var from) || !from.Address.Contains('@'))
        {
            problems.Add($"{FromSetting} must be an address such as 'ThbFunctions <no-reply@example.eu>', not '{fromText}'.");
            from = MailboxAddress.Parse(DefaultFrom);
        }
        return new MailSettings(transport, from, problems.Count == 0 ? null : string.Join(" ", problems));
    }
}
