using System.Globalization;
using MailKit.Security;

namespace Thb.Reminders.Mail;

/// <summary>
/// THB_SMTP, read as a URI: smtp://[user[:password]@]host[:port][?tls=auto|starttls|none] or smtps://… (TLS from the
/// first byte). smtp:// defaults to port 25 and tls=auto (STARTTLS when the server offers it) — but to tls=starttls
/// when it carries credentials, so that a password never travels in clear unless tls=none says so; smtps:// to port
/// 465. User and password are URI-escaped (write '@' in a password as %40).
/// </summary>
public sealed record SmtpSettings(string Host, int Port, SecureSocketOptions Security, string? User, string? Password)
{
    public static SmtpSettings Parse(string text)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("smtp" or "smtps") || uri.DnsSafeHost.Length == 0)
            throw new FormatException($"THB_SMTP must look like smtp://host:port or smtps://user:password@host:port (with ?tls=starttls|none|auto), not '{Redact(text)}'.");
        if (uri.AbsolutePath is not ("" or "/"))
            throw new FormatException($"THB_SMTP takes no path ('{uri.AbsolutePath}'): smtp://host:port[?tls=…].");

        var implicitTls = uri.Scheme == "smtps";
        var security = implicitTls ? SecureSocketOptions.SslOnConnect
            : uri.UserInfo.Length > 0 ? SecureSocketOptions.StartTls
            : SecureSocketOptions.StartTlsWhenAvailable;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = pair.IndexOf('=') is var eq and > 0 ? (pair[..eq], Uri.UnescapeDataString(pair[(eq + 1)..])) : (pair, "");
            if (name != "tls") throw new FormatException($"THB_SMTP: unknown option '{name}' (only tls=auto|starttls|none is understood).");
            security = (value.ToLowerInvariant(), implicitTls) switch
            {
                ("auto", false) => SecureSocketOptions.StartTlsWhenAvailable,
                ("starttls", false) => SecureSocketOptions.StartTls,
                ("none", false) => SecureSocketOptions.None,
                ("implicit" or "ssl", _) => SecureSocketOptions.SslOnConnect,
                (_, true) => throw new FormatException("THB_SMTP: smtps:// is TLS from the start; use smtp://…?tls=starttls|none for the other modes."),
                _ => throw new FormatException($"THB_SMTP: tls={value} is not understood: use auto, starttls or none."),
            };
        }

        string? user = null, password = null;
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':');
            user = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            password = colon < 0 ? "" : Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }
        var port = uri.IsDefaultPort || uri.Port <= 0 ? (implicitTls ? 465 : 25) : uri.Port;
        return new SmtpSettings(uri.DnsSafeHost, port, security, user, password);
    }

    /// <summary>The server and mode, never the password.</summary>
    public string Description
    {
        get
        {
            var scheme = Security == SecureSocketOptions.SslOnConnect ? "smtps" : "smtp";
            var tls = Security switch
            {
                SecureSocketOptions.StartTls => "?tls=starttls",
                SecureSocketOptions.None => "?tls=none",
                _ => "",
            };
            return $"{scheme}://{(User is null ? "" : Uri.EscapeDataString(User) + "@")}{Host}:{Port.ToString(CultureInfo.InvariantCulture)}{tls}";
        }
    }

    public override string ToString() => Description;

    private static string Redact(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.UserInfo.Contains(':') ? text.Replace(uri.UserInfo, "***", StringComparison.Ordinal) : text;
}
