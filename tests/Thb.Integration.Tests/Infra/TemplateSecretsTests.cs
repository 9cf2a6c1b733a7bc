using System.Text.RegularExpressions;

namespace Thb.IntegrationTests.Infra;

/// <summary>
/// No keys lying around: the compiled templates hold no secret values and no shared-key connection strings; secrets
/// enter only through secure parameters without defaults, and the parameters file takes them from the environment.
/// </summary>
public partial class TemplateSecretsTests
{
    /// <summary>App settings whose values are secrets: they may only be a secure parameter of the same template.</summary>
    private static readonly string[] SecretSettings = ["THB_SMTP", "THB_PORTAL_SECRET"];

    /// <summary>What a shared key, a listed key or a connection string with a key looks like in ARM JSON.</summary>
    private static readonly string[] KeyMarkers =
        ["AccountKey=", "listKeys(", "listSecrets(", "SharedAccessKey=", "SharedAccessSignature=", "DefaultEndpointsProtocol=", "UseDevelopmentStorage"];

    public static TheoryData<string> Templates => [CompiledTemplates.Main, CompiledTemplates.IntakeSubscription];

    private static Task<ArmTemplate> CompiledAsync(string file) =>
        file == CompiledTemplates.Main ? CompiledTemplates.MainAsync() : CompiledTemplates.IntakeSubscriptionAsync();

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task Compiled_template_has_no_keys_or_connection_strings(string file)
    {
        var template = await CompiledAsync(file);
        foreach (var marker in KeyMarkers)
            Assert.DoesNotContain(marker, template.Json, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task Secure_parameters_have_no_default_values(string file)
    {
        var template = await CompiledAsync(file);
        var secure = template.Parameters().Where(p => ArmTemplate.IsSecure(p.Declaration)).ToList();
        Assert.NotEmpty(secure);
        Assert.All(secure, p => Assert.False(p.Declaration.ContainsKey("defaultValue"), $"secure parameter '{p.Name}' has a default value"));
    }

    [Fact]
    public async Task Secret_settings_come_only_from_secure_parameters()
    {
        var template = await CompiledTemplates.MainAsync();
        var settings = template.FunctionAppSettings();
        foreach (var name in SecretSettings)
        {
            var setting = Assert.Single(settings, s => s.Name == name);
            var reference = ParameterReference().Match(setting.Value ?? "");
            Assert.True(reference.Success, $"{name} = '{setting.Value}' is not a plain parameter reference");
            var parameter = setting.Template["parameters"]?[reference.Groups["name"].Value]?.AsObject();
            Assert.True(parameter is not null && ArmTemplate.IsSecure(parameter), $"{name} reads parameter '{reference.Groups["name"].Value}', which is not secure");
        }
    }

    [Fact]
    public async Task No_app_setting_value_holds_a_literal_secret()
    {
        // Everything that is not an expression is a plain literal; none of those may carry a password or key.
        var template = await CompiledTemplates.MainAsync();
        var literals = template.FunctionAppSettings().Where(s => s.Value is { } v && !v.StartsWith('[')).ToList();
        Assert.All(literals, s => Assert.DoesNotMatch(CredentialLike(), s.Value!));
    }

    [Fact]
    public void Parameters_file_takes_every_secure_parameter_from_the_environment_or_a_key_vault()
    {
        var text = File.ReadAllText(Path.Combine(BicepCli.InfraDirectory, CompiledTemplates.Parameters));
        var main = File.ReadAllText(Path.Combine(BicepCli.InfraDirectory, CompiledTemplates.Main));
        var secureNames = SecureParameter().Matches(main).Select(m => m.Groups["name"].Value).ToList();
        Assert.NotEmpty(secureNames);
        foreach (var name in secureNames)
        {
            var assignment = Regex.Match(text, $@"^param {name} = (?<value>.+)$", RegexOptions.Multiline);
            Assert.True(assignment.Success, $"{CompiledTemplates.Parameters} does not set the secure parameter '{name}'");
            Assert.Matches(@"^(readEnvironmentVariable|az\.getSecret|getSecret)\(", assignment.Groups["value"].Value);
        }
    }

    [GeneratedRegex(@"^\[parameters\('(?<name>\w+)'\)\]$")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"@secure\(\)\s*\r?\nparam (?<name>\w+)")]
    private static partial Regex SecureParameter();

    [GeneratedRegex(@"(?i)(password|secret|key)=|://[^/\s]*:[^/\s]*@")]
    private static partial Regex CredentialLike();
}
