namespace Thb.IntegrationTests.Infra;

/// <summary>
/// The offline half of CI for infra/: every template compiles and passes the linter with nothing to report. Linter rules
/// are errors in infra/bicepconfig.json; compiler warnings (BCP…) can't be raised to errors there, so any diagnostic
/// line at all fails these tests.
/// </summary>
public class BicepTests
{
    [Theory]
    [InlineData(CompiledTemplates.Main)]
    [InlineData(CompiledTemplates.IntakeSubscription)]
    public async Task Template_builds_without_diagnostics(string file)
    {
        var result = await BicepCli.RunAsync("build", file, "--stdout");
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal("", result.Error.Trim());
        var template = new ArmTemplate(result.Out);
        Assert.True(template.Root.ContainsKey("resources"), "bicep build wrote no template");
    }

    [Theory]
    [InlineData(CompiledTemplates.Main)]
    [InlineData("modules/storage.bicep")]
    [InlineData("modules/monitoring.bicep")]
    [InlineData(CompiledTemplates.IntakeSubscription)]
    public async Task Template_passes_the_linter(string file)
    {
        var result = await BicepCli.RunAsync("lint", file);
        Assert.True(result.ExitCode == 0 && result.Output.Length == 0, $"bicep lint {file} exited {result.ExitCode}:\n{result.Output}");
    }

    [Fact]
    public void Every_bicep_file_in_infra_is_linted_here()
    {
        // So that a new module does not slip past the linter theory above.
        string[] linted = [CompiledTemplates.Main, "modules/storage.bicep", "modules/monitoring.bicep", CompiledTemplates.IntakeSubscription];
        var files = Directory.EnumerateFiles(BicepCli.InfraDirectory, "*.bicep", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(BicepCli.InfraDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(linted.Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public async Task Parameters_file_matches_the_template_and_passes_the_linter()
    {
        var lint = await BicepCli.RunAsync(CompiledTemplates.DummySecrets, "lint", CompiledTemplates.Parameters);
        Assert.True(lint.ExitCode == 0 && lint.Output.Length == 0, $"bicep lint {CompiledTemplates.Parameters}:\n{lint.Output}");
        var build = await BicepCli.RunAsync(CompiledTemplates.DummySecrets, "build-params", CompiledTemplates.Parameters, "--stdout");
        Assert.True(build.ExitCode == 0 && build.Error.Trim().Length == 0, $"bicep build-params:\n{build.Output}");
    }

    [Fact]
    public async Task Parameters_file_refuses_to_build_without_the_secrets_in_the_environment()
    {
        // The deployer's shell must supply them: no empty secret reaches Azure by accident.
        var unset = CompiledTemplates.DummySecrets.Keys.ToDictionary(k => k, string? (_) => null);
        var result = await BicepCli.RunAsync(unset, "build-params", CompiledTemplates.Parameters, "--stdout");
        Assert.NotEqual(0, result.ExitCode);
        foreach (var name in CompiledTemplates.DummySecrets.Keys) Assert.Contains($"\"{name}\" does not exist", result.Output);
    }
}
