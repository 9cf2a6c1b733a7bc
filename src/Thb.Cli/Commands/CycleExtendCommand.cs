using System.CommandLine;
using Thb.Cycles;

namespace Thb.Cli.Commands;

/// <summary>`thb cycle extend ID --contributor X --deadline YYYY-MM-DD`: one contributor's own deadline.</summary>
public sealed class CycleExtendCommand : StorageCommand
{
    private readonly Argument<string> _id = CliOptions.IdArgument("ID", "cycle", "The cycle.");
    private readonly Option<string> _contributor = CliOptions.Id("--contributor", "contributor", "The contributor whose deadline moves.", required: true);
    private readonly Option<DateOnly?> _deadline = CliOptions.Date("--deadline", "The contributor's new deadline (Brussels).", required: true);

    public CycleExtendCommand(CliContext context) : base("extend", "Move one contributor's deadline; its reminders follow.", context)
    {
        Add(_id);
        Add(_contributor);
        Add(_deadline);
    }

    protected override async Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var id = args.GetRequiredValue(_id);
        try
        {
            var contributor = await services.Cycles.ExtendAsync(CycleId.Parse(id), args.RequiredId<ContributorId>(_contributor), args.GetRequiredValue(_deadline)!.Value, cancellationToken);
            context.Out.WriteLine($"{contributor.Name}'s deadline in cycle {id} is now {contributor.DeadlineOverride:yyyy-MM-dd} (Brussels); its reminders follow the new date.");
            return ExitCodes.Ok;
        }
        catch (KeyNotFoundException e)
        {
            context.Error.WriteLine($"thb cycle: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
