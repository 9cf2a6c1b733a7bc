using Azure;
using Azure.Data.Tables;
using Thb.Intake;

namespace Thb.Tests.Intake;

/// <summary>The rows' transactions go up several at a time while small, one at a time when large, and a fault is never lost.</summary>
public class TransactionsInFlightTests
{
    /// <summary>A send that finishes only when the test says so, counting how many are open at once.</summary>
    private sealed class HeldSends
    {
        public readonly List<TaskCompletionSource<Response<IReadOnlyList<Response>>>> Open = [];
        public int MostAtOnce { get; private set; }
        private int _running;

        public Task<Response<IReadOnlyList<Response>>> SendAsync(IEnumerable<TableTransactionAction> batch, CancellationToken cancellationToken)
        {
            var sent = new TaskCompletionSource<Response<IReadOnlyList<Response>>>(TaskCreationOptions.RunContinuationsAsynchronously);
            Open.Add(sent);
            MostAtOnce = Math.Max(MostAtOnce, ++_running);
            return Finish(sent.Task);
        }

        private async Task<Response<IReadOnlyList<Response>>> Finish(Task<Response<IReadOnlyList<Response>>> sent)
        {
            try { return await sent; }
            finally { _running--; }
        }

        public void Complete(int index) => Open[index].SetResult(null!);
    }

    private static List<TableTransactionAction> Batch() => [new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "r"))];

    [Fact]
    public async Task Small_batches_go_up_four_at_a_time()
    {
        var sends = new HeldSends();
        var inFlight = new TransactionsInFlight(sends.SendAsync, maxCount: 4, maxBytes: 1024 * 1024);
        for (var i = 0; i < 4; i++) await inFlight.SendAsync(Batch(), 1000, CancellationToken.None);
        Assert.Equal(4, inFlight.Count);

        var fifth = inFlight.SendAsync(Batch(), 1000, CancellationToken.None);
        Assert.False(fifth.IsCompleted); // waits for room
        sends.Complete(2);
        await fifth;
        Assert.Equal(5, sends.Open.Count);

        var drained = inFlight.DrainAsync();
        foreach (var i in new[] { 0, 1, 3, 4 }) sends.Complete(i);
        await drained;
        Assert.Equal(0, inFlight.Count);
        Assert.Equal(4, sends.MostAtOnce);
    }

    [Fact]
    public async Task Large_batches_go_up_one_at_a_time()
    {
        var sends = new HeldSends();
        var inFlight = new TransactionsInFlight(sends.SendAsync, maxCount: 4, maxBytes: 1024 * 1024);
        await inFlight.SendAsync(Batch(), 800_000, CancellationToken.None);
        var second = inFlight.SendAsync(Batch(), 800_000, CancellationToken.None);
        Assert.False(second.IsCompleted);
        Assert.Single(sends.Open);
        sends.Complete(0);
        await second;
        sends.Complete(1);
        await inFlight.DrainAsync();
        Assert.Equal(1, sends.MostAtOnce);
    }

    [Fact]
    public async Task A_fault_is_thrown_and_the_others_are_waited_for()
    {
        var sends = new HeldSends();
        var inFlight = new TransactionsInFlight(sends.SendAsync, maxCount: 4, maxBytes: 1024 * 1024);
        for (var i = 0; i < 3; i++) await inFlight.SendAsync(Batch(), 1000, CancellationToken.None);
        sends.Open[1].SetException(new RequestFailedException(400, "InvalidDuplicateRow"));

        var fault = await Assert.ThrowsAsync<RequestFailedException>(() => inFlight.DrainAsync());
        Assert.Equal(400, fault.Status);

        var forgotten = inFlight.ForgetAsync();
        Assert.False(forgotten.IsCompleted); // the two others are still writing
        sends.Open[0].SetException(new RequestFailedException(503, "busy"));
        sends.Complete(2);
        await forgotten; // their outcome does not replace the fault reported
        Assert.Equal(0, inFlight.Count);
    }
}
