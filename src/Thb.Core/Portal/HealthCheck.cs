using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Thb.Storage;

namespace Thb.Portal;

/// <summary>
/// GET /api/health: can this instance reach its storage? One read on the returns container and one on the cycles
/// table, each bounded (a storage account that does not answer makes the check fail in seconds, not after the SDK's
/// retries); 200 when both answer, 503 otherwise, with a small JSON saying which did not.
/// </summary>
public sealed class HealthCheck(ThbStorage storage)
{
    public const string Ok = "ok";

    /// <summary>How long each storage service gets to answer.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    public async Task<JsonHttpResult<HealthReport>> CheckAsync(CancellationToken cancellationToken)
    {
        var blob = ProbeAsync(async token => await storage.Container(StorageNames.Containers.Returns).ExistsAsync(token), cancellationToken);
        var table = ProbeAsync(async token =>
        {
            await foreach (var _ in storage.Table(StorageNames.Tables.Cycles).QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: token))
                break;
        }, cancellationToken);
        var report = new HealthReport("", await blob, await table);
        report = report with { Status = report.Healthy ? "healthy" : "unhealthy" };
        return TypedResults.Json(report, contentType: "application/json; charset=utf-8",
            statusCode: report.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<string> ProbeAsync(Func<CancellationToken, Task> probe, CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(Bound);
        try
        {
            await probe(bounded.Token);
            return Ok;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"no answer within {Bound.TotalSeconds:0} s";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return "unreachable: " + e.Message.Split('\n')[0].Trim();
        }
    }
}
