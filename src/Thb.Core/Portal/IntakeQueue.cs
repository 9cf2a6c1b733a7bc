using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Thb.Intake;

namespace Thb.Portal;

/// <summary>
/// The intakes `thb serve` runs in-process, a few at a time (each holds a whole workbook in memory): the rest wait
/// their turn, and the delegation's page says which is waiting and which is being checked. Stopping takes no new
/// uploads and lets those received finish within a bound; any cut off then stay uploads without a verdict, which the
/// next start picks up again.
/// </summary>
public sealed class IntakeQueue : IAsyncDisposable
{
    private readonly Channel<string> _waiting = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = false });
    private readonly ConcurrentDictionary<string, UploadState> _states = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _abandon = new();
    private readonly Task[] _workers;
    private readonly Func<string, CancellationToken, Task> _process;
    private readonly ILogger _logger;

    public IntakeQueue(Func<string, CancellationToken, Task> process, int concurrency, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        _process = process;
        _logger = logger;
        _workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkAsync)).ToArray();
    }

    public static IntakeQueue For(IntakeService intake, int concurrency, ILogger logger) =>
        new((blob, cancellationToken) => intake.ProcessAsync(blob, cancellationToken), concurrency, logger);

    /// <summary>How many intakes run at once unless configured (THB_SERVE_INTAKES).</summary>
    public const int DefaultConcurrency = 2;

    /// <summary>Queues an upload for its check; false once stopping (the upload is stored and picked up on the next start).</summary>
    public bool Enqueue(string blobName)
    {
        _states[blobName] = UploadState.Waiting;
        if (_waiting.Writer.TryWrite(blobName)) return true;
        _states.TryRemove(blobName, out _);
        return false;
    }

    /// <summary>Waiting or being checked, while the upload is in this queue; null otherwise (the stored verdict speaks).</summary>
    public UploadState? StateOf(string blobName) => _states.TryGetValue(blobName, out var state) ? state : null;

    /// <summary>Uploads received and not checked yet (waiting or running).</summary>
    public int Unchecked => _states.Count;

    /// <summary>
    /// Stops taking uploads and waits up to <paramref name="bound"/> for the received ones to be checked; those still
    /// running then are cancelled, those still waiting left. True when all were checked within the bound.
    /// </summary>
    public async Task<bool> DrainAsync(TimeSpan bound)
    {
        _waiting.Writer.TryComplete();
        var all = Task.WhenAll(_workers);
        var finished = await Task.WhenAny(all, Task.Delay(bound)) == all;
        if (!finished)
        {
            await _abandon.CancelAsync();
            await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(2)));
        }
        return finished;
    }

    private async Task WorkAsync()
    {
        while (await _waiting.Reader.WaitToReadAsync(CancellationToken.None))
        {
            // Past the bound, waiting uploads are left for the next start.
            if (_abandon.IsCancellationRequested) return;
            if (!_waiting.Reader.TryRead(out var blob)) continue;
            _states[blob] = UploadState.Pending;
            try
            {
                await _process(blob, _abandon.Token);
            }
            catch (Exception e)
            {
                _logger.LogError("Processing {Blob} failed: {Reason}", blob, e.Message);
            }
            finally
            {
                _states.TryRemove(blob, out _);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DrainAsync(TimeSpan.Zero);
        _abandon.Dispose();
    }
}
