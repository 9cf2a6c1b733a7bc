using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace Thb.Localisation;

public static class LocalisationServiceCollectionExtensions
{
    /// <summary>IStringLocalizer&lt;T&gt; over Thb.Core's resource sets (the same factory the writers use).</summary>
    public static IServiceCollection AddThbLocalisation(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Replace(ServiceDescriptor.Singleton(TextCatalogue.Factory));
        return services;
    }
}
