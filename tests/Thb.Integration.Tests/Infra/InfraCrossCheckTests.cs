using System.Text.Json.Nodes;
using Thb.IntegrationTests.Functions;
using Thb.Storage;

namespace Thb.IntegrationTests.Infra;

/// <summary>
/// The code, the Bicep and the local settings sample name the same settings and storage: whatever functions.metadata
/// binds (connections, %schedules%) and every THB_* setting in src/ must be supplied by the Function App in the compiled
/// template and by local.settings.sample.json; every container, table and queue in StorageNames must be declared. The
/// mismatch tests feed deliberately broken copies to the same checks and expect exactly the broken name back.
/// </summary>
public class InfraCrossCheckTests
{
    /// <summary>The container Flex Consumption deploys the app package from: infrastructure only, not in StorageNames.</summary>
    private const string DeploymentContainer = "app-package";

    private static string LocalSettingsSample => File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "local.settings.sample.json"));

    private static IReadOnlyList<RequiredSetting> RequiredSettings() =>
        [.. SettingsCrossCheck.FromFunctionMetadata(File.ReadAllText(FunctionMetadata.Path)),
         .. SettingsCrossCheck.FromSource(SettingsCrossCheck.SourceFiles(TestData.RepositoryRoot))];

    private static string Describe(IEnumerable<string> missing, IEnumerable<RequiredSetting> required) =>
        string.Join("\n", missing.Select(m => $"{m} (read by {string.Join(", ", required.Where(r => r.Name == m).Select(r => r.ReadBy).Distinct())})"));

    [Fact]
    public void The_requirements_come_from_the_built_functions_and_the_sources()
    {
        var required = RequiredSettings();
        // Not vacuous: the intake's trigger connection and at least one THB_* setting are among them.
        Assert.Contains(required, r => r.Name == StorageNames.Connection && r.Kind == SettingKind.Connection);
        Assert.Contains(required, r => r.Name.StartsWith("THB_", StringComparison.Ordinal) && r.ReadBy.StartsWith("src/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_setting_the_code_reads_is_an_app_setting_in_the_bicep()
    {
        var required = RequiredSettings();
        var template = await CompiledTemplates.MainAsync();
        var missing = SettingsCrossCheck.Missing(required, template.FunctionAppSettings().Select(s => s.Name));
        Assert.True(missing.Count == 0, "Missing from the Function App's settings in infra/main.bicep:\n" + Describe(missing, required));
    }

    [Fact]
    public void Every_setting_the_code_reads_is_in_the_local_settings_sample()
    {
        var required = RequiredSettings();
        var missing = SettingsCrossCheck.Missing(required, SettingsCrossCheck.LocalSettingNames(LocalSettingsSample));
        Assert.True(missing.Count == 0, "Missing from local.settings.sample.json:\n" + Describe(missing, required));
    }

    [Fact]
    public void The_settings_left_out_of_the_check_are_still_read_by_the_code()
    {
        // Keeps the exclusion list honest: a name nobody reads any more has no business being excused.
        var read = SettingsCrossCheck.ThbNamesInSource(SettingsCrossCheck.SourceFiles(TestData.RepositoryRoot)).Select(x => x.Name).ToHashSet();
        Assert.All(SettingsCrossCheck.NotAppSettings.Keys, name => Assert.Contains(name, read));
    }

    [Fact]
    public async Task A_setting_renamed_in_the_bicep_only_is_reported_by_name()
    {
        var required = RequiredSettings();
        var renamed = required.First(r => r.Kind == SettingKind.Value).Name;
        var template = await CompiledTemplates.MainAsync();
        var mismatched = new ArmTemplate(template.Json.Replace($"\"name\": \"{renamed}\"", $"\"name\": \"{renamed}_RENAMED\"", StringComparison.Ordinal));

        Assert.Equal([renamed], SettingsCrossCheck.Missing(required, mismatched.FunctionAppSettings().Select(s => s.Name)));
    }

    [Fact]
    public void A_connection_removed_from_the_local_settings_only_is_reported_by_name()
    {
        var required = RequiredSettings();
        var sample = JsonNode.Parse(LocalSettingsSample)!;
        var values = sample["Values"]!.AsObject();
        foreach (var key in values.Select(p => p.Key).Where(k => k == StorageNames.Connection || k.StartsWith(StorageNames.Connection + "__", StringComparison.Ordinal)).ToList())
            values.Remove(key);

        Assert.Equal([StorageNames.Connection], SettingsCrossCheck.Missing(required, SettingsCrossCheck.LocalSettingNames(sample.ToJsonString())));
    }

    [Fact]
    public async Task A_setting_renamed_in_the_code_only_is_reported_by_name()
    {
        var sources = SettingsCrossCheck.SourceFiles(TestData.RepositoryRoot).ToList();
        var (path, text) = sources.First(s => SettingsCrossCheck.FromSource([s]).Count > 0);
        var original = SettingsCrossCheck.FromSource([(path, text)])[0].Name;
        var changed = sources.Select(s => s.Path == path ? (s.Path, s.Text.Replace($"\"{original}\"", $"\"{original}_V2\"", StringComparison.Ordinal)) : s);
        var required = SettingsCrossCheck.FromFunctionMetadata(File.ReadAllText(FunctionMetadata.Path)).Concat(SettingsCrossCheck.FromSource(changed)).ToList();
        var template = await CompiledTemplates.MainAsync();

        Assert.Equal([original + "_V2"], SettingsCrossCheck.Missing(required, template.FunctionAppSettings().Select(s => s.Name)));
        Assert.Equal([original + "_V2"], SettingsCrossCheck.Missing(required, SettingsCrossCheck.LocalSettingNames(LocalSettingsSample)));
    }

    [Fact]
    public async Task A_trigger_connection_renamed_in_the_functions_only_is_reported_by_name()
    {
        var metadata = File.ReadAllText(FunctionMetadata.Path).Replace($"\"connection\": \"{StorageNames.Connection}\"", "\"connection\": \"ThbData\"", StringComparison.Ordinal);
        var required = SettingsCrossCheck.FromFunctionMetadata(metadata);
        var template = await CompiledTemplates.MainAsync();

        Assert.Equal(["ThbData"], SettingsCrossCheck.Missing(required, template.FunctionAppSettings().Select(s => s.Name)));
    }

    public static TheoryData<string, string[]> StorageKinds => new()
    {
        { ArmTemplate.ContainerType, [.. StorageNames.Containers.All, DeploymentContainer] },
        { ArmTemplate.TableType, [.. StorageNames.Tables.All] },
        { ArmTemplate.QueueType, [.. StorageNames.Queues.All] },
    };

    [Theory]
    [MemberData(nameof(StorageKinds))]
    public async Task The_bicep_declares_exactly_the_storage_the_code_names(string resourceType, string[] expected)
    {
        var template = await CompiledTemplates.MainAsync();
        var declared = template.DeclaredNames(resourceType);
        Assert.Empty(expected.Except(declared));
        Assert.Equal(expected.Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(StorageKinds))]
    public async Task A_storage_name_changed_in_the_bicep_only_is_reported_by_name(string resourceType, string[] expected)
    {
        var changed = expected[0];
        var template = await CompiledTemplates.MainAsync();
        var mismatched = new ArmTemplate(template.Json.Replace($"\"{changed}\"", $"\"{changed}x\"", StringComparison.Ordinal));

        Assert.Equal([changed], expected.Except(mismatched.DeclaredNames(resourceType)));
    }
}
