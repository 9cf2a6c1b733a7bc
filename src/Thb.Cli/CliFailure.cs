namespace Thb.Cli;

/// <summary>A command that failed: one line on standard error and exit 1 (130 when it was interrupted); the whole exception with --verbose.</summary>
public static class CliFailure
{
    public const int Interrupted = 130;

    public static int Report(Exception exception, string command, bool verbose, TextWriter error, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            error.WriteLine($"{command}: stopped before it finished (interrupted); what it had written stays as it was.");
            return Interrupted;
        }
        var line = exception is CliFault fault ? fault.Message
            : FaultDescription.Network(exception, "storage", StorageFaults.Check, null) ?? FaultDescription.Other(exception);
        error.WriteLine($"{command}: {line}");
        if (verbose) error.WriteLine(exception is CliFault { InnerException: { } inner } ? inner : exception);
        return ExitCodes.Failure;
    }
}
