using Thb.Cycles;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Thb.Json;

namespace Thb.Portal;

/// <summary>
/// Signed links: HMAC-SHA256 over the cycle, contributor, role and expiry with a secret from settings. Validation
/// compares in constant time and never says why a token failed (every failure is the same plain 403 to the caller).
/// </summary>
public sealed class PortalTokens
{
    private const string Version = "v1";
    private readonly byte[]? _secret;

    public PortalTokens(string secret)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length < 32)
            throw new ArgumentException("The portal secret (THB_PORTAL_SECRET) must be at least 32 characters.", nameof(secret));
        _secret = Encoding.UTF8.GetBytes(secret);
    }

    private PortalTokens() => _secret = null;

    /// <summary>Without a configured secret no link can be valid: every request gets the same 403 as any bad link.</summary>
    public static PortalTokens Unconfigured { get; } = new();

    public static PortalTokens From(PortalOptions options) => options.HasSecret ? new PortalTokens(options.Secret!) : Unconfigured;

    public string Issue(PortalGrant grant)
    {
        if (_secret is null) throw new InvalidOperationException($"No portal secret is configured ({PortalOptions.SecretSetting}), so no link can be signed.");
        var payload = Encoding.UTF8.GetBytes(string.Join('\n', Version, grant.CycleId.Value, grant.ContributorId?.Value ?? "", KebabCase.Of(grant.Role),
            grant.Expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        return Base64Url(payload) + "." + Base64Url(HMACSHA256.HashData(_secret, payload));
    }

    public bool TryValidate(string? token, DateTimeOffset now, out PortalGrant? grant)
    {
        grant = null;
        if (_secret is null || string.IsNullOrEmpty(token) || token.Length > 1024) return false;
        var dot = token.IndexOf('.');
        if (dot <= 0 || dot == token.Length - 1) return false;
        if (!TryFromBase64Url(token[..dot], out var payload) || !TryFromBase64Url(token[(dot + 1)..], out var mac)) return false;
        var expected = HMACSHA256.HashData(_secret, payload);
        if (!CryptographicOperations.FixedTimeEquals(expected, mac)) return false;

        var parts = Encoding.UTF8.GetString(payload).Split('\n');
        if (parts.Length != 5 || parts[0] != Version) return false;
        if (!long.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var expiresUnix)) return false;
        if (!KebabCase.TryParse<PortalRole>(parts[3], out var role)) return false;
        var expires = DateTimeOffset.FromUnixTimeSeconds(expiresUnix);
        if (expires <= now) return false;
        // Signed here, so its ids are ids; a text that is none makes no grant.
        if (!CycleId.TryParse(parts[1], out var cycleId)) return false;
        ContributorId? contributorId = null;
        if (parts[2].Length > 0)
        {
            if (!ContributorId.TryParse(parts[2], out var contributor)) return false;
            contributorId = contributor;
        }
        grant = new PortalGrant(cycleId, contributorId, role, expires);
        return true;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryFromBase64Url(string text, out byte[] bytes)
    {
        bytes = [];
        var s = text.Replace('-', '+').Replace('_', '/');
        s = s.PadRight(s.Length + (4 - s.Length % 4) % 4, '=');
        var buffer = new byte[s.Length];
        if (!Convert.TryFromBase64String(s, buffer, out var written)) return false;
        bytes = buffer[..written];
        return true;
    }
}
