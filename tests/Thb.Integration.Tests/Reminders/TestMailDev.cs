using Thb.Local;

namespace Thb.IntegrationTests.Reminders;

/// <summary>
/// One MailDev for the whole test run (started from the project's npm packages on free ports, stopped when the test
/// process exits). Tests share it, so each one sends to addresses of its own (…@{cycle}.test) and reads only those.
/// </summary>
public static class TestMailDev
{
    private static readonly Lazy<Task<LocalMailDev>> MailDev = new(StartAsync);

    public static Task<LocalMailDev> GetAsync() => MailDev.Value;

    /// <summary>THB_SMTP for the test MailDev.</summary>
    public static async Task<string> SmtpUriAsync() => (await MailDev.Value).SmtpUri;

    /// <summary>The messages addressed to any address in <paramref name="domain"/>, oldest first.</summary>
    public static async Task<IReadOnlyList<MailDevMessage>> MessagesToAsync(string domain)
    {
        var all = await (await MailDev.Value).MessagesAsync();
        return all.Where(m => m.EnvelopeTo.Concat(m.To).Any(a => a.EndsWith("@" + domain, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    /// <summary>The message as it arrived, parsed (MailDev's JSON leaves out some headers, such as Reply-To).</summary>
    public static async Task<MimeKit.MimeMessage> SourceAsync(MailDevMessage message)
    {
        var source = await (await MailDev.Value).SourceAsync(message.Id);
        return await MimeKit.MimeMessage.LoadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(source)));
    }

    private static async Task<LocalMailDev> StartAsync()
    {
        var maildev = await LocalMailDev.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => maildev.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return maildev;
    }
}

/// <summary>A clock standing still at one instant (what the function classes read as "now").</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
}
