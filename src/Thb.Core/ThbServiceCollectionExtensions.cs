using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Thb.Annex;
using Thb.Changes;
using Thb.Cycles;
using Thb.Intake;
using Thb.Localisation;
using Thb.Portal;
using Thb.Reminders;
using Thb.Review;
using Thb.Storage;
using Thb.Templates;

namespace Thb;

public static class ThbServiceCollectionExtensions
{
    /// <summary>
    /// Every capability over one storage account: what the Functions host, the thb CLI and the tests register, so that
    /// nothing a function does is out of the CLI's reach. Settings come from <paramref name="configuration"/> (app
    /// settings / environment: see <see cref="ThbSettingNames"/>); <see cref="TimeProvider"/> is the system clock unless
    /// one is registered first (tests use fake clocks).
    /// </summary>
    public static IServiceCollection AddThbCore(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddThbStorage(configuration)
            .AddThbLocalisation()
            .AddThbCycles()
            .AddThbIntake(configuration)
            .AddThbChanges()
            .AddThbAnnex(configuration)
            .AddThbTemplates()
            .AddThbReminders(configuration)
            .AddThbReview()
            .AddThbPortal(configuration);
}
