using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Thb.Intake;

namespace Thb.Portal;

/// <summary>
/// The intakes `thb serve` runs in-process, a few at a time (each holds a whole workbook in memory): the rest wait
/// their turn, and the delegation's page says which is waiting and which is being checked. Stopping takes no new
/// uploads and lets those received finish within a bound; any cut off then stay uploads without a verdict, which the
/// next start picks up again. The sweep of stuck uploads runs its intakes through the same queue (<see cref="RunAsync{T}"/>),
/// so the bound holds for them too.
/// </summary>
public sealed class IntakeQueue : IAsyncDisposable
{
    private readonly Channel<Job> _waiting = Channel.CreateUnbounded<Job>(new UnboundedChannelOptions { SingleReader = false });
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
    public bool Enqueue(string blobName) => TryQueue(new Job(blobName, token => _process(blobName, token)));

    /// <summary>
    /// Runs <paramref name="work"/> on an upload in its turn, as if it had just been received, and gives its result (or
    /// its exception). Once stopping, or when the queue stops before its turn, the task is cancelled.
    /// </summary>
    public Task<T> RunAsync<T>(string blobName, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var job = new Job(blobName, async token =>
        {
            try
            {
                done.TrySetResult(await work(token));
            }
            catch (OperationCanceledException)
            {
                done.TrySetCanceled(token);
            }
            catch (Exception e)
            {
                done.TrySetException(e); // the caller reports it
            }
        });
        if (!TryQueue(job)) done.TrySetCanceled(CancellationToken.None);
        return done.Task.WaitAsync(cancellationToken);
    }

    private bool TryQueue(Job job)
    {
        _states[job.Blob] = UploadState.Waiting;
        if (_waiting.Writer.TryWrite(job)) return true;
        _states.TryRemove(job.Blob, out _);
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
            if (!_waiting.Reader.TryRead(out var job)) continue;
            _states[job.Blob] = UploadState.Pending;
            try
            {
                await job.Work(_abandon.Token);
            }
            catch (Exception e)
            {
                _logger.LogError("Processing {Blob} failed: {Reason}", job.Blob, e.Message);
            }
            finally
            {
                _states.TryRemove(job.Blob, out _);
            }
        }
    }

    private sealed record Job(string Blob, Func<CancellationToken, Task> Work);

    public async ValueTask DisposeAsync()
    {
        await DrainAsync(TimeSpan.Zero);
        _abandon.Dispose();
    }
}
