using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;
using Thb.Cycles;
using Thb.Reminders;
using Thb.Reminders.Mail;

namespace Thb.Cli.Commands;

/// <summary>
/// `thb remind [--cycle ID] [--now ISO] [--dry-run]`: the reminder sweep the timer function runs, then — since no queue
/// trigger listens locally — the sending of what it recorded. Mail goes to THB_SMTP, else to .eml files in .thb/outbox/.
/// </summary>
public sealed partial class RemindCommand : StorageCommand
{
    private readonly Option<string> _cycle = CliOptions.Id("--cycle", "cycle", "Only this cycle (default: every open cycle).");
    private readonly Option<DateTimeOffset?> _now = new("--now")
    {
        Description = "Stand at another moment: 2026-06-15T22:30Z, or without an offset Brussels time (a bare date is noon in Brussels).",
        HelpName = "ISO-DATETIME",
        CustomParser = ParseNow,
    };
    private readonly Option<bool> _dryRun = CliOptions.Flag("--dry-run", "List what would be sent and when; write and send nothing.");
    private readonly Option<bool> _outbox = CliOptions.Flag("--outbox", "List what was recorded and sent.");
    private readonly Option<bool> _releaseUnconfirmed = CliOptions.Flag("--release-unconfirmed", "Send again the e-mails whose sending broke off unconfirmed.");

    public RemindCommand(CliContext context)
        : base("remind",
            "Send the reminders due now (each once) and the owner's digest; --dry-run lists what would be sent and when, --outbox lists what was. " +
            "Without --cycle: every open cycle. Mail goes to THB_SMTP (smtp://host:port), else to .eml files in .thb/outbox/.", context)
    {
        Add(_cycle);
        Add(_now);
        Add(_dryRun);
        Add(_outbox);
        Add(_releaseUnconfirmed);
        Validators.Add(result =>
        {
            if (result.GetValue(_dryRun) && result.GetValue(_releaseUnconfirmed))
                result.AddError("--dry-run writes nothing, so it cannot --release-unconfirmed.");
        });
    }

    protected override async Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var now = args.GetValue(_now) ?? services.Clock.GetUtcNow();
        var dryRun = args.GetValue(_dryRun);
        var reminders = services.Reminders;
        if (reminders.Mail.Problem is { } problem && !dryRun && !args.GetValue(_outbox))
        {
            context.Error.WriteLine($"thb remind: {problem}");
            return ExitCodes.Failure;
        }
        var cycles = await CyclesAsync(args.IdValue<CycleId>(_cycle), context, services, cancellationToken);
        if (cycles is null) return ExitCodes.Failure;
        if (cycles.Count == 0)
        {
            context.Out.WriteLine("No open cycles, so no reminders. Open one with `thb cycle open ID --deadline YYYY-MM-DD`.");
            return ExitCodes.Ok;
        }
        if (args.GetValue(_outbox))
        {
            foreach (var cycle in cycles) await PrintOutboxAsync(context.Out, reminders, cycle, now, cancellationToken);
            return ExitCodes.Ok;
        }

        var failed = new List<SendResult>();
        foreach (var cycle in cycles)
            failed.AddRange(await SweepAsync(context.Out, reminders, cycle, now, dryRun, args.GetValue(_releaseUnconfirmed), cancellationToken));
        context.Out.WriteLine(dryRun
            ? $"Dry run: nothing was written or sent. Mail would go to {reminders.Mail.Transport.Description}."
            : $"Mail goes to {reminders.Mail.Transport.Description}.");
        if (failed.Count == 0) return ExitCodes.Ok;
        // The table above has each e-mail; standard error has the one line to act on.
        context.Error.WriteLine($"thb remind: {failed.Count} e-mail(s) could not be sent through {reminders.Mail.Transport.Description} ({failed[0].Note}); " +
                                $"check {MailSettings.SmtpSetting} and that the mail server is up. They stay pending for the next `thb remind`.");
        return ExitCodes.Failure;
    }

    /// <summary>The cycle --cycle names, else every open cycle; null after telling the person there is no such cycle.</summary>
    private async Task<IReadOnlyList<Cycle>?> CyclesAsync(CycleId? id, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        if (id is not { } named) return await services.Cycles.OpenCyclesAsync(cancellationToken);
        var cycle = await RequiredCycleAsync(named, context, services, cancellationToken);
        return cycle is null ? null : [cycle];
    }

    /// <summary>One cycle's sweep (after releasing unconfirmed e-mails if asked), then its sending; the e-mails that could not be sent.</summary>
    private static async Task<IReadOnlyList<SendResult>> SweepAsync(TextWriter output, ReminderService reminders, Cycle cycle, DateTimeOffset now, bool dryRun, bool releaseUnconfirmed,
        CancellationToken cancellationToken)
    {
        if (releaseUnconfirmed)
        {
            var released = await reminders.ReleaseUnconfirmedAsync(cycle.Id, now, cancellationToken);
            output.WriteLine(released.Count == 0
                ? $"Cycle {cycle.Id}: no unconfirmed e-mails to release."
                : $"Cycle {cycle.Id}: released {released.Count} unconfirmed e-mail(s) for sending again: {string.Join(", ", released.Select(k => k.RowKey))}.");
        }
        var result = await reminders.SweepAsync(cycle, now, dryRun ? SweepMode.DryRun : SweepMode.Record, cancellationToken);
        Print(output, result);
        if (dryRun) return [];
        var sent = await reminders.DrainAsync(cycle.Id, now, cancellationToken);
        PrintSent(output, sent);
        return sent.Where(s => s.Outcome == SendOutcome.Error).ToList();
    }

    public static void Print(TextWriter output, SweepResult result)
    {
        var plan = result.Plan;
        var cycle = plan.Cycle;
        var brussels = BrusselsTime.ToBrussels(plan.Now);
        output.WriteLine($"Cycle {cycle.Id} \"{cycle.Title}\" — {Thb.Json.KebabCase.Of(cycle.State)}, deadline {cycle.Deadline:yyyy-MM-dd} (Brussels), reminders {string.Join(",", cycle.ReminderOffsets)} days before, then overdue notices weekly.");
        output.WriteLine($"  Sweep at {brussels:yyyy-MM-dd HH:mm} Brussels ({plan.Now.UtcDateTime:yyyy-MM-dd HH:mm} UTC){(result.Mode == SweepMode.DryRun ? " — dry run" : "")}.");
        output.WriteLine($"  {"contributor",-22} {"deadline",-10}  {"now",-36} next");
        var items = result.Reminders.ToDictionary(r => r.Plan.Contributor.Id);
        foreach (var c in plan.Contributors)
        {
            var now = c.Standing switch
            {
                ReminderStanding.Submitted => "submitted (accepted)",
                ReminderStanding.NoAddress => "no e-mail address: not reminded",
                ReminderStanding.CycleClosed => "cycle closed",
                ReminderStanding.NotYetDue => "nothing due",
                _ => items.TryGetValue(c.Contributor.Id, out var item) ? $"{item.Key.RowKey.Split('~')[^1]} {ItemState(item, result.Mode)}" : "due",
            };
            var next = c.Next is { } n && c.Standing is ReminderStanding.Due or ReminderStanding.NotYetDue
                ? $"{n.Kind} on {n.DueOn:yyyy-MM-dd}"
                : "-";
            output.WriteLine($"  {c.Contributor.Id,-22} {c.Deadline:yyyy-MM-dd}  {now,-36} {next}");
        }
        foreach (var item in result.Reminders.Where(i => i.State != SweepItemState.Done))
            output.WriteLine($"  {(result.Mode == SweepMode.DryRun ? "would send" : "to send")}: {item.Plan.Contributor.Id} → {string.Join(", ", item.Plan.Contributor.Emails)}: {item.Subject}");
        if (result.Digest is { } digest)
            output.WriteLine($"  digest → {digest.To}: {digest.Subject} [{DigestState(digest, result.Mode)}]");
        else if (result.HandedOff.Count > 0)
            output.WriteLine("  no digest: the cycle has no owner address (thb cycle open … --owner EMAIL).");
    }

    private static string ItemState(SweepItem item, SweepMode mode) => item.State switch
    {
        SweepItemState.New => mode == SweepMode.DryRun ? "→ would send now" : "→ recorded now",
        SweepItemState.Pending => "→ recorded earlier, not yet sent",
        _ => $"(already {(item.Stored is { } stored ? Thb.Json.KebabCase.Of(stored) : null)})",
    };

    private static string DigestState(SweepDigest digest, SweepMode mode) => digest.State switch
    {
        SweepItemState.New => mode == SweepMode.DryRun ? "would send now" : "recorded now",
        SweepItemState.Pending => "recorded earlier, not yet sent",
        _ => "already handled",
    };

    private static void PrintSent(TextWriter output, IReadOnlyList<SendResult> results)
    {
        if (results.Count == 0)
        {
            output.WriteLine("  Nothing to send.");
            return;
        }
        output.WriteLine($"  Sent {results.Count(r => r.Outcome == SendOutcome.Sent)} of {results.Count} pending e-mail(s):");
        foreach (var r in results)
            output.WriteLine($"    {r.Key.RowKey,-40} {Thb.Json.KebabCase.Of(r.Outcome),-12} {r.Note}");
        if (results.Any(r => r.Outcome == SendOutcome.Error))
            output.WriteLine("  Some e-mails could not be sent now; they stay pending for the next `thb remind` (or show as unconfirmed in --outbox if sending broke off).");
    }

    private static async Task PrintOutboxAsync(TextWriter output, ReminderService reminders, Cycle cycle, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entries = (await reminders.Outbox.ForCycleAsync(cycle.Id, cancellationToken)).OrderBy(e => e.CreatedAt).ThenBy(e => e.Type).ThenBy(e => e.Key.RowKey, StringComparer.Ordinal).ToList();
        output.WriteLine($"Cycle {cycle.Id}: {entries.Count} e-mail(s) in the outbox.");
        foreach (var e in entries)
        {
            var when = e.SentAt is { } sent ? $"sent {sent.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : $"recorded {e.CreatedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC";
            output.WriteLine($"  {e.Key.RowKey,-40} {e.StateText(now, reminders.Options.Lease),-12} {when,-27} → {string.Join(", ", e.To)}{(e.Note is null ? "" : $"  ({e.Note})")}");
        }
        if (entries.Any(e => e.IsUnconfirmed(now, reminders.Options.Lease)))
            output.WriteLine("  'unconfirmed': sending broke off, and SMTP cannot tell whether the server took the message. Check the recipient's mailbox or the server's log; " +
                             "if it did not arrive, `thb remind --cycle " + cycle.Id + " --release-unconfirmed` sends it again.");
    }

    /// <summary>--now: an ISO date-time with Z or an offset; without one it is Brussels time; a bare date is noon in Brussels.</summary>
    private static DateTimeOffset? ParseNow(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value.Trim();
        if (HasOffset().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
            return withOffset.ToUniversalTime();
        DateTime? local = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToDateTime(new TimeOnly(12, 0))
            : !HasOffset().IsMatch(text) && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? DateTime.SpecifyKind(parsed, DateTimeKind.Unspecified)
                : null;
        if (local is null)
        {
            result.AddError($"--now takes an ISO date-time such as 2026-06-15T22:30Z or 2026-06-16T00:30 (Brussels), not '{text}'.");
            return null;
        }
        if (BrusselsTime.Zone.IsInvalidTime(local.Value))
        {
            result.AddError($"--now {local:yyyy-MM-ddTHH:mm} does not exist in Brussels (the clocks skip it); give a UTC time such as {local:yyyy-MM-ddTHH:mm}Z.");
            return null;
        }
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local.Value, BrusselsTime.Zone), TimeSpan.Zero);
    }

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HasOffset();
}
