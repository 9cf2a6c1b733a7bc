using Thb.Review.Corrections;

namespace Thb.Cli.Commands;

/// <summary>How `thb correct` and `thb rules` report an outcome: done with the id and how to undo it, or refused (exit 2).</summary>
public static class CorrectionReport
{
    public static int Print(CliContext context, string command, CorrectionOutcome outcome, string done)
    {
        if (!outcome.Done)
        {
            context.Error.WriteLine($"thb {command}: {outcome.Refusal}");
            return ExitCodes.Usage;
        }
        context.Out.WriteLine($"{done} {outcome.Id}. `thb {command} undo {outcome.Id}` takes it back.");
        return ExitCodes.Ok;
    }
}
