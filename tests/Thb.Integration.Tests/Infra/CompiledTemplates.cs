namespace Thb.IntegrationTests.Infra;

/// <summary>The templates in infra/, compiled once per test run with `bicep build --stdout`.</summary>
public static class CompiledTemplates
{
    public const string Main = "main.bicep";
    public const string IntakeSubscription = "intake-subscription.bicep";
    public const string Parameters = "main.bicepparam";

    /// <summary>Stand-ins for the secrets main.bicepparam reads from the environment (the deployer's shell in real life).</summary>
    public static readonly IReadOnlyDictionary<string, string?> DummySecrets = new Dictionary<string, string?>
    {
        ["THB_SMTP"] = "smtp://user:dummy-password@smtp.invalid:587",
        ["THB_PORTAL_SECRET"] = "dummy-portal-secret-0123456789abcdef",
    };

    private static readonly Lazy<Task<ArmTemplate>> MainTemplate = new(() => BuildAsync(Main));
    private static readonly Lazy<Task<ArmTemplate>> SubscriptionTemplate = new(() => BuildAsync(IntakeSubscription));

    public static Task<ArmTemplate> MainAsync() => MainTemplate.Value;
    public static Task<ArmTemplate> IntakeSubscriptionAsync() => SubscriptionTemplate.Value;

    public static async Task<ArmTemplate> BuildAsync(string file)
    {
        var result = await BicepCli.RunAsync("build", file, "--stdout");
        if (result.ExitCode != 0 || result.Error.Trim().Length > 0)
            throw new InvalidOperationException($"bicep build {file} exited {result.ExitCode}:\n{result.Error}");
        return new ArmTemplate(result.Out);
    }
}
