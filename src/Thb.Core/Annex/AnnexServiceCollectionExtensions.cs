using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Thb.Cycles;

namespace Thb.Annex;

public static class AnnexServiceCollectionExtensions
{
    /// <summary>The consolidated annex: compiling (timer, CLI), its versions, downloads, and the priority view of a cycle.</summary>
    public static IServiceCollection AddThbAnnex(this IServiceCollection services)
    {
        services.AddThbCycles();
        services.TryAddSingleton<AnnexService>();
        services.TryAddSingleton<PriorityService>();
        return services;
    }
}
