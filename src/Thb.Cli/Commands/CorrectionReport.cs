using Thb.Review.Corrections;

namespace Thb.Cli.Commands;

/// <summary>How `thb correct` and `thb rules` report an outcome: done with the id and how to undo it, or refused (exit 2).</summary>
public static class CorrectionReport
{
    /// <param name="displayName">How the refusal begins ("thb correct undo").</param>
    /// <param name="family">"correct" or "rules": whose `undo` takes it back.</param>
    public static int Print(CliContext context, string displayName, string family, CorrectionOutcome outcome, string done)
    {
        if (!outcome.Done)
        {
            context.Error.WriteLine($"{displayName}: {outcome.Refusal}");
            return ExitCodes.Usage;
        }
        context.Out.WriteLine($"{done} {outcome.Id}. `thb {family} undo {outcome.Id}` takes it back.");
        return ExitCodes.Ok;
    }
}
