using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Thb.Cycles;

namespace Thb.Templates;

public static class TemplatesServiceCollectionExtensions
{
    /// <summary>Pre-filled return workbooks (with the portal's upload links when it adds them).</summary>
    public static IServiceCollection AddThbTemplates(this IServiceCollection services)
    {
        services.AddThbCycles();
        services.TryAddSingleton<TemplateService>();
        return services;
    }
}
