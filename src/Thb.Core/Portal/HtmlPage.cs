using Microsoft.AspNetCore.Http;

namespace Thb.Portal;

/// <summary>A rendered page (UTF-8 HTML), 200 unless it reports a problem.</summary>
public sealed class HtmlPage(string html, int statusCode = StatusCodes.Status200OK) : IResult, IStatusCodeHttpResult
{
    public string Html => html;

    public int? StatusCode => statusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = "text/html; charset=utf-8";
        return httpContext.Response.WriteAsync(html, httpContext.RequestAborted);
    }
}
