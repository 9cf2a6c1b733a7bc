namespace Thb.Reminders.Mail;

/// <summary>The transport knows the message was not taken (the server answered with an error, or the file was never put in place).</summary>
public sealed class MailNotSentException(string message, bool permanent, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>True for a refusal that retrying will not change (SMTP 5xx: unknown mailbox, rejected sender…).</summary>
    public bool Permanent { get; } = permanent;
}
