using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Thb.Annex;
using Thb.Cycles;
using Thb.Intake;
using Thb.Portal;
using Thb.Reminders;
using Thb.Reminders.Mail;
using Thb.Review;
using Thb.Review.Corrections;
using Thb.Storage;
using Thb.Templates;

namespace Thb.Cli;

/// <summary>
/// The services a command works with, from a provider composed by <see cref="ThbServiceCollectionExtensions.AddThbCore"/>
/// exactly as the Functions host composes it; only the configuration differs (a settings lookup — the environment and the
/// command's overlay — and the storage the person named). The properties resolve from the provider: this is the CLI's
/// composition root, and the integration tests build theirs the same way.
/// </summary>
public sealed class CommandServices(ServiceProvider provider) : IAsyncDisposable
{
    /// <summary>The CLI's bounds on storage that does not answer: seconds a try, and retries.</summary>
    public const double DefaultTimeoutSeconds = 5;
    public const int DefaultRetries = 1;
    public const double DefaultSmtpTimeoutSeconds = 10;

    public IServiceProvider Provider => provider;

    public T Get<T>() where T : notnull => provider.GetRequiredService<T>();

    public ThbStorage Storage => Get<ThbStorage>();
    public StorageClientOptions StorageClient => Get<IOptions<StorageClientOptions>>().Value;
    public TimeProvider Clock => Get<TimeProvider>();
    public CycleStore CycleStore => Get<CycleStore>();
    public CycleService Cycles => Get<CycleService>();
    public SubmissionStore Submissions => Get<SubmissionStore>();
    public RowStore Rows => Get<RowStore>();
    public IntakeOptions IntakeOptions => Get<IOptions<IntakeOptions>>().Value;
    public IntakeService Intake => Get<IntakeService>();
    public SubmissionQueries Queries => Get<SubmissionQueries>();
    public TemplateService Templates => Get<TemplateService>();
    public ReminderService Reminders => Get<ReminderService>();
    public AnnexService Annex => Get<AnnexService>();
    public ReviewService Reviews => Get<ReviewService>();
    public CorrectionService Corrections => Get<CorrectionService>();
    public ReviewedRows ReviewedRows => Get<ReviewedRows>();
    public PortalOptions PortalOptions => Get<IOptions<PortalOptions>>().Value;
    public PortalTokens PortalTokens => Get<PortalTokens>();
    public PortalLinks PortalLinks => Get<PortalLinks>();
    public PortalHandlers Portal => Get<PortalHandlers>();

    /// <summary>
    /// Composes the services over the storage named by <paramref name="storage"/> (what a person types for --storage /
    /// THB_STORAGE), reading every other setting through <paramref name="setting"/>. Relative mail folders are relative to
    /// <paramref name="workingDirectory"/>; with <paramref name="localSecretFolder"/>, a portal secret is kept there when
    /// THB_PORTAL_SECRET is not set. With <paramref name="bounded"/> (a command a person waits for), storage that does not
    /// answer is given up on after <see cref="DefaultTimeoutSeconds"/> s a try and <see cref="DefaultRetries"/> retry, unless
    /// THB_STORAGE_TIMEOUT_SECONDS / THB_STORAGE_RETRIES say otherwise, and an SMTP server after
    /// <see cref="DefaultSmtpTimeoutSeconds"/> s unless THB_SMTP_TIMEOUT_SECONDS says otherwise.
    /// </summary>
    public static CommandServices Create(string storage, Func<string, string?> setting, string workingDirectory,
        TimeProvider? clock = null, string? localSecretFolder = null, bool bounded = false)
    {
        var values = ThbSettingNames.All
            .Select(name => KeyValuePair.Create(name, setting(name)))
            .Where(p => !string.IsNullOrEmpty(p.Value))
            .Concat(StorageSettings(storage));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        if (clock is not null) services.AddSingleton(clock);
        services.AddThbCore(configuration);
        services.Configure<MailOptions>(o => o.WorkingDirectory = workingDirectory);
        if (bounded)
        {
            services.PostConfigure<StorageClientOptions>(o =>
            {
                o.TimeoutSeconds ??= DefaultTimeoutSeconds;
                o.MaxRetries ??= DefaultRetries;
            });
            services.PostConfigure<MailOptions>(o => o.SmtpTimeoutSeconds ??= DefaultSmtpTimeoutSeconds);
        }
        if (localSecretFolder is not null)
            services.PostConfigure<PortalOptions>(o => o.Secret = o.HasSecret ? o.Secret : PortalOptions.LocalSecret(localSecretFolder));
        return new CommandServices(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
    }

    /// <summary>
    /// A connection string (Azurite, "UseDevelopmentStorage=true") as the connection itself; a storage account's name or
    /// blob endpoint (an account with shared keys disabled) as its account name, reached with the signed-in identity
    /// (az login, managed identity: DefaultAzureCredential).
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string?>> StorageSettings(string value)
    {
        value = value.Trim();
        if (value.Contains('=', StringComparison.Ordinal)) return [KeyValuePair.Create(StorageNames.Connection, (string?)value)];
        var account = Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri.Host.Split('.')[0] : value;
        if (account.Length is < 3 or > 24 || !account.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))
            throw new ArgumentException($"'{value}' is neither a connection string nor a storage account name or endpoint.");
        return [KeyValuePair.Create($"{StorageNames.Connection}:accountName", (string?)account)];
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
