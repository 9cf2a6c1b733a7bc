using Xunit.Abstractions;

namespace Thb.Tests.Architecture;

/// <summary>
/// Prints how many methods (members, local functions, lambdas) in src/ are over 30 and over 60 lines, and the ones over
/// 60. Measures this checkout, or the one METHOD_LENGTHS_ROOT names (e.g. an older commit checked out with
/// `git worktree add /tmp/before COMMIT`):
/// METHOD_LENGTHS_ROOT=/tmp/before dotnet test tests/Thb.Core.Tests -c Release --filter FullyQualifiedName~MethodLengthReport --logger "console;verbosity=detailed"
/// </summary>
public class MethodLengthReport(ITestOutputHelper output)
{
    [Fact]
    public void Counts_the_methods_over_30_and_over_60_lines_in_src()
    {
        var root = Environment.GetEnvironmentVariable("METHOD_LENGTHS_ROOT") is { Length: > 0 } other ? other : SourceTree.RepositoryRoot;
        var all = MethodLengths.Of(SourceTree.Of(root).Files);
        var over30 = all.Where(m => m.Lines > 30).ToList();
        var over60 = all.Where(m => m.Lines > 60).OrderByDescending(m => m.Lines).ToList();
        var members = all.Where(m => !m.Name.EndsWith("lambda", StringComparison.Ordinal)).ToList();
        output.WriteLine($"{root}: {all.Count} bodies; over 30 lines: {over30.Count} ({members.Count(m => m.Lines > 30)} without lambdas); " +
                         $"over 60: {over60.Count} ({members.Count(m => m.Lines > 60)} without lambdas), {over60.Count(m => !m.CommentAbove)} of them without a comment above.");
        foreach (var m in over60) output.WriteLine("  " + m);
        foreach (var m in over30.Where(m => m.Lines <= 60).OrderByDescending(m => m.Lines)) output.WriteLine("  (31-60) " + m);
        Assert.True(over60.Count <= over30.Count);
        Assert.NotEmpty(all);
    }
}
