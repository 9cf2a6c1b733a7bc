using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Thb.Cycles;

namespace Thb.Cli.Commands;

/// <summary>`thb cycle open ID --deadline YYYY-MM-DD [...] [--previous PREV]`: a new reporting cycle and its contributors, and the cycle it updates.</summary>
public sealed class CycleOpenCommand : StorageCommand
{
    private readonly Argument<string> _id = CliOptions.IdArgument("ID", "cycle", "The new cycle's id (e.g. 2012-2).");
    private readonly Option<DateOnly?> _deadline = CliOptions.Date("--deadline", "The deadline (Brussels).", required: true);
    private readonly Option<string?> _title = CliOptions.Text("--title", "T", "The cycle's title (default \"Reporting cycle ID\").");
    private readonly Option<string?> _contributors;
    private readonly Option<IReadOnlyList<int>> _reminders = new("--reminders")
    {
        Description = "Days before the deadline on which reminders go out, separated by commas.",
        HelpName = "14,7,2",
        DefaultValueFactory = _ => Cycle.DefaultReminderOffsets,
        CustomParser = ParseOffsets,
    };
    private readonly Option<DateOnly?> _periodStart = CliOptions.Date("--period-start", "First day of the period reported on.");
    private readonly Option<DateOnly?> _periodEnd = CliOptions.Date("--period-end", "Last day of the period reported on.");
    private readonly Option<string?> _owner = CliOptions.Email("--owner", "The owner's address: the daily digest goes there.");
    private readonly Option<string> _previous = CliOptions.Id("--previous", "previous cycle", "The cycle this one updates: `thb diff`, the annex and the digest show what changed since.");
    private readonly Option<string> _fromCycle = CliOptions.Id("--from-cycle", "previous cycle", "The same as --previous, as `thb template` spells it.");

    public CycleOpenCommand(CliContext context)
        : base("open", "Open a cycle; without --contributors, the 27 Member States, Eurojust, Europol, Frontex, FRA and the Commission in protocol order.", context)
    {
        _contributors = CliOptions.ExistingFileOption("--contributors", "CSV of contributors: id,name,kind,order,emails[,language][,sections] (kind member-state, eu-body or commission; e-mails separated by ;; language en, fr or de, default en; section titles separated by |).", context);
        Add(_id);
        Add(_deadline);
        Add(_title);
        Add(_contributors);
        Add(_reminders);
        Add(_periodStart);
        Add(_periodEnd);
        Add(_owner);
        Add(_previous);
        Add(_fromCycle);
        Validators.Add(result =>
        {
            if (result.GetValue(_previous) is not null && result.GetValue(_fromCycle) is not null)
                result.AddError("--previous and --from-cycle are the same option: give one.");
        });
    }

    protected override async Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var id = args.GetRequiredValue(_id);
        IReadOnlyList<Contributor>? contributors = null;
        if (args.GetValue(_contributors) is { } file)
        {
            try
            {
                contributors = ContributorCsv.Parse(await File.ReadAllTextAsync(context.FullPath(file), cancellationToken));
            }
            catch (FormatException e)
            {
                context.Error.WriteLine($"{DisplayName}: {file}: {e.Message}");
                return ExitCodes.Usage;
            }
        }
        var cycle = new Cycle(CycleId.Parse(id), args.GetValue(_title) ?? $"Reporting cycle {id}", args.GetRequiredValue(_deadline)!.Value, CycleState.Open,
            args.GetRequiredValue(_reminders), args.GetValue(_periodStart), args.GetValue(_periodEnd), args.GetValue(_owner),
            PreviousCycleId: Identifiers.ParseOrNull<CycleId>(args.GetValue(_previous) ?? args.GetValue(_fromCycle)));
        try
        {
            cycle = await services.Cycles.OpenAsync(cycle, contributors, cancellationToken);
        }
        catch (CycleAlreadyExistsException e)
        {
            context.Error.WriteLine($"thb cycle: {e.Message} `thb cycle show {id}` shows it.");
            return ExitCodes.Failure;
        }
        catch (ArgumentException e)
        {
            // A predecessor that does not exist, or the cycle itself.
            context.Error.WriteLine($"thb cycle: {e.Message}");
            return ExitCodes.Failure;
        }
        var list = await services.Cycles.ContributorsAsync(CycleId.Parse(id), cancellationToken);
        context.Out.WriteLine($"Opened cycle {cycle.Id} \"{cycle.Title}\": deadline {cycle.Deadline:yyyy-MM-dd} (Brussels), {list.Count} contributors, reminders {string.Join(", ", cycle.ReminderOffsets)} days before" +
                              (cycle.PreviousCycleId is { } p ? $"; follows cycle {p}." : "."));
        return ExitCodes.Ok;
    }

    private static IReadOnlyList<int> ParseOffsets(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        var offsets = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
            {
                result.AddError($"--reminders takes days before the deadline separated by commas (e.g. 14,7,2), not '{text}'.");
                return [];
            }
            offsets.Add(days);
        }
        return offsets.Distinct().OrderByDescending(d => d).ToList();
    }
}
