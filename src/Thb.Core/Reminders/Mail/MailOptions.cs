using Microsoft.Extensions.Configuration;

namespace Thb.Reminders.Mail;

/// <summary>How reminders leave, bound from configuration (THB_SMTP, THB_MAIL_FROM, THB_MAIL_OUTBOX); see <see cref="MailSettings"/>.</summary>
public sealed class MailOptions
{
    [ConfigurationKeyName(MailSettings.SmtpSetting)]
    public string? Smtp { get; set; }

    [ConfigurationKeyName(MailSettings.FromSetting)]
    public string? From { get; set; }

    [ConfigurationKeyName(MailSettings.OutboxFolderSetting)]
    public string? OutboxFolder { get; set; }

    /// <summary>What a relative outbox folder is relative to (the CLI's working folder; default the current directory). Not a setting.</summary>
    public string? WorkingDirectory { get; set; }
}
