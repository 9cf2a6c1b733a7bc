using Microsoft.Extensions.Configuration;

namespace Thb.Reminders.Mail;

/// <summary>How reminders leave, bound from configuration (THB_SMTP, THB_SMTP_TIMEOUT_SECONDS, THB_MAIL_FROM, THB_MAIL_OUTBOX); see <see cref="MailSettings"/>.</summary>
public sealed class MailOptions
{
    [ConfigurationKeyName(MailSettings.SmtpSetting)]
    public string? Smtp { get; set; }

    [ConfigurationKeyName(MailSettings.FromSetting)]
    public string? From { get; set; }

    [ConfigurationKeyName(MailSettings.OutboxFolderSetting)]
    public string? OutboxFolder { get; set; }

    /// <summary>
    /// Seconds to wait for the SMTP server to accept the connection and answer each command (THB_SMTP_TIMEOUT_SECONDS);
    /// unset, <see cref="MailSettings.DefaultSmtpTimeout"/>. The CLI sets a shorter bound, as for storage.
    /// </summary>
    [ConfigurationKeyName(MailSettings.SmtpTimeoutSetting)]
    public double? SmtpTimeoutSeconds { get; set; }

    /// <summary>What a relative outbox folder is relative to (the CLI's working folder; default the current directory). Not a setting.</summary>
    public string? WorkingDirectory { get; set; }
}
