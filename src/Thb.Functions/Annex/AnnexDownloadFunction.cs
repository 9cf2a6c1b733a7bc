using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Thb.Portal;

namespace Thb.Functions.Annex;

/// <summary>GET /api/annex/{cycle}[?format=xlsx|csv|json|docx] (function key): <see cref="AnnexDownloads"/>, as `thb serve` maps it.</summary>
public sealed class AnnexDownloadFunction(AnnexDownloads downloads)
{
    public const string Name = PortalRoutes.Names.AnnexDownload;
    public const string Route = PortalRoutes.AnnexDownload;

    [Function(Name)]
    public async Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = Route)] HttpRequest request, string cycle, CancellationToken cancellationToken) =>
        await downloads.LatestAsync(cycle, request.Query["format"], cancellationToken);
}
