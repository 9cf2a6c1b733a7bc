using Microsoft.AspNetCore.Http;

namespace Thb.Portal;

/// <summary>The portal's stylesheet or script: the same for everyone, so cacheable for an hour.</summary>
public sealed class AssetFile(byte[] content, string contentType) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.Headers.CacheControl = "public, max-age=3600";
        return response.Body.WriteAsync(content, httpContext.RequestAborted).AsTask();
    }
}
