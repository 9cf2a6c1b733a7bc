using System.Security.Cryptography;

namespace Thb.Portal;

/// <summary>Portal settings: the signing secret (THB_PORTAL_SECRET), the public base URL (THB_PORTAL_BASE_URL) and link lifetime.</summary>
public sealed record PortalOptions(string Secret, string BaseUrl, TimeSpan LinkLifetime)
{
    /// <summary>True when THB_PORTAL_BASE_URL is set: only then do templates and reminders carry portal links.</summary>
    public bool Published { get; init; }

    public const string SecretSetting = "THB_PORTAL_SECRET";
    public const string BaseUrlSetting = "THB_PORTAL_BASE_URL";
    public const string DefaultLocalBaseUrl = "http://127.0.0.1:7071";

    /// <summary>Every portal route starts here, as HTTP functions do by default ("api" route prefix).</summary>
    public const string RoutePrefix = "api/portal";

    public static readonly TimeSpan DefaultLinkLifetime = TimeSpan.FromDays(60);

    /// <summary>Reads the settings; null when no secret is configured (the portal then refuses every request).</summary>
    public static PortalOptions? FromSettings(Func<string, string?> setting)
    {
        var secret = setting(SecretSetting);
        if (string.IsNullOrWhiteSpace(secret)) return null;
        var baseUrl = setting(BaseUrlSetting);
        return new PortalOptions(secret, (string.IsNullOrWhiteSpace(baseUrl) ? DefaultLocalBaseUrl : baseUrl).TrimEnd('/'), DefaultLinkLifetime)
        {
            Published = !string.IsNullOrWhiteSpace(baseUrl),
        };
    }

    /// <summary>For the CLI's embedded default: a random secret kept in .thb/portal-secret, so links survive restarts.</summary>
    public static string LocalSecret(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "portal-secret");
        if (File.Exists(path)) return File.ReadAllText(path).Trim();
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        File.WriteAllText(path, secret);
        return secret;
    }
}

/// <summary>Builds the signed links a delegation or the Presidency opens.</summary>
public sealed class PortalLinks(PortalTokens tokens, PortalOptions options, TimeProvider clock)
{
    public string ForContributor(string cycleId, string contributorId) => ForContributor(cycleId, contributorId, null);

    public string ForContributor(string cycleId, string contributorId, string? baseUrl) =>
        $"{(baseUrl ?? options.BaseUrl).TrimEnd('/')}/{PortalOptions.RoutePrefix}/c/{Uri.EscapeDataString(cycleId)}/{Uri.EscapeDataString(contributorId)}?t=" +
        tokens.Issue(new PortalGrant(cycleId, contributorId, PortalRole.Contributor, clock.GetUtcNow() + options.LinkLifetime));

    public string ForPresidency(string cycleId, string? baseUrl = null) =>
        $"{(baseUrl ?? options.BaseUrl).TrimEnd('/')}/{PortalOptions.RoutePrefix}/p/{Uri.EscapeDataString(cycleId)}?t=" +
        tokens.Issue(new PortalGrant(cycleId, null, PortalRole.Presidency, clock.GetUtcNow() + options.LinkLifetime));
}

/// <summary>Gives reminders each contributor's signed portal link.</summary>
public sealed class PortalUploadLinks(PortalLinks links) : Thb.Reminders.IUploadLinkProvider
{
    public Task<Uri?> UploadLinkAsync(Cycles.Cycle cycle, Cycles.Contributor contributor, CancellationToken cancellationToken) =>
        Task.FromResult<Uri?>(new Uri(links.ForContributor(cycle.Id, contributor.Id)));
}
