using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Thb.Cycles;

namespace Thb.Portal;

public static class PortalServiceCollectionExtensions
{
    /// <summary>
    /// The portal: options bound from THB_PORTAL_SECRET and THB_PORTAL_BASE_URL, signed links, the request handlers the
    /// HTTP functions and `thb serve` share, and — when the portal is published (THB_PORTAL_BASE_URL) — each contributor's
    /// link in templates and reminders.
    /// </summary>
    public static IServiceCollection AddThbPortal(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddThbCycles();
        services.AddOptions<PortalOptions>().Bind(configuration);
        services.TryAddSingleton(sp => PortalTokens.From(sp.GetRequiredService<IOptions<PortalOptions>>().Value));
        services.TryAddSingleton(sp => new PortalLinks(sp.GetRequiredService<PortalTokens>(), sp.GetRequiredService<IOptions<PortalOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.Replace(ServiceDescriptor.Singleton<IUploadLinkProvider>(sp =>
            sp.GetRequiredService<IOptions<PortalOptions>>().Value is { Published: true, HasSecret: true }
                ? new PortalUploadLinks(sp.GetRequiredService<PortalLinks>())
                : NoUploadLinks.Instance));
        services.TryAddSingleton<PortalContent>();
        services.TryAddSingleton<PortalRenderer>();
        services.TryAddSingleton<UploadViews>();
        services.TryAddSingleton<UploadReceiver>();
        services.TryAddSingleton<PortalHandlers>();
        // The Presidency's workspace; its e-mails reach the sender through the queue (`thb serve` sends them at once instead).
        services.TryAddSingleton<IMailHandOff, QueuedMailHandOff>();
        services.TryAddSingleton<PresidencyWorkspace>();
        services.TryAddSingleton<PresidencyHandlers>();
        services.TryAddSingleton<AnnexDownloads>();
        services.TryAddSingleton<HealthCheck>();
        return services;
    }
}
