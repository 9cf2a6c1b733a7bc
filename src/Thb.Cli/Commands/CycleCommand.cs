using System.Globalization;
using System.Text.Json;
using Thb.Cycles;
using Thb.Intake.Returns;

namespace Thb.Cli.Commands;

/// <summary>`thb cycle open|show|list|close|extend`: the cycle registry.</summary>
public sealed class CycleCommand : StorageCommand
{
    public override string Name => "cycle";
    public override string Usage =>
        "thb cycle open ID --deadline YYYY-MM-DD [--title T] [--contributors FILE.csv] [--reminders 14,7,2] [--period-start D] [--period-end D] [--owner EMAIL] [--previous PREV]\n" +
        "       thb cycle show ID [--json] | thb cycle list [--json] | thb cycle close ID | thb cycle extend ID --contributor X --deadline YYYY-MM-DD";
    public override string Summary => "Open, show, list and close reporting cycles; extend one contributor's deadline.";
    protected override IEnumerable<string> CommandValueOptions => ["deadline", "title", "contributors", "reminders", "period-start", "period-end", "owner", "contributor", "previous", "from-cycle"];
    protected override IEnumerable<string> CommandFlagOptions => ["json"];

    protected override void Validate(ParsedArguments args)
    {
        var verb = args.PositionalAt(0, "what to do: open, show, list, close or extend");
        if (verb is not ("open" or "show" or "list" or "close" or "extend")) throw new UsageException($"Unknown 'thb cycle {verb}': use open, show, list, close or extend.");
        if (verb != "list") Identifiers.Require(args.PositionalAt(1, "the cycle id"), "cycle");
        if (verb == "open")
        {
            _ = args.Date("deadline") ?? throw new UsageException("--deadline YYYY-MM-DD is required.");
            _ = Offsets(args);
            if (args.Value("contributors") is { } file && !File.Exists(file)) throw new UsageException($"No such file: {file}");
            if (args.Value("previous") is not null && args.Value("from-cycle") is not null) throw new UsageException("--previous and --from-cycle are the same option: give one.");
            if (Previous(args) is { } previous) Identifiers.Require(previous, "previous cycle");
        }
        if (verb == "extend")
        {
            _ = args.Required("contributor");
            _ = args.Date("deadline") ?? throw new UsageException("--deadline YYYY-MM-DD is required.");
        }
    }

    protected override async Task<int> RunAsync(ParsedArguments args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var cycles = services.Cycles;
        switch (args.Positional[0])
        {
            case "open":
            {
                var id = args.Positional[1];
                IReadOnlyList<Contributor>? contributors = null;
                if (args.Value("contributors") is { } file)
                {
                    try
                    {
                        contributors = ContributorCsv.Parse(await File.ReadAllTextAsync(Path.GetFullPath(file, context.WorkingDirectory), cancellationToken));
                    }
                    catch (FormatException e)
                    {
                        throw new UsageException($"{file}: {e.Message}");
                    }
                }
                var cycle = new Cycle(id, args.Value("title") ?? $"Reporting cycle {id}", args.Date("deadline")!.Value, CycleState.Open, Offsets(args),
                    args.Date("period-start"), args.Date("period-end"), args.Value("owner"), PreviousCycleId: Previous(args));
                try
                {
                    cycle = await cycles.OpenAsync(cycle, contributors, cancellationToken);
                }
                catch (CycleAlreadyExistsException e)
                {
                    context.Error.WriteLine($"thb cycle: {e.Message} `thb cycle show {id}` shows it.");
                    return ExitCodes.Failure;
                }
                catch (ArgumentException e)
                {
                    context.Error.WriteLine($"thb cycle: {e.Message}");
                    return ExitCodes.Failure;
                }
                var list = await cycles.ContributorsAsync(id, cancellationToken);
                context.Out.WriteLine($"Opened cycle {cycle.Id} \"{cycle.Title}\": deadline {cycle.Deadline:yyyy-MM-dd} (Brussels), {list.Count} contributors, reminders {string.Join(", ", cycle.ReminderOffsets)} days before" +
                                      (cycle.PreviousCycleId is { } p ? $"; follows cycle {p}." : "."));
                return ExitCodes.Ok;
            }
            case "show":
            {
                var cycle = await cycles.GetAsync(args.Positional[1], cancellationToken);
                if (cycle is null) return NotFound(context, args.Positional[1]);
                var contributors = await cycles.ContributorsAsync(cycle.Id, cancellationToken);
                if (args.Flag("json"))
                {
                    context.Out.WriteLine(JsonSerializer.Serialize(new { cycle = CycleJson(cycle), contributors = contributors.Select(c => ContributorJson(c.Contributor, cycle)) }, ReturnJson.Options));
                    return ExitCodes.Ok;
                }
                context.Out.WriteLine($"{cycle.Id}  {cycle.Title}");
                context.Out.WriteLine($"  state {Thb.Json.KebabCase.Of(cycle.State)}, deadline {cycle.Deadline:yyyy-MM-dd} (Brussels), reminders {string.Join(",", cycle.ReminderOffsets)} days before" +
                                      (cycle.PeriodStart is null ? "" : $", period {cycle.PeriodStart:yyyy-MM-dd} – {cycle.PeriodEnd:yyyy-MM-dd}") +
                                      (cycle.OwnerEmail is null ? "" : $", owner {cycle.OwnerEmail}") +
                                      (cycle.PreviousCycleId is null ? "" : $", follows {cycle.PreviousCycleId}"));
                context.Out.WriteLine($"  {"order",5}  {"id",-22} {"kind",-13} {"deadline",-10}  name / e-mails");
                foreach (var c in contributors.Select(r => r.Contributor))
                    context.Out.WriteLine($"  {c.Order,5}  {c.Id,-22} {Thb.Json.KebabCase.Of(c.Kind),-13} {c.DeadlineIn(cycle):yyyy-MM-dd}  {c.Name}{(c.Emails.Count > 0 ? " <" + string.Join("; ", c.Emails) + ">" : "")}");
                return ExitCodes.Ok;
            }
            case "list":
            {
                var all = await cycles.ListAsync(cancellationToken);
                if (args.Flag("json"))
                {
                    context.Out.WriteLine(JsonSerializer.Serialize(all.Select(CycleJson), ReturnJson.Options));
                    return ExitCodes.Ok;
                }
                if (all.Count == 0) context.Out.WriteLine("No cycles yet. Open one with `thb cycle open ID --deadline YYYY-MM-DD`.");
                foreach (var c in all)
                    context.Out.WriteLine($"{c.Id,-14} {Thb.Json.KebabCase.Of(c.State),-7} deadline {c.Deadline:yyyy-MM-dd}  {c.Title}");
                return ExitCodes.Ok;
            }
            case "close":
            {
                try
                {
                    var closed = await cycles.CloseAsync(args.Positional[1], cancellationToken);
                    context.Out.WriteLine($"Cycle {closed.Id} is closed: uploads are now rejected (and recorded).");
                    return ExitCodes.Ok;
                }
                catch (KeyNotFoundException)
                {
                    return NotFound(context, args.Positional[1]);
                }
            }
            default:
            {
                try
                {
                    var contributor = await cycles.ExtendAsync(args.Positional[1], args.Required("contributor"), args.Date("deadline")!.Value, cancellationToken);
                    context.Out.WriteLine($"{contributor.Name}'s deadline in cycle {args.Positional[1]} is now {contributor.DeadlineOverride:yyyy-MM-dd} (Brussels); its reminders follow the new date.");
                    return ExitCodes.Ok;
                }
                catch (KeyNotFoundException e)
                {
                    context.Error.WriteLine($"thb cycle: {e.Message}");
                    return ExitCodes.Failure;
                }
            }
        }
    }

    private static int NotFound(CliContext context, string id)
    {
        context.Error.WriteLine($"thb cycle: there is no cycle '{id}'. `thb cycle list` shows the cycles.");
        return ExitCodes.Failure;
    }

    private static IReadOnlyList<int> Offsets(ParsedArguments args)
    {
        var text = args.Value("reminders");
        if (text is null) return Cycle.DefaultReminderOffsets;
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var offsets = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
                throw new UsageException($"--reminders takes days before the deadline separated by commas (e.g. 14,7,2), not '{text}'.");
            offsets.Add(days);
        }
        return offsets.Distinct().OrderByDescending(d => d).ToList();
    }

    internal static object CycleJson(Cycle c) => new
    {
        id = c.Id,
        title = c.Title,
        state = Thb.Json.KebabCase.Of(c.State),
        deadline = c.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        reminders = c.ReminderOffsets,
        periodStart = c.PeriodStart?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        periodEnd = c.PeriodEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        owner = c.OwnerEmail,
        previous = c.PreviousCycleId,
    };

    /// <summary>The predecessor named on the command line: --previous, or --from-cycle as `thb template` spells it.</summary>
    private static string? Previous(ParsedArguments args) => args.Value("previous") ?? args.Value("from-cycle");

    private static object ContributorJson(Contributor c, Cycle cycle) => new
    {
        id = c.Id,
        name = c.Name,
        kind = Thb.Json.KebabCase.Of(c.Kind),
        order = c.Order,
        emails = c.Emails,
        deadline = c.DeadlineIn(cycle).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
