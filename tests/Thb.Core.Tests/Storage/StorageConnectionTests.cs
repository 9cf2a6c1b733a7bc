using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Thb.Intake;
using Thb.Portal;
using Thb.Reminders.Mail;
using Thb.Storage;

namespace Thb.Tests.Storage;

/// <summary>
/// The Functions-style settings become the configuration Microsoft.Extensions.Azure builds its clients from, and the
/// THB_* settings bind the options; no storage is contacted (clients are only constructed).
/// </summary>
public class StorageConnectionTests
{
    private static ServiceProvider Provider(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddThbCore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();

    [Fact]
    public void A_connection_string_reaches_all_three_clients()
    {
        using var provider = Provider(new() { ["ThbStorage"] = "UseDevelopmentStorage=true" });
        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1", provider.GetRequiredService<BlobServiceClient>().Uri.ToString().TrimEnd('/'));
        Assert.Equal("http://127.0.0.1:10002/devstoreaccount1", provider.GetRequiredService<TableServiceClient>().Uri.ToString().TrimEnd('/'));
        Assert.Equal("http://127.0.0.1:10001/devstoreaccount1", provider.GetRequiredService<QueueServiceClient>().Uri.ToString().TrimEnd('/'));
        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1", provider.GetRequiredService<ThbStorage>().Description);
    }

    [Fact]
    public void Service_uris_and_a_managed_identity_map_onto_the_client_sections()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            // As the environment variables ThbStorage__blobServiceUri, ... arrive in configuration.
            ["ThbStorage:blobServiceUri"] = "https://thbdata.blob.core.windows.net",
            ["ThbStorage:tableServiceUri"] = "https://thbdata.table.core.windows.net",
            ["ThbStorage:queueServiceUri"] = "https://thbdata.queue.core.windows.net",
            ["ThbStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
        }).Build();
        var connection = StorageConnection.From(configuration)!;
        Assert.Equal("https://thbdata.blob.core.windows.net", connection.Blobs["serviceUri"]);
        Assert.Equal("https://thbdata.table.core.windows.net", connection.Tables["endpoint"]);
        Assert.Equal("https://thbdata.queue.core.windows.net", connection.Queues["serviceUri"]);
        Assert.All(new[] { connection.Blobs, connection.Tables, connection.Queues }, s =>
        {
            Assert.Equal("managedidentity", s["credential"]);
            Assert.Equal("00000000-0000-0000-0000-000000000001", s["clientId"]);
        });

        using var provider = new ServiceCollection().AddThbCore(configuration).BuildServiceProvider();
        Assert.Equal("https://thbdata.table.core.windows.net/", provider.GetRequiredService<TableServiceClient>().Uri.ToString());
        Assert.Equal("https://thbdata.queue.core.windows.net/", provider.GetRequiredService<QueueServiceClient>().Uri.ToString());
    }

    [Fact]
    public void An_account_name_gives_the_three_endpoints_and_no_setting_says_what_to_set()
    {
        var byName = StorageConnection.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ThbStorage:accountName"] = "thbdata" }).Build())!;
        Assert.Equal("https://thbdata.blob.core.windows.net", byName.Blobs["serviceUri"]);
        Assert.Null(byName.Blobs["credential"]);

        using var provider = Provider([]);
        var e = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ThbStorage>());
        Assert.Contains("ThbStorage__accountName", e.Message);
    }

    [Fact]
    public void The_settings_bind_the_options_under_their_setting_names()
    {
        using var provider = Provider(new()
        {
            ["ThbStorage"] = "UseDevelopmentStorage=true",
            ["THB_MAX_UPLOAD_MB"] = "7",
            ["THB_REPROCESS_AFTER_SECONDS"] = "45",
            ["THB_SMTP"] = "smtp://127.0.0.1:1025",
            ["THB_MAIL_FROM"] = "THB <thb@example.eu>",
            ["THB_MAIL_OUTBOX"] = "mail-out",
            ["THB_SMTP_TIMEOUT_SECONDS"] = "4",
            ["THB_PORTAL_SECRET"] = "0123456789abcdef0123456789abcdef",
            ["THB_PORTAL_BASE_URL"] = "https://thb.example.eu/",
            ["THB_ANNEX_APPROVED_ONLY"] = "true",
        });
        Assert.True(provider.GetRequiredService<IOptions<Thb.Annex.AnnexOptions>>().Value.ApprovedOnly);
        Assert.Equal(7L * 1024 * 1024, provider.GetRequiredService<IOptions<IntakeOptions>>().Value.MaxUploadBytes);
        Assert.Equal(TimeSpan.FromSeconds(45), provider.GetRequiredService<IOptions<IntakeOptions>>().Value.ReprocessAfter);
        var mail = provider.GetRequiredService<IOptions<MailOptions>>().Value;
        Assert.Equal(("smtp://127.0.0.1:1025", "THB <thb@example.eu>", "mail-out"), (mail.Smtp, mail.From, mail.OutboxFolder));
        Assert.Equal(TimeSpan.FromSeconds(4), MailSettings.SmtpTimeout(mail));
        var portal = provider.GetRequiredService<IOptions<PortalOptions>>().Value;
        Assert.Equal(("https://thb.example.eu", true, true), (portal.BaseUrl, portal.Published, portal.HasSecret));
        Assert.Equal(["THB_MAX_UPLOAD_MB", "THB_REPROCESS_AFTER_SECONDS", "THB_ANNEX_APPROVED_ONLY", "THB_SMTP", "THB_MAIL_FROM", "THB_MAIL_OUTBOX", "THB_SMTP_TIMEOUT_SECONDS", "THB_PORTAL_SECRET", "THB_PORTAL_BASE_URL", "THB_STORAGE_TIMEOUT_SECONDS", "THB_STORAGE_RETRIES"], ThbSettingNames.All);
    }

    [Fact]
    public void A_malformed_upload_limit_is_an_error_naming_the_setting()
    {
        using var provider = Provider(new() { ["ThbStorage"] = "UseDevelopmentStorage=true", ["THB_MAX_UPLOAD_MB"] = "0" });
        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<IntakeOptions>>().Value);
        Assert.Contains("THB_MAX_UPLOAD_MB", e.Message);
    }

    [Fact]
    public void An_empty_setting_is_the_default()
    {
        using var provider = Provider(new() { ["ThbStorage"] = "UseDevelopmentStorage=true", ["THB_MAX_UPLOAD_MB"] = "", ["THB_PORTAL_SECRET"] = "", ["THB_SMTP"] = "" });
        Assert.Equal(20L * 1024 * 1024, provider.GetRequiredService<IOptions<IntakeOptions>>().Value.MaxUploadBytes);
        Assert.False(provider.GetRequiredService<IOptions<PortalOptions>>().Value.HasSecret);
        Assert.False(provider.GetRequiredService<PortalTokens>().TryValidate("anything.at-all", DateTimeOffset.UtcNow, out _));
    }
}
