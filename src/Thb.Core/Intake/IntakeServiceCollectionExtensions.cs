using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Thb.Cycles;

namespace Thb.Intake;

public static class IntakeServiceCollectionExtensions
{
    /// <summary>The intake (blob trigger and CLI): submissions, rows, the service that checks and records an upload, and the queries over them.</summary>
    public static IServiceCollection AddThbIntake(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddThbCycles();
        services.AddOptions<IntakeOptions>()
            .Bind(configuration)
            .Validate(o => o.MaxUploadMegabytes is null or > 0, $"{IntakeOptions.MaxUploadSetting} must be a whole number of megabytes, at least 1.")
            .Validate(o => o.ReprocessAfterSeconds is null or > 0, $"{IntakeOptions.ReprocessAfterSetting} must be a whole number of seconds, at least 1.");
        services.TryAddSingleton<SubmissionStore>();
        services.TryAddSingleton<RowStore>();
        services.TryAddSingleton<ReturnPartsStore>();
        services.TryAddSingleton<SubmissionQueries>();
        services.AddLogging(); // the hosts' own logging when they registered it (TryAdd), else a provider-less one
        services.TryAddSingleton<UploadAttemptStore>();
        services.TryAddSingleton<RowLeftovers>();
        services.TryAddSingleton<IntakeService>();
        services.TryAddSingleton<UploadSweep>();
        return services;
    }
}
