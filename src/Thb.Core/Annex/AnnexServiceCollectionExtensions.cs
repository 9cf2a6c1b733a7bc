using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Thb.Cycles;
using Thb.Review;

namespace Thb.Annex;

public static class AnnexServiceCollectionExtensions
{
    /// <summary>The consolidated annex: compiling (timer, CLI), its versions, downloads, the priority view of a cycle; THB_ANNEX_APPROVED_ONLY bound to <see cref="AnnexOptions"/>.</summary>
    public static IServiceCollection AddThbAnnex(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddThbCycles();
        services.AddThbReview();
        services.AddOptions<AnnexOptions>().Bind(configuration);
        services.TryAddSingleton<AnnexService>();
        services.TryAddSingleton<PriorityService>();
        return services;
    }
}
