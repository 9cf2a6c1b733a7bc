using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Thb.Functions.Intake;

namespace Thb.IntegrationTests.Functions;

/// <summary>Every function class is built from the registrations Program.cs makes, over settings named as the Function App names them.</summary>
public class FunctionsCompositionTests
{
    [Fact]
    public async Task Every_function_class_is_constructed_from_AddThbCore()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ThbStorage"] = await TestStorage.ConnectionStringAsync(),
            ["THB_PORTAL_SECRET"] = "functions-test-secret-0123456789abcdef",
        }).Build();
        await using var provider = new ServiceCollection().AddLogging().AddThbCore(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var functionClasses = typeof(IntakeFunction).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null))
            .ToList();
        Assert.True(functionClasses.Count >= 6, string.Join(", ", functionClasses));
        foreach (var type in functionClasses)
            Assert.IsType(type, ActivatorUtilities.CreateInstance(provider, type));
    }
}

/// <summary>The worker's telemetry: Application Insights registered as Program.cs registers it, with the configured levels deciding.</summary>
public class FunctionsTelemetryTests
{
    [Fact]
    public async Task The_worker_sends_to_application_insights_at_the_configured_levels()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ThbStorage"] = await TestStorage.ConnectionStringAsync(),
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddThbCore(configuration);
        Thb.Functions.TelemetryServiceCollectionExtensions.AddThbTelemetry(services);
        await using var provider = services.BuildServiceProvider();
        Assert.NotNull(provider.GetService<Microsoft.ApplicationInsights.TelemetryClient>());
        var filters = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.Extensions.Logging.LoggerFilterOptions>>().Value;
        Assert.DoesNotContain(filters.Rules, r => r.ProviderName == Thb.Functions.TelemetryServiceCollectionExtensions.ApplicationInsightsLoggerProvider);
        Assert.Contains(provider.GetServices<Microsoft.Extensions.Logging.ILoggerProvider>(), p => p.GetType().FullName == Thb.Functions.TelemetryServiceCollectionExtensions.ApplicationInsightsLoggerProvider);
    }

    [Fact]
    public void The_infrastructure_gives_the_worker_its_application_insights_settings()
    {
        var bicep = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "infra", "main.bicep"));
        Assert.Contains("{ name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: monitoring.outputs.connectionString }", bicep);
        Assert.Contains("APPLICATIONINSIGHTS_AUTHENTICATION_STRING", bicep);
    }
}
