using System.Text.Json;
using Thb.Intake.Returns;

namespace Thb.IntegrationTests.Cli;

/// <summary>The new user's walk through issue 3, as commands: open, submit, status, rows, submit again.</summary>
public class IntakeCommandsTests
{
    [Fact]
    public async Task Open_submit_status_rows_and_submit_again()
    {
        var cycle = TestStorage.NewCycleId("cli");
        var csv = Path.Combine(Directory.CreateTempSubdirectory().FullName, "contributors.csv");
        await File.WriteAllTextAsync(csv, "id,name,kind,order,emails\naustria,Austria,member-state,1,a@example.org\nbulgaria,Bulgaria,member-state,2,\n" +
                                          "cyprus,Cyprus,member-state,3,\ngermany,Germany,member-state,4,\neurojust,Eurojust,eu-body,5,\n");
        var open = await CliRunner.RunOnTestStorageAsync("cycle", "open", cycle, "--deadline", "2030-06-30", "--contributors", csv, "--title", "Test");
        Assert.Equal(0, open.ExitCode);
        Assert.Contains("5 contributors", open.Out);

        foreach (var delegation in TestData.Delegations)
        {
            var submit = await CliRunner.RunOnTestStorageAsync("submit", TestData.Sample(delegation), "--cycle", cycle, "--contributor", delegation.ToLowerInvariant());
            Assert.True(submit.ExitCode == 0, submit.Out + submit.Error);
            Assert.Contains("it is now the current return", submit.Out);
        }

        var status = await CliRunner.RunOnTestStorageAsync("status", "--cycle", cycle, "--json");
        using (var json = JsonDocument.Parse(status.Out))
        {
            var rows = json.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("contributor").GetString()!, e => e);
            Assert.Equal(29, rows["austria"].GetProperty("rows").GetInt32());
            Assert.Equal(15, rows["bulgaria"].GetProperty("rows").GetInt32());
            Assert.All(rows.Values, r => Assert.StartsWith("accepted", r.GetProperty("state").GetString()));
        }

        var cyprusRows = await CliRunner.RunOnTestStorageAsync("rows", "--cycle", cycle, "--contributor", "cyprus", "--json");
        var check = ReturnChecker.Check(TestData.Sample("Cyprus"));
        var stored = JsonSerializer.Deserialize<List<ReturnRow>>(cyprusRows.Out, ReturnJson.Options)!;
        Assert.Equal(
            check.Rows.Select(r => JsonSerializer.Serialize(r, ReturnJson.Compact)),
            stored.Select(r => JsonSerializer.Serialize(r with { Contributor = null, Submission = null }, ReturnJson.Compact)));

        var again = await CliRunner.RunOnTestStorageAsync("submit", TestData.Sample("Cyprus"), "--cycle", cycle, "--contributor", "cyprus");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already uploaded", again.Out);
        var statusAfter = await CliRunner.RunOnTestStorageAsync("status", "--cycle", cycle, "--json");
        Assert.Equal(status.Out, statusAfter.Out);
    }
}
