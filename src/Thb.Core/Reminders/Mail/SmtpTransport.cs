using MailKit;
using MailKit.Net.Smtp;
using MimeKit;

namespace Thb.Reminders.Mail;

/// <summary>
/// Sends through an SMTP server with MailKit (THB_SMTP). <paramref name="timeout"/> bounds the connection (MailKit
/// applies it to the socket's connect as well as to every command), so a server that does not answer is given up on.
/// </summary>
public sealed class SmtpTransport(SmtpSettings settings, TimeSpan timeout) : IMailTransport
{
    public SmtpTransport(SmtpSettings settings) : this(settings, MailSettings.DefaultSmtpTimeout) { }

    public SmtpSettings Settings => settings;
    public TimeSpan Timeout => timeout;
    public string Description => settings.Description;

    public async Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, settings.Security, cancellationToken);
            if (settings.User is not null) await client.AuthenticateAsync(settings.User, settings.Password ?? "", cancellationToken);
            return new Session(client, settings.Description);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private sealed class Session(SmtpClient client, string description) : IMailSession
    {
        public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            string reply;
            try
            {
                reply = await client.SendAsync(message, cancellationToken);
            }
            catch (SmtpCommandException e)
            {
                // The server answered MAIL, RCPT or the end of DATA with an error: it did not take the message.
                // MailKit resets the transaction, so the connection stays usable.
                throw new MailNotSentException($"{description} refused the message: {(int)e.StatusCode} {e.Message}", (int)e.StatusCode >= 500, e);
            }
            return $"{description}: {reply}".Trim();
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected) await client.DisconnectAsync(true);
            }
            catch (Exception e) when (e is IOException or ServiceNotConnectedException or ProtocolException or OperationCanceledException)
            {
                // Quitting politely is a courtesy; the messages are already handed over.
            }
            client.Dispose();
        }
    }
}
