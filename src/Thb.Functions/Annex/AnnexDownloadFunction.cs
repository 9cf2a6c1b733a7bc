using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Thb.Annex;
using Thb.Cycles;

namespace Thb.Functions.Annex;

/// <summary>
/// GET /api/annex/{cycle}[?format=xlsx|csv|json]: the latest compiled annex of a cycle, streamed from storage.
/// Function-key authorisation for now; the portal adds its own access later.
/// </summary>
public sealed class AnnexDownloadFunction(AnnexService annex)
{
    public const string Name = "AnnexDownload";
    public const string Route = "annex/{cycle}";

    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Route)] HttpRequest request,
        string cycle,
        CancellationToken cancellationToken)
    {
        if (!Identifiers.IsValid(cycle)) return new BadRequestObjectResult($"'{cycle}' is not a cycle id.");
        if (!AnnexFormats.TryParse(request.Query["format"], out var format))
            return new BadRequestObjectResult("format must be xlsx, csv or json.");
        var download = await annex.OpenLatestAsync(cycle, format, cancellationToken);
        if (download is null) return new NotFoundObjectResult($"Cycle '{cycle}' has no compiled annex yet.");
        // FileStreamResult disposes the stream once the response is written.
        return new FileStreamResult(download.Content, download.ContentType) { FileDownloadName = download.FileName };
    }
}
