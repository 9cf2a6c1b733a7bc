using Microsoft.AspNetCore.Http;

namespace Thb.Portal;

/// <summary>
/// A file handed out as an attachment, streamed from where it is stored (a blob's download stream) and disposed once
/// written: no download is read whole into memory.
/// </summary>
public sealed class FileDownload(Stream content, string contentType, string fileName, long? length = null) : IResult, IStatusCodeHttpResult, IAsyncDisposable
{
    public Stream Content => content;
    public string ContentType => contentType;

    /// <summary>The name offered to the browser, reduced to safe characters.</summary>
    public string FileName { get; } = PortalFileNames.Safe(fileName);

    public int? StatusCode => StatusCodes.Status200OK;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        await using (content)
        {
            var response = httpContext.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = contentType;
            response.Headers.ContentDisposition = $"attachment; filename=\"{FileName}\"";
            if (length is { } known) response.ContentLength = known;
            await content.CopyToAsync(response.Body, httpContext.RequestAborted);
        }
    }

    public ValueTask DisposeAsync() => content.DisposeAsync();
}
