using Thb.IntegrationTests.Cli;

namespace Thb.IntegrationTests.Review;

/// <summary>The review, corrections and rules as commands: refusals are exit 2 with a message; status shows the review column.</summary>
public class ReviewCommandsTests
{
    [Fact]
    public async Task Correct_review_and_rules_through_the_cli()
    {
        var s = await ReviewScenario.CreateAsync("revcli");
        await s.SubmitAsync("austria", ReviewScenario.Row("Kenya"), ReviewScenario.Row("the region"));
        string[] Target(params string[] rest) => ["--cycle", s.Cycle.Id, "--contributor", "austria", .. rest];

        var unknownCode = await CliRunner.RunOnTestStorageAsync(["correct", .. Target("--row", "7", "--places", "ZZ", "--reason", "x")]);
        Assert.Equal(2, unknownCode.ExitCode);
        Assert.Contains("'ZZ' is not a country code", unknownCode.Error);
        var badDate = await CliRunner.RunOnTestStorageAsync(["correct", .. Target("--row", "7", "--duration", "2012-13..2012-14", "--reason", "x")]);
        Assert.Equal(2, badDate.ExitCode);
        Assert.Contains("is not a duration", badDate.Error);
        var unknownRow = await CliRunner.RunOnTestStorageAsync(["correct", .. Target("--row", "99", "--places", "KE", "--reason", "x")]);
        Assert.Equal(2, unknownRow.ExitCode);
        Assert.Contains("has no row 99", unknownRow.Error);

        var corrected = await CliRunner.RunOnTestStorageAsync(["correct", .. Target("--row", "8", "--places", "RS,AL", "--reason", "the delegation's answer", "--by", "analyst")]);
        Assert.True(corrected.ExitCode == 0, corrected.Error);
        var rows = await CliRunner.RunOnTestStorageAsync("rows", "--cycle", s.Cycle.Id, "--json");
        Assert.Contains("\"source\": \"correction\"", rows.Out);
        Assert.Contains("\"raw\": \"the region\"", rows.Out);
        var id = corrected.Out.Split(' ').First(w => w.StartsWith("c-", StringComparison.Ordinal)).TrimEnd('.');
        Assert.Equal(0, (await CliRunner.RunOnTestStorageAsync("correct", "undo", id, "--by", "analyst")).ExitCode);
        Assert.DoesNotContain("\"corrections\"", (await CliRunner.RunOnTestStorageAsync("rows", "--cycle", s.Cycle.Id, "--json")).Out);

        var approve = await CliRunner.RunOnTestStorageAsync(["review", .. Target("approve", "--by", "analyst")]);
        Assert.True(approve.ExitCode == 0, approve.Error);
        Assert.Contains("austria in cycle " + s.Cycle.Id + ": approved", approve.Out);
        var status = await CliRunner.RunOnTestStorageAsync("status", "--cycle", s.Cycle.Id);
        Assert.Contains("review", status.Out);
        Assert.Matches(@"austria\s+accepted\S*\s+approved", status.Out);
        Assert.Contains("1 approved", status.Out);

        var rule = await CliRunner.RunOnTestStorageAsync("rules", "add", "--cycle", s.Cycle.Id, "--contributor", "austria", "--match", "the region", "--places", "Western Balkans", "--reason", "Austria's returns mean the Western Balkans");
        Assert.True(rule.ExitCode == 0, rule.Error);
        Assert.Contains("changes 1 current row(s)", rule.Out);
        Assert.Contains("'the region'", (await CliRunner.RunOnTestStorageAsync("rules", "list", "--cycle", s.Cycle.Id)).Out);
        var both = await CliRunner.RunOnTestStorageAsync("rules", "add", "--cycle", s.Cycle.Id, "--match", "x", "--places", "AT", "--reason", "r");
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("--all-contributors", both.Error);
    }
}
