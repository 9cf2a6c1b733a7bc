using Microsoft.Extensions.Logging.Abstractions;
using Thb.Portal;

namespace Thb.Tests.Portal;

/// <summary>The serve host's queue of intakes: a few at a time, the rest waiting and saying so; stopping within a bound.</summary>
public class IntakeQueueTests
{
    /// <summary>An intake that runs until the test releases it (or the queue cancels it).</summary>
    private sealed class Gate
    {
        private readonly Dictionary<string, TaskCompletionSource> _release = new(StringComparer.Ordinal);
        private readonly List<string> _started = [];
        public int Running;
        public int MostAtOnce;

        public async Task ProcessAsync(string blob, CancellationToken cancellationToken)
        {
            TaskCompletionSource release;
            lock (_release)
            {
                release = _release.TryGetValue(blob, out var r) ? r : _release[blob] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _started.Add(blob);
                MostAtOnce = Math.Max(MostAtOnce, ++Running);
            }
            try
            {
                await release.Task.WaitAsync(cancellationToken);
            }
            finally
            {
                lock (_release) Running--;
            }
        }

        public void Release(string blob)
        {
            lock (_release) (_release.TryGetValue(blob, out var r) ? r : _release[blob] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }

        public async Task StartedAsync(int count)
        {
            while (true)
            {
                lock (_release) if (_started.Count >= count) return;
                await Task.Yield();
            }
        }
    }

    [Fact]
    public async Task Uploads_beyond_the_bound_wait_and_say_so_and_run_in_turn()
    {
        var gate = new Gate();
        await using var queue = new IntakeQueue(gate.ProcessAsync, concurrency: 2, NullLogger.Instance);
        foreach (var blob in new[] { "a", "b", "c", "d" }) Assert.True(queue.Enqueue(blob));
        await gate.StartedAsync(2);
        Assert.Equal(UploadState.Pending, queue.StateOf("a"));
        Assert.Equal(UploadState.Pending, queue.StateOf("b"));
        Assert.Equal(UploadState.Waiting, queue.StateOf("c"));
        Assert.Equal(UploadState.Waiting, queue.StateOf("d"));
        Assert.Equal(4, queue.Unchecked);

        gate.Release("a");
        await gate.StartedAsync(3);
        Assert.Null(queue.StateOf("a"));
        Assert.Equal(UploadState.Pending, queue.StateOf("c"));
        foreach (var blob in new[] { "b", "c", "d" }) gate.Release(blob);
        Assert.True(await queue.DrainAsync(TimeSpan.FromMinutes(5)));
        Assert.Equal(0, queue.Unchecked);
        Assert.Equal(2, gate.MostAtOnce);
    }

    [Fact]
    public async Task Stopping_takes_nothing_new_and_cuts_off_what_outlasts_the_bound()
    {
        var gate = new Gate();
        var queue = new IntakeQueue(gate.ProcessAsync, concurrency: 1, NullLogger.Instance);
        queue.Enqueue("stuck");
        queue.Enqueue("behind");
        await gate.StartedAsync(1);

        // "stuck" never finishes by itself: the bound passes, it is cancelled, "behind" is left for the next start.
        Assert.False(await queue.DrainAsync(TimeSpan.Zero));
        Assert.False(queue.Enqueue("late"));
        Assert.Null(queue.StateOf("late"));
        Assert.Equal(0, gate.Running);
        await queue.DisposeAsync();
    }
    [Fact]
    public async Task Work_run_through_the_queue_waits_its_turn_within_the_bound_and_gives_its_result()
    {
        var gate = new Gate();
        await using var queue = new IntakeQueue(gate.ProcessAsync, concurrency: 1, NullLogger.Instance);
        queue.Enqueue("received");
        await gate.StartedAsync(1);

        // The sweep's intake of a stuck upload: behind the upload being checked, never beside it.
        var swept = queue.RunAsync("stuck", async token => { await gate.ProcessAsync("stuck", token); return 42; }, CancellationToken.None);
        Assert.Equal(UploadState.Waiting, queue.StateOf("stuck"));
        Assert.False(swept.IsCompleted);

        gate.Release("received");
        await gate.StartedAsync(2);
        Assert.Equal(UploadState.Pending, queue.StateOf("stuck"));
        gate.Release("stuck");
        Assert.Equal(42, await swept);
        Assert.Equal(1, gate.MostAtOnce);

        var failing = queue.RunAsync<int>("broken", _ => throw new InvalidOperationException("storage went away"), CancellationToken.None);
        Assert.Equal("storage went away", (await Assert.ThrowsAsync<InvalidOperationException>(() => failing)).Message);

        Assert.True(await queue.DrainAsync(TimeSpan.FromMinutes(1)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queue.RunAsync("late", _ => Task.FromResult(1), CancellationToken.None));
    }
}
