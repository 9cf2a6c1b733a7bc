using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Thb.Cycles;

public static class CyclesServiceCollectionExtensions
{
    /// <summary>The cycle registry (tables cycles and contributors) and the service over it; no upload links unless the portal adds them.</summary>
    public static IServiceCollection AddThbCycles(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CycleStore>();
        services.TryAddSingleton<CycleService>();
        services.TryAddSingleton<IUploadLinkProvider>(NoUploadLinks.Instance);
        return services;
    }
}
