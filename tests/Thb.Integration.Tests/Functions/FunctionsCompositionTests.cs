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
