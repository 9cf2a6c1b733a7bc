using System.Globalization;
using MimeKit;

namespace Thb.Reminders.Mail;

/// <summary>
/// The embedded default when THB_SMTP is not set: each message becomes an .eml file (open it with any mail program).
/// The file name derives from the Message-ID, and the file appears whole (written aside, then moved into place).
/// </summary>
public sealed class EmlFolderTransport(string folder) : IMailTransport
{
    public string Folder => folder;
    public string Description => $".eml files in {folder}";

    public Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        return Task.FromResult<IMailSession>(new Session(folder));
    }

    public static string FileNameFor(MimeMessage message) =>
        $"{message.Date.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml";

    private sealed class Session(string folder) : IMailSession
    {
        public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            var target = Path.Combine(folder, FileNameFor(message));
            var temporary = Path.Combine(folder, $".{Guid.NewGuid():N}.tmp");
            try
            {
                await message.WriteToAsync(temporary, cancellationToken);
                File.Move(temporary, target, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                File.Delete(temporary);
                throw new MailNotSentException($"Could not write {target}: {e.Message}", permanent: false, e);
            }
            return target;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
