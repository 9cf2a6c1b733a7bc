using System.Text.Json;
using Thb.Intake.Returns;

namespace Thb.Tests.Intake;

/// <summary>The warm-up a short-lived command starts beside its first check changes nothing the check gives.</summary>
public class CheckWarmUpTests
{
    [Fact]
    public async Task Checks_run_while_warm_ups_run_give_what_a_check_alone_gives()
    {
        var alone = Samples.Names.ToDictionary(n => n, n => Json(ReturnChecker.Check(Samples.Path_($"{n}.xlsx"))));

        var beside = await Task.WhenAll(Enumerable.Range(0, 4).SelectMany(_ => Samples.Names).Select(n => Task.Run(() =>
        {
            CheckWarmUp.Start();
            return (Name: n, Json: Json(ReturnChecker.Check(Samples.Path_($"{n}.xlsx"))));
        })));

        Assert.Equal(4 * Samples.Names.Count(), beside.Length);
        Assert.All(beside, b => Assert.Equal(alone[b.Name], b.Json));
    }

    private static string Json(ReturnCheck check) => JsonSerializer.Serialize(check, ReturnJson.Options);
}
