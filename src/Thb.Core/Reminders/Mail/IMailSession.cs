using MimeKit;

namespace Thb.Reminders.Mail;

public interface IMailSession : IAsyncDisposable
{
    /// <summary>
    /// Hands one message over; returns a note of where it went (server reply or file). Throws
    /// <see cref="MailNotSentException"/> when the message was certainly not taken; any other exception leaves it unknown.
    /// </summary>
    Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
