using System.Net;
using System.Net.Sockets;
using Thb.Local;

namespace Thb.IntegrationTests.Cli;

/// <summary>
/// Storage that is down or does not answer: every command family says so in one line that names the endpoint and what
/// to check, and exits 1 — no "Unhandled exception", no stack trace (issue 14, item 2).
/// </summary>
public class StorageFaultTests
{
    /// <summary>Azurite's account on a port nothing listens on.</summary>
    private static string DeadStorage(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName={LocalAzurite.AccountName};AccountKey={LocalAzurite.AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{port}/{LocalAzurite.AccountName};QueueEndpoint=http://127.0.0.1:{port}/{LocalAzurite.AccountName};" +
        $"TableEndpoint=http://127.0.0.1:{port}/{LocalAzurite.AccountName};";

    public static TheoryData<string[]> Commands => new()
    {
        { ["status", "--cycle", "2026-1"] },
        { ["rows", "--cycle", "2026-1", "--json"] },
        { ["submit", TestData.Sample("Austria"), "--cycle", "2026-1", "--contributor", "austria"] },
        { ["annex", "--cycle", "2026-1"] },
        { ["cycle", "list"] },
        { ["cycle", "open", "2026-1", "--deadline", "2026-06-15"] },
        { ["remind", "--dry-run"] },
        { ["links", "--cycle", "2026-1"] },
        { ["template", "--cycle", "2026-1", "--out", "templates"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_command_against_stopped_storage_says_which_storage_in_one_line_and_exits_1(string[] args)
    {
        var run = await CliRunner.RunAsync(new Dictionary<string, string?> { ["THB_STORAGE"] = DeadStorage(1) }, Directory.CreateTempSubdirectory("thb-dead-").FullName, args);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"thb {(args[0] == "cycle" ? $"cycle {args[1]}" : args[0])}: ", line);
        Assert.Contains("cannot reach storage at http://127.0.0.1:1/devstoreaccount1 (connection refused); check THB_STORAGE or --storage", line);
        Assert.DoesNotContain("Unhandled", run.Out + run.Error);
        Assert.DoesNotContain("   at ", run.Out + run.Error);
    }

    [Fact]
    public async Task Storage_that_never_answers_is_given_up_on_after_the_configured_bound()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start(); // accepts connections (the backlog) and never answers
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var env = new Dictionary<string, string?> { ["THB_STORAGE"] = DeadStorage(port), ["THB_STORAGE_TIMEOUT_SECONDS"] = "1", ["THB_STORAGE_RETRIES"] = "0" };

        var run = await CliRunner.RunAsync(env, Directory.CreateTempSubdirectory("thb-silent-").FullName, "status", "--cycle", "2026-1");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"thb status: storage at http://127.0.0.1:{port}/devstoreaccount1 did not answer within 1 s; check THB_STORAGE or --storage " +
                     "(THB_STORAGE_TIMEOUT_SECONDS sets how long to wait)", run.Error.Trim());
    }

    [Fact]
    public async Task Verbose_adds_the_exception_and_a_connection_string_the_sdk_cannot_read_is_one_line()
    {
        var folder = Directory.CreateTempSubdirectory("thb-dead-").FullName;
        var verbose = await CliRunner.RunAsync(new Dictionary<string, string?> { ["THB_STORAGE"] = DeadStorage(1) }, folder, "status", "--cycle", "2026-1", "--verbose");
        Assert.Equal(1, verbose.ExitCode);
        Assert.StartsWith("thb status: cannot reach storage at http://127.0.0.1:1/", verbose.Error);
        Assert.Contains("   at ", verbose.Error);

        var unreadable = await CliRunner.RunAsync(new Dictionary<string, string?> { ["THB_STORAGE"] = "AccountName=x;AccountKey=not-base64" }, folder, "cycle", "list");
        Assert.Equal(1, unreadable.ExitCode);
        Assert.StartsWith("thb cycle list: the storage connection cannot be read (", unreadable.Error);
        Assert.EndsWith("check THB_STORAGE or --storage.", unreadable.Error.Trim());
    }

    [Fact]
    public async Task A_mail_server_that_is_down_is_one_line_on_standard_error_and_exit_1()
    {
        var run = await RemindOneContributorAsync("cli-smtp", new() { ["THB_SMTP"] = "smtp://127.0.0.1:1" });

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("thb remind: 1 e-mail(s) could not be sent through smtp://127.0.0.1:1 (", line);
        Assert.Contains("check THB_SMTP", line);
        Assert.DoesNotContain("   at ", run.Out + run.Error);
    }
    [Fact]
    public async Task A_mail_server_that_never_answers_is_given_up_on_after_the_configured_bound()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start(); // accepts connections (the backlog) and never sends its greeting
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var run = await RemindOneContributorAsync("cli-smtp-silent",
            new() { ["THB_SMTP"] = $"smtp://127.0.0.1:{port}?tls=none", ["THB_SMTP_TIMEOUT_SECONDS"] = "1" });

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"thb remind: 1 e-mail(s) could not be sent through smtp://127.0.0.1:{port}?tls=none (", line);
        Assert.Contains("timed out", line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", run.Out + run.Error);
    }
    /// <summary>`thb remind` of a new cycle with one contributor to write to, with <paramref name="mail"/> as the mail settings.</summary>
    private static async Task<CliRunner.Result> RemindOneContributorAsync(string name, Dictionary<string, string?> mail)
    {
        var cycle = TestStorage.NewCycleId(name);
        var folder = Directory.CreateTempSubdirectory($"thb-{name}-").FullName;
        var env = new Dictionary<string, string?>(mail) { ["THB_STORAGE"] = await TestStorage.ConnectionStringAsync() };
        var csv = Path.Combine(folder, "contributors.csv");
        await File.WriteAllTextAsync(csv, $"id,name,kind,order,emails\naustria,Austria,member-state,1,austria@{cycle}.test\n");
        Assert.Equal(0, (await CliRunner.RunAsync(env, folder, "cycle", "open", cycle, "--deadline", "2026-06-15", "--contributors", csv)).ExitCode);
        return await CliRunner.RunAsync(env, folder, "remind", "--cycle", cycle, "--now", "2026-06-01T12:00Z");
    }
}
