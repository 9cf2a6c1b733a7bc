using Microsoft.Extensions.Configuration;
using MailKit.Security;
using Thb.Reminders.Mail;

namespace Thb.Tests.Reminders;

public class MailSettingsTests
{
    [Theory]
    [InlineData("smtp://127.0.0.1:1025", "127.0.0.1", 1025, SecureSocketOptions.StartTlsWhenAvailable, null, null)]
    [InlineData("smtp://mail.example.eu", "mail.example.eu", 25, SecureSocketOptions.StartTlsWhenAvailable, null, null)]
    [InlineData("smtp://mail.example.eu:587?tls=starttls", "mail.example.eu", 587, SecureSocketOptions.StartTls, null, null)]
    [InlineData("smtp://localhost:1025?tls=none", "localhost", 1025, SecureSocketOptions.None, null, null)]
    [InlineData("smtps://user:p%40ss%3Aword@smtp.example.eu", "smtp.example.eu", 465, SecureSocketOptions.SslOnConnect, "user", "p@ss:word")]
    // Credentials make STARTTLS compulsory unless tls=none says otherwise.
    [InlineData("smtp://apikey@smtp.example.eu:2525", "smtp.example.eu", 2525, SecureSocketOptions.StartTls, "apikey", "")]
    [InlineData("smtp://u:p@localhost:1025?tls=none", "localhost", 1025, SecureSocketOptions.None, "u", "p")]
    [InlineData("smtp://u:p@localhost:1025?tls=auto", "localhost", 1025, SecureSocketOptions.StartTlsWhenAvailable, "u", "p")]
    public void THB_SMTP_is_read_as_a_uri(string text, string host, int port, SecureSocketOptions security, string? user, string? password)
    {
        var settings = SmtpSettings.Parse(text);
        Assert.Equal(new SmtpSettings(host, port, security, user, password), settings);
    }

    [Theory]
    [InlineData("mail.example.eu:25")]
    [InlineData("http://mail.example.eu")]
    [InlineData("smtp://mail.example.eu?tls=maybe")]
    [InlineData("smtp://mail.example.eu?port=25")]
    [InlineData("smtps://mail.example.eu?tls=none")]
    [InlineData("smtp://mail.example.eu/path")]
    public void Malformed_THB_SMTP_is_refused(string text) => Assert.Throws<FormatException>(() => SmtpSettings.Parse(text));

    [Fact]
    public void The_description_never_shows_the_password()
    {
        var settings = SmtpSettings.Parse("smtp://user:secret@mail.example.eu:587?tls=starttls");
        Assert.Equal("smtp://user@mail.example.eu:587?tls=starttls", settings.Description);
        Assert.DoesNotContain("secret", settings.ToString());
        var error = Assert.Throws<FormatException>(() => SmtpSettings.Parse("smtp://user:secret@mail.example.eu?tls=maybe"));
        Assert.DoesNotContain("secret", error.Message);
    }

    [Fact]
    public void Without_THB_SMTP_mail_goes_to_eml_files_under_the_working_folder()
    {
        var mail = MailSettings.Create(new MailOptions { WorkingDirectory = "/work/here" });
        var transport = Assert.IsType<EmlFolderTransport>(mail.Transport);
        Assert.Equal(Path.Combine("/work/here", ".thb", "outbox"), transport.Folder);
        Assert.Equal("no-reply@thb-functions.invalid", mail.From.Address);
        Assert.Null(mail.Problem);

        var configured = MailSettings.Create(new MailOptions { OutboxFolder = "mail-out", WorkingDirectory = "/work/here" });
        Assert.Equal(Path.Combine("/work/here", "mail-out"), Assert.IsType<EmlFolderTransport>(configured.Transport).Folder);
    }

    [Fact]
    public void THB_SMTP_and_THB_MAIL_FROM_are_used_and_bad_values_are_reported_not_thrown()
    {
        var settings = new Dictionary<string, string?> { ["THB_SMTP"] = "smtp://127.0.0.1:1025", ["THB_MAIL_FROM"] = "Presidency <thb@example.eu>" };
        var mail = MailSettings.Create(Bound(settings));
        Assert.Equal("smtp://127.0.0.1:1025", Assert.IsType<SmtpTransport>(mail.Transport).Description);
        Assert.Equal("thb@example.eu", mail.From.Address);
        Assert.Equal("Presidency", mail.From.Name);

        var bad = MailSettings.Create(Bound(new Dictionary<string, string?> { ["THB_SMTP"] = "nonsense", ["THB_MAIL_FROM"] = "not an address" }));
        Assert.Contains("THB_SMTP", bad.Problem);
        Assert.Contains("THB_MAIL_FROM", bad.Problem);
    }

    /// <summary>The options as the app binds them from configuration (the setting names, not the property names).</summary>
    private static MailOptions Bound(Dictionary<string, string?> settings) =>
        new Microsoft.Extensions.Configuration.ConfigurationBuilder().AddInMemoryCollection(settings).Build().Get<MailOptions>()!;
}
