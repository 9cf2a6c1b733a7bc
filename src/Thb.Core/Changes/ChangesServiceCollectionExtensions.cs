using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Thb.Cycles;

namespace Thb.Changes;

public static class ChangesServiceCollectionExtensions
{
    /// <summary>The changes since the previous cycle (over the intake's queries, which AddThbIntake registers).</summary>
    public static IServiceCollection AddThbChanges(this IServiceCollection services)
    {
        services.AddThbCycles();
        services.TryAddSingleton<ChangesService>();
        return services;
    }
}
