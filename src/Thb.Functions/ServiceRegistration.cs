using Microsoft.Extensions.DependencyInjection;
using Thb.Storage;

namespace Thb.Functions;

/// <summary>Registers the core services (the same ones the CLI uses) for the function classes.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddThbServices(this IServiceCollection services, Func<string, string?> settings)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new ThbServices(ThbStorage.FromSettings(settings), settings, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => sp.GetRequiredService<ThbServices>().Storage);
        services.AddSingleton(sp => sp.GetRequiredService<ThbServices>().Cycles);
        services.AddSingleton(sp => sp.GetRequiredService<ThbServices>().Intake);
        services.AddSingleton(sp => sp.GetRequiredService<ThbServices>().Queries);
        services.AddSingleton(sp => sp.GetRequiredService<ThbServices>().Reminders);
        services.AddSingleton(sp => sp.GetRequiredService<ThbServices>().Templates);
        services.AddSingleton(sp => sp.GetRequiredService<ThbServices>().Annex);
        return services;
    }
}
