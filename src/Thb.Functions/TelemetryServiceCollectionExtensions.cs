using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Thb.Functions;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The Application Insights logging provider, whose default rule keeps Warning and above only.</summary>
    public const string ApplicationInsightsLoggerProvider = "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider";

    /// <summary>
    /// The worker's traces, logs and metrics to Application Insights, as the isolated worker's guide sets it up: the
    /// Worker Service SDK plus the Functions integration (which reads APPLICATIONINSIGHTS_CONNECTION_STRING and, for
    /// Entra ID with local auth disabled, APPLICATIONINSIGHTS_AUTHENTICATION_STRING). The SDK's Warning-only default
    /// rule is removed, so the configured levels (host.json, Logging:*) decide and every intake's Information lines,
    /// with their cycle, contributor, blob and submission scope, arrive.
    /// </summary>
    public static IServiceCollection AddThbTelemetry(this IServiceCollection services)
    {
        services.AddApplicationInsightsTelemetryWorkerService();
        services.ConfigureFunctionsApplicationInsights();
        services.Configure<LoggerFilterOptions>(options =>
        {
            var rule = options.Rules.FirstOrDefault(r => r.ProviderName == ApplicationInsightsLoggerProvider);
            if (rule is not null) options.Rules.Remove(rule);
        });
        return services;
    }
}
