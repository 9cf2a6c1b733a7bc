namespace Thb.IntegrationTests.Cli;

/// <summary>The registry takes only addresses the reminders can be sent to, and says which one it refused.</summary>
public class RegistryAddressTests
{
    [Fact]
    public async Task A_bad_owner_is_a_usage_error_naming_the_address()
    {
        var cycle = TestStorage.NewCycleId("addr");
        var result = await CliRunner.RunOnTestStorageAsync("cycle", "open", cycle, "--deadline", "2026-12-31", "--owner", "bad");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'bad'", result.Error);
        Assert.Equal(1, (await CliRunner.RunOnTestStorageAsync("cycle", "show", cycle)).ExitCode);
    }

    [Fact]
    public async Task A_bad_contributor_address_names_its_line()
    {
        var folder = Directory.CreateTempSubdirectory("thb-addr-").FullName;
        var csv = Path.Combine(folder, "contributors.csv");
        await File.WriteAllTextAsync(csv, "id,name,kind,order,emails\nmalta,Malta,member-state,1,ok@example.mt\ncyprus,Cyprus,member-state,2,cy@@example.cy\n");
        var result = await CliRunner.RunOnTestStorageAsync("cycle", "open", TestStorage.NewCycleId("addr"), "--deadline", "2026-12-31", "--contributors", csv);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Line 3", result.Error);
        Assert.Contains("'cy@@example.cy'", result.Error);
    }
}
