using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace Thb.Portal;

/// <summary>Portal settings, bound from configuration: the signing secret (THB_PORTAL_SECRET), the public base URL (THB_PORTAL_BASE_URL) and link lifetime.</summary>
public sealed record PortalOptions
{
    public const string SecretSetting = "THB_PORTAL_SECRET";
    public const string BaseUrlSetting = "THB_PORTAL_BASE_URL";
    public const string DefaultLocalBaseUrl = "http://127.0.0.1:7071";

    /// <summary>Every portal route starts here, as HTTP functions do by default ("api" route prefix).</summary>
    public const string RoutePrefix = "api/portal";

    public static readonly TimeSpan DefaultLinkLifetime = TimeSpan.FromDays(60);

    /// <summary>The HMAC key of the signed links; without one the portal refuses every request.</summary>
    [ConfigurationKeyName(SecretSetting)]
    public string? Secret { get; set; }

    /// <summary>The portal's public address as configured; null when not published.</summary>
    [ConfigurationKeyName(BaseUrlSetting)]
    public string? PublicBaseUrl { get; set; }

    public TimeSpan LinkLifetime { get; set; } = DefaultLinkLifetime;

    /// <summary>The address links start with: the public one, else the local default of `thb serve` and `func start`.</summary>
    public string BaseUrl => (string.IsNullOrWhiteSpace(PublicBaseUrl) ? DefaultLocalBaseUrl : PublicBaseUrl).TrimEnd('/');

    /// <summary>True when THB_PORTAL_BASE_URL is set: only then do templates and reminders carry portal links.</summary>
    public bool Published => !string.IsNullOrWhiteSpace(PublicBaseUrl);

    public bool HasSecret => !string.IsNullOrWhiteSpace(Secret);

    /// <summary>For the CLI's embedded default: a random secret kept in .thb/portal-secret, so links survive restarts.</summary>
    public static string LocalSecret(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "portal-secret");
        if (File.Exists(path))
        {
            // One written before the file was created 0600 is made so now.
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            return File.ReadAllText(path).Trim();
        }
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        // Readable by its owner only (0600), from the moment it exists: the secret signs every portal link.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
            writer.Write(secret);
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.ReadAllText(path).Trim(); // another process wrote it first: use theirs
        }
        return secret;
    }
}
