using System.Runtime.InteropServices;

namespace Thb.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM cancel the running command's token instead of killing the process, so it stops between
/// steps and says so in one line. Only for the real process: tests run many commands in one.
/// </summary>
public sealed class CliSignals : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly List<PosixSignalRegistration> _registrations = [];

    private CliSignals(CancellationToken outer) => _stop = CancellationTokenSource.CreateLinkedTokenSource(outer);

    public CancellationToken Token => _stop.Token;

    /// <summary>The signal that asked the command to stop ("SIGTERM"), or null.</summary>
    public string? Received { get; private set; }

    /// <summary>Completes <paramref name="grace"/> after a signal arrived (never without one): the command had its chance to stop.</summary>
    public async Task GraceOverAsync(TimeSpan grace)
    {
        var signalled = new TaskCompletionSource();
        await using (_stop.Token.Register(() => signalled.TrySetResult()))
            await signalled.Task;
        await Task.Delay(grace);
    }

    public static CliSignals Register(CliContext context, CancellationToken outer)
    {
        var signals = new CliSignals(outer);
        if (!context.OwnsProcess) return signals;
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
            signals._registrations.Add(PosixSignalRegistration.Create(signal, c =>
            {
                c.Cancel = true; // the command ends itself, promptly, with exit 130
                signals.Received ??= c.Signal.ToString();
                signals._stop.Cancel();
            }));
        return signals;
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _stop.Dispose();
    }
}
