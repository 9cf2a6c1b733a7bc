using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Thb.Annex;
using Thb.Cycles;

namespace Thb.Portal;

/// <summary>GET /api/annex/{cycle}[?format=xlsx|csv|json|docx] (function key): the latest compiled annex, streamed from storage.</summary>
public sealed class AnnexDownloads(AnnexService annex)
{
    public async Task<Results<FileDownload, BadRequest<PortalMessage>, NotFound<PortalMessage>>> LatestAsync(string cycle, string? format, CancellationToken cancellationToken)
    {
        if (!CycleId.TryParse(cycle, out var cycleId)) return TypedResults.BadRequest(new PortalMessage($"'{cycle}' is not a cycle id."));
        if (!AnnexFormats.TryParse(format, out var parsed))
            return TypedResults.BadRequest(new PortalMessage("format must be xlsx, csv, json, docx or svg."));
        var download = await annex.OpenLatestAsync(cycleId, parsed, cancellationToken);
        if (download is null) return TypedResults.NotFound(new PortalMessage($"Cycle '{cycle}' has no compiled annex yet."));
        return new FileDownload(download.Content, download.ContentType, download.FileName, download.Length);
    }
}
