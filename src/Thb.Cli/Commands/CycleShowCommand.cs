using System.CommandLine;
using System.Text.Json;
using Thb.Cycles;
using Thb.Intake.Returns;

namespace Thb.Cli.Commands;

/// <summary>`thb cycle show ID [--json]`: a cycle and its contributors.</summary>
public sealed class CycleShowCommand : StorageCommand
{
    private readonly Argument<string> _id = CliOptions.IdArgument("ID", "cycle", "The cycle.");
    private readonly Option<bool> _json = CliOptions.Flag("--json", "The cycle and its contributors as JSON.");

    public CycleShowCommand(CliContext context) : base("show", "Show a cycle: state, deadline, reminders, period, owner and contributors.", context)
    {
        Add(_id);
        Add(_json);
    }

    protected override async Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var cycle = await RequiredCycleAsync(args.RequiredId<CycleId>(_id), context, services, cancellationToken);
        if (cycle is null) return ExitCodes.Failure;
        var contributors = await services.Cycles.ContributorsAsync(cycle.Id, cancellationToken);
        if (args.GetValue(_json))
        {
            context.Out.WriteLine(JsonSerializer.Serialize(new { cycle = CycleJson.Of(cycle), contributors = contributors.Select(c => CycleJson.Of(c.Contributor, cycle)) }, ReturnJson.Options));
            return ExitCodes.Ok;
        }
        var output = context.Out;
        output.WriteLine($"{cycle.Id}  {cycle.Title}");
        output.WriteLine($"  state {Thb.Json.KebabCase.Of(cycle.State)}, deadline {cycle.Deadline:yyyy-MM-dd} (Brussels), reminders {string.Join(",", cycle.ReminderOffsets)} days before" +
                         (cycle.PeriodStart is null ? "" : $", period {cycle.PeriodStart:yyyy-MM-dd} – {cycle.PeriodEnd:yyyy-MM-dd}") +
                         (cycle.OwnerEmail is null ? "" : $", owner {cycle.OwnerEmail}") +
                         (cycle.PreviousCycleId is null ? "" : $", follows {cycle.PreviousCycleId}"));
        output.WriteLine($"  {"order",5}  {"id",-22} {"kind",-13} {"deadline",-10} {"lang",-4}  name / e-mails");
        foreach (var c in contributors.Select(r => r.Contributor))
        {
            output.WriteLine($"  {c.Order,5}  {c.Id,-22} {Thb.Json.KebabCase.Of(c.Kind),-13} {c.DeadlineIn(cycle):yyyy-MM-dd} {c.Language.Code,-4}  {c.Name}{(c.Emails.Count > 0 ? " <" + string.Join("; ", c.Emails) + ">" : "")}");
            if (c.Sections.Count > 0) output.WriteLine($"  {"",5}  {"",-22} sections: {string.Join(" | ", c.Sections)}");
        }
        return ExitCodes.Ok;
    }
}
