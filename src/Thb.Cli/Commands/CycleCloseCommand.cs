using System.CommandLine;
using Thb.Cycles;

namespace Thb.Cli.Commands;

/// <summary>`thb cycle close ID`: later uploads are rejected (and recorded).</summary>
public sealed class CycleCloseCommand : StorageCommand
{
    private readonly Argument<string> _id = CliOptions.IdArgument("ID", "cycle", "The cycle.");

    public CycleCloseCommand(CliContext context) : base("close", "Close a cycle: uploads are then rejected (and recorded).", context) => Add(_id);

    protected override async Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var id = args.GetRequiredValue(_id);
        try
        {
            var closed = await services.Cycles.CloseAsync(CycleId.Parse(id), cancellationToken);
            context.Out.WriteLine($"Cycle {closed.Id} is closed: uploads are now rejected (and recorded).");
            return ExitCodes.Ok;
        }
        catch (KeyNotFoundException)
        {
            context.Error.WriteLine($"{DisplayName}: there is no cycle '{id}'. `thb cycle list` shows the cycles.");
            return ExitCodes.Failure;
        }
    }
}
