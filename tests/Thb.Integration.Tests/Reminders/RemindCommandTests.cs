using MimeKit;
using Thb.Cycles;
using Thb.IntegrationTests.Cli;
using Thb.Reminders;

namespace Thb.IntegrationTests.Reminders;

/// <summary>`thb remind` as a person uses it: dry run, .eml files without THB_SMTP, MailDev with it.</summary>
public class RemindCommandTests
{
    private static async Task<(string Cycle, string Domain, string WorkingDirectory, Dictionary<string, string?> Env)> OpenAsync(bool smtp)
    {
        var cycle = TestStorage.NewCycleId("cli-rem");
        var domain = $"{cycle}.test";
        var folder = Directory.CreateTempSubdirectory("thb-remind-").FullName;
        var env = new Dictionary<string, string?> { ["THB_STORAGE"] = await TestStorage.ConnectionStringAsync(), ["THB_SMTP"] = smtp ? await TestMailDev.SmtpUriAsync() : "" };
        var csv = Path.Combine(folder, "contributors.csv");
        await File.WriteAllTextAsync(csv, $"id,name,kind,order,emails\naustria,Austria,member-state,1,austria@{domain}\nbulgaria,Bulgaria,member-state,2,bulgaria@{domain}\ncyprus,Cyprus,member-state,3,\n");
        var open = await CliRunner.RunAsync(env, folder, "cycle", "open", cycle, "--deadline", "2026-06-15", "--contributors", csv, "--title", "THB 2026", "--owner", $"owner@{domain}");
        Assert.True(open.ExitCode == 0, open.Error);
        return (cycle, domain, folder, env);
    }

    [Fact]
    public async Task A_dry_run_lists_what_would_be_sent_and_when_and_writes_nothing()
    {
        var (cycle, _, folder, env) = await OpenAsync(smtp: false);
        var run = await CliRunner.RunAsync(env, folder, "remind", "--cycle", cycle, "--dry-run", "--now", "2026-06-08T09:00Z");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Sweep at 2026-06-08 11:00 Brussels (2026-06-08 09:00 UTC) — dry run.", run.Out);
        Assert.Matches(@"austria\s+2026-06-15\s+before-7 → would send now\s+before-2 on 2026-06-13", run.Out);
        Assert.Matches(@"cyprus\s+2026-06-15\s+no e-mail address: not reminded", run.Out);
        Assert.Contains("would send: bulgaria → bulgaria@", run.Out);
        Assert.Contains("(7 days left)", run.Out);
        Assert.Contains("digest → owner@", run.Out);
        Assert.Contains("Dry run: nothing was written or sent.", run.Out);

        var services = await TestStorage.ServicesAsync();
        Assert.Empty(await services.Reminders.Outbox.ForCycleAsync(CycleId.Parse(cycle)));
        Assert.False(Directory.Exists(Path.Combine(folder, ".thb", "outbox")));
    }

    [Fact]
    public async Task Without_THB_SMTP_reminders_become_eml_files_in_the_working_folder_once()
    {
        var (cycle, domain, folder, env) = await OpenAsync(smtp: false);
        var run = await CliRunner.RunAsync(env, folder, "remind", "--cycle", cycle, "--now", "2026-06-16T00:30"); // Brussels time: the day after

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains("Sent 3 of 3 pending e-mail(s)", run.Out);
        var outbox = Path.Combine(folder, ".thb", "outbox");
        var files = Directory.GetFiles(outbox, "*.eml");
        Assert.Equal(3, files.Length);
        var messages = files.Select(f => MimeMessage.Load(f)).ToList();
        var austria = messages.Single(m => m.To.Mailboxes.Any(a => a.Address == $"austria@{domain}"));
        Assert.StartsWith("Overdue — Austria: THB return for “THB 2026” was due on 15 June 2026 (1 day overdue)", austria.Subject);
        Assert.Equal(OutboxKey.ForReminder(CycleId.Parse(cycle), ContributorId.Parse("austria"), new DateOnly(2026, 6, 15), ReminderKind.Overdue(1)).MessageId, austria.MessageId);
        Assert.Contains("1 day overdue", austria.TextBody);
        Assert.Contains("1 day overdue", austria.HtmlBody);
        Assert.Single(messages, m => m.To.Mailboxes.Any(a => a.Address == $"owner@{domain}"));

        var again = await CliRunner.RunAsync(env, folder, "remind", "--cycle", cycle, "--now", "2026-06-15T22:31Z");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Nothing to send.", again.Out);
        Assert.Equal(3, Directory.GetFiles(outbox, "*.eml").Length);

        var list = await CliRunner.RunAsync(env, folder, "remind", "--cycle", cycle, "--outbox");
        Assert.Matches(@"austria~2026-06-15~overdue-1\s+sent", list.Out);
    }

    [Fact]
    public async Task With_THB_SMTP_reminders_arrive_at_the_server()
    {
        var (cycle, domain, folder, env) = await OpenAsync(smtp: true);
        var run = await CliRunner.RunAsync(env, folder, "remind", "--cycle", cycle, "--now", "2026-06-13T07:00Z");
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains("Mail goes to smtp://127.0.0.1:", run.Out);

        var messages = await TestMailDev.MessagesToAsync(domain);
        Assert.Equal(3, messages.Count);
        Assert.Contains(messages, m => m.To.SequenceEqual([$"bulgaria@{domain}"]) && m.Subject.Contains("due on 15 June 2026 (2 days left)", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(folder, ".thb", "outbox")));
    }

    [Fact]
    public async Task Bad_mail_settings_and_bad_moments_are_reported()
    {
        var (cycle, _, folder, env) = await OpenAsync(smtp: false);
        env["THB_SMTP"] = "mail.example.eu:25";
        var bad = await CliRunner.RunAsync(env, folder, "remind", "--cycle", cycle);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("THB_SMTP must look like smtp://host:port", bad.Error);

        var badNow = await CliRunner.RunAsync(env, folder, "remind", "--cycle", cycle, "--now", "next tuesday");
        Assert.Equal(2, badNow.ExitCode);
        Assert.Contains("--now takes an ISO date-time", badNow.Error);

        var missing = await CliRunner.RunAsync(env, folder, "remind", "--cycle", "no-such-cycle", "--dry-run");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("there is no cycle 'no-such-cycle'", missing.Error);
    }

    [Fact]
    public async Task A_new_user_on_the_embedded_default_gets_a_dry_run_listing()
    {
        // No THB_STORAGE: the CLI starts its own Azurite under .thb/ in the working folder.
        var folder = Directory.CreateTempSubdirectory("thb-remind-new-").FullName;
        var env = new Dictionary<string, string?> { ["THB_STORAGE"] = "", ["THB_SMTP"] = "" };
        var empty = await CliRunner.RunAsync(env, folder, "remind", "--dry-run");
        Assert.True(empty.ExitCode == 0, empty.Error);
        Assert.Contains("No open cycles", empty.Out);

        var csv = Path.Combine(folder, "contributors.csv");
        await File.WriteAllTextAsync(csv, "id,name,kind,order,emails\naustria,Austria,member-state,1,vienna@example.org\n");
        Assert.Equal(0, (await CliRunner.RunAsync(env, folder, "cycle", "open", "2026-1", "--deadline", "2026-06-15", "--contributors", csv)).ExitCode);
        var run = await CliRunner.RunAsync(env, folder, "remind", "--dry-run", "--now", "2026-06-01T12:00Z");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Matches(@"austria\s+2026-06-15\s+before-14 → would send now\s+before-7 on 2026-06-08", run.Out);
        Assert.Contains("no digest: the cycle has no owner address", run.Out);
        Assert.Contains($"Mail would go to .eml files in {Path.Combine(folder, ".thb", "outbox")}", run.Out);
    }
}
