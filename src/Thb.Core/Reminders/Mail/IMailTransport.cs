namespace Thb.Reminders.Mail;

/// <summary>Where e-mail goes: an SMTP server (THB_SMTP) or, by default, .eml files in a folder.</summary>
public interface IMailTransport
{
    /// <summary>Where mail goes, without secrets (for logs and the CLI).</summary>
    string Description { get; }

    /// <summary>Connects (and authenticates): failures here happen before any message is handed over.</summary>
    Task<IMailSession> OpenAsync(CancellationToken cancellationToken);
}
