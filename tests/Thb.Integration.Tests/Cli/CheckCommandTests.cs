using System.Text;
using System.Text.Json;

namespace Thb.IntegrationTests.Cli;

public class CheckCommandTests
{
    private static Task<CliRunner.Result> Run(params string[] args) => CliRunner.RunAsync(null, TestData.Returns, args);

    [Fact]
    public async Task An_accepted_return_exits_0_with_a_verdict_line_and_a_findings_table()
    {
        var result = await Run("check", "Austria.xlsx");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Austria.xlsx: ACCEPTED", result.Out);
        Assert.Contains("29 row(s)", result.Out);
        Assert.Contains("severity", result.Out);
    }

    [Fact]
    public async Task Json_output_is_exactly_one_document_in_the_contract()
    {
        var result = await Run("check", "Germany.xlsx", "--json", "--delegation", "Germany", "--cycle", "2011-1");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("Germany", json.RootElement.GetProperty("delegation").GetString());
        Assert.Equal("2011-1", json.RootElement.GetProperty("cycle").GetString());
        Assert.Equal(9, json.RootElement.GetProperty("rows").GetArrayLength());
        Assert.StartsWith("accepted", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_rejected_return_exits_3()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory().FullName, "notes.xlsx");
        await File.WriteAllTextAsync(file, "a;b;c\n1;2;3\n", Encoding.UTF8);
        var result = await CliRunner.RunAsync(null, Path.GetDirectoryName(file)!, "check", file, "--json");
        Assert.Equal(3, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("rejected", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Another_delegations_return_exits_3()
    {
        var result = await Run("check", "Cyprus.xlsx", "--delegation", "Austria");
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("metadata.delegation-mismatch", result.Out);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "missing.xlsx")]
    [InlineData("check", "Austria.xlsx", "--bogus")]
    [InlineData("check", "Austria.xlsx", "--cycle")]
    [InlineData("frobnicate")]
    public async Task Usage_errors_exit_2(params string[] args)
    {
        var result = await Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Error);
    }
}
