using Azure;
using Azure.Data.Tables;

namespace Thb.Intake;

/// <summary>
/// Table transactions sent without waiting for each to finish: at most <c>maxCount</c> at once, and no more than
/// <c>maxBytes</c> of entities (as estimated) in flight beside the first, so that large batches still go one at a time
/// (the SDK holds several copies of a batch while it is sent).
/// </summary>
internal sealed class TransactionsInFlight(
    Func<IEnumerable<TableTransactionAction>, CancellationToken, Task<Response<IReadOnlyList<Response>>>> send, int maxCount, long maxBytes)
{
    private readonly List<(Task Sent, long Bytes)> _sent = new(maxCount);
    private long _bytes;

    /// <summary>How many are sent and not yet finished.</summary>
    public int Count => _sent.Count;

    /// <summary>Sends <paramref name="batch"/> once there is room for it; a fault of an earlier one is thrown here.</summary>
    public async Task SendAsync(List<TableTransactionAction> batch, long bytes, CancellationToken cancellationToken)
    {
        while (_sent.Count >= maxCount || _sent.Count > 0 && _bytes + bytes > maxBytes)
            await FinishOneAsync();
        _sent.Add((send(batch, cancellationToken), bytes));
        _bytes += bytes;
    }

    /// <summary>Waits for every transaction sent; the first fault is thrown.</summary>
    public async Task DrainAsync()
    {
        while (_sent.Count > 0) await FinishOneAsync();
    }

    /// <summary>After a fault: lets the others finish (or fail) without throwing, so that nothing is still writing when the caller goes on.</summary>
    public async Task ForgetAsync()
    {
        foreach (var (sent, _) in _sent)
        {
            try
            {
                await sent;
            }
            catch (Exception)
            {
                // The fault already on its way to the caller is the one reported.
            }
        }
        _sent.Clear();
        _bytes = 0;
    }

    private async Task FinishOneAsync()
    {
        var done = await Task.WhenAny(_sent.Select(s => s.Sent));
        var index = _sent.FindIndex(s => s.Sent == done);
        _bytes -= _sent[index].Bytes;
        _sent.RemoveAt(index);
        await done;
    }
}
