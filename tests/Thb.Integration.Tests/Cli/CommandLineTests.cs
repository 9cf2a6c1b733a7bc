namespace Thb.IntegrationTests.Cli;

/// <summary>What System.CommandLine gives every command: help, typo suggestions, validation before anything runs, completion.</summary>
public class CommandLineTests
{
    private static Task<CliRunner.Result> Run(params string[] args) => CliRunner.RunAsync(null, Directory.GetCurrentDirectory(), args);

    [Fact]
    public async Task Help_lists_every_command_and_each_command_its_options()
    {
        var help = await Run("--help");
        Assert.Equal(0, help.ExitCode);
        foreach (var command in new[] { "demo", "check", "cycle", "submit", "status", "rows", "template", "remind", "links", "serve", "annex", "analysis", "reprocess", "bench", "completion" })
            Assert.Matches($@"(?m)^  {command}\b", help.Out);

        var open = await Run("help", "cycle", "open");
        Assert.Equal(0, open.ExitCode);
        Assert.Contains("--deadline <YYYY-MM-DD> (REQUIRED)", open.Out);
        Assert.Contains("--reminders <14,7,2>", open.Out);

        var bare = await Run();
        Assert.Equal(2, bare.ExitCode);
        Assert.Contains("Commands:", bare.Out);
    }

    [Fact]
    public async Task A_mistyped_command_is_a_usage_error_that_suggests_the_right_one()
    {
        var typo = await Run("statsu", "--cycle", "2026-1");
        Assert.Equal(2, typo.ExitCode);
        Assert.Contains("Did you mean 'status'?", typo.Error);
        Assert.Empty(typo.Out);
    }

    [Theory]
    [InlineData("'Bad' is not a valid cycle id", "status", "--cycle", "Bad")]
    [InlineData("--deadline must be a date written YYYY-MM-DD, not '15/06/2026'", "cycle", "open", "2026-1", "--deadline", "15/06/2026")]
    [InlineData("--reminders takes days before the deadline separated by commas", "cycle", "open", "2026-1", "--deadline", "2026-06-15", "--reminders", "two")]
    [InlineData("--port must be between 0 and 65535, not 70000", "serve", "--port", "70000")]
    [InlineData("--base-url must be an absolute URL, not 'portal'", "links", "--cycle", "2026-1", "--base-url", "portal")]
    [InlineData("--from-cycle names an earlier cycle", "template", "--cycle", "2026-1", "--out", "t", "--from-cycle", "2026-1")]
    [InlineData("--dry-run writes nothing, so it cannot --release-unconfirmed", "remind", "--dry-run", "--release-unconfirmed")]
    [InlineData("No such file: missing.xlsx", "submit", "missing.xlsx", "--cycle", "2026-1", "--contributor", "austria")]
    [InlineData("--json checks one file", "check", "a.xlsx", "b.xlsx", "--json")]
    [InlineData("Argument 'fish' not recognized. Must be one of:", "completion", "fish")]
    [InlineData("'Bad' is not a valid cycle id", "analysis", "--cycle", "Bad")]
    [InlineData("Option '--cycle' is required.", "analysis", "--json")]
    [InlineData("--contributors must be between 1 and 500, not 0", "bench", "publication", "--contributors", "0")]
    public async Task Bad_values_are_usage_errors_found_before_any_storage_is_opened(string message, params string[] args)
    {
        // No THB_STORAGE and no Azurite folder: a usage error never gets as far as starting storage.
        var folder = Directory.CreateTempSubdirectory("thb-usage-").FullName;
        File.WriteAllText(Path.Combine(folder, "a.xlsx"), "");
        File.WriteAllText(Path.Combine(folder, "b.xlsx"), "");
        var run = await CliRunner.RunAsync(new Dictionary<string, string?> { ["THB_STORAGE"] = "" }, folder, args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.Contains($"See `thb {string.Join(' ', args.TakeWhile(a => !a.StartsWith('-') && a is not ("Bad" or "missing.xlsx" or "a.xlsx" or "fish")).Take(2).Where(a => a is not "2026-1"))} --help` for its usage.", run.Error);
        Assert.False(Directory.Exists(Path.Combine(folder, ".thb")));
    }

    [Fact]
    public async Task The_suggest_directive_completes_commands_and_options_and_the_completion_script_uses_it()
    {
        Assert.Equal("open", (await Run("[suggest:9]", "cycle ope")).Out.Trim());
        Assert.Equal("--json", (await Run("[suggest:20]", "status --cycle x --j")).Out.Trim());

        var script = await Run("completion", "bash");
        Assert.Equal(0, script.ExitCode);
        Assert.Contains("\"[suggest:${point}]\"", script.Out);
        Assert.Contains("complete -o default -F _thb_complete thb ./thb", script.Out);
    }
}
