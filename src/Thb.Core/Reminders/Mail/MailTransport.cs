using MimeKit;

namespace Thb.Reminders.Mail;

/// <summary>Where e-mail goes: an SMTP server (THB_SMTP) or, by default, .eml files in a folder.</summary>
public interface IMailTransport
{
    /// <summary>Where mail goes, without secrets (for logs and the CLI).</summary>
    string Description { get; }

    /// <summary>Connects (and authenticates): failures here happen before any message is handed over.</summary>
    Task<IMailSession> OpenAsync(CancellationToken cancellationToken);
}

public interface IMailSession : IAsyncDisposable
{
    /// <summary>
    /// Hands one message over; returns a note of where it went (server reply or file). Throws
    /// <see cref="MailNotSentException"/> when the message was certainly not taken; any other exception leaves it unknown.
    /// </summary>
    Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>The transport knows the message was not taken (the server answered with an error, or the file was never put in place).</summary>
public sealed class MailNotSentException(string message, bool permanent, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>True for a refusal that retrying will not change (SMTP 5xx: unknown mailbox, rejected sender…).</summary>
    public bool Permanent { get; } = permanent;
}
