using System.CommandLine;
using System.Text.Json;
using Thb.Intake.Returns;

namespace Thb.Cli.Commands;

/// <summary>`thb cycle list [--json]`: every cycle, one line each.</summary>
public sealed class CycleListCommand : StorageCommand
{
    private readonly Option<bool> _json = CliOptions.Flag("--json", "The cycles as JSON.");

    public CycleListCommand(CliContext context) : base("list", "List the cycles: id, state, deadline and title.", context) => Add(_json);

    protected override async Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var all = await services.Cycles.ListAsync(cancellationToken);
        if (args.GetValue(_json))
        {
            context.Out.WriteLine(JsonSerializer.Serialize(all.Select(CycleJson.Of), ReturnJson.Options));
            return ExitCodes.Ok;
        }
        if (all.Count == 0) context.Out.WriteLine("No cycles yet. Open one with `thb cycle open ID --deadline YYYY-MM-DD`.");
        foreach (var c in all)
            context.Out.WriteLine($"{c.Id,-14} {Thb.Json.KebabCase.Of(c.State),-7} deadline {c.Deadline:yyyy-MM-dd}  {c.Title}");
        return ExitCodes.Ok;
    }
}
