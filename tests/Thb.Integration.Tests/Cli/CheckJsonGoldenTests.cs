namespace Thb.IntegrationTests.Cli;

/// <summary>
/// The check's JSON for the sample returns, byte for byte as it was before any refactoring (Data/golden/*.json were
/// written by `thb check FILE --json` on the commit before the restructuring). A change to the contract or to a
/// reading shows up here first: regenerate the golden files only for a change that is meant.
/// </summary>
public class CheckJsonGoldenTests
{
    public static TheoryData<string> Samples() => ["Austria", "Bulgaria", "Cyprus", "Eurojust", "Germany", "variants/Austria_header-variants"];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task The_json_of_a_sample_return_is_byte_identical_to_the_golden_file(string sample)
    {
        var result = await CliRunner.RunAsync(null, TestData.Returns, "check", sample + ".xlsx", "--json");
        var golden = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Data", "golden", Path.GetFileName(sample) + ".json"));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(golden, result.Out);
    }
}
