using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Thb.Portal;

/// <summary>
/// What every HTTP answer goes through, in both hosts (`thb serve`'s middleware and the Functions worker's): the
/// security headers first, so 400, 403, 404 and 500 carry them as the pages do; a request the server could not read
/// (cut off, malformed) becomes a 400 saying what to do; any other fault a logged 500 with a message, never an empty body.
/// Nothing of the request's address is logged: links carry tokens.
/// </summary>
public static class HttpEdge
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /// <summary>No caching of personal pages, no referrer (links carry tokens), no framing, scripts and styles only from this app.</summary>
    public static void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Content-Type-Options"] = "nosniff";
        headers["X-Frame-Options"] = "DENY";
        headers["Content-Security-Policy"] = ContentSecurityPolicy;
    }

    public static async Task RunAsync(HttpContext http, Func<Task> next, ILogger logger)
    {
        Apply(http.Response);
        try
        {
            await next();
        }
        catch (BadHttpRequestException e)
        {
            logger.LogWarning("Request refused ({Status}): the server could not read it ({Reason}).", e.StatusCode, e.Message);
            await AnswerAsync(http, e.StatusCode, "The request could not be read (it was cut off or malformed). Reload the page and try again.");
        }
        catch (Exception e) when (e is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(e, "Request failed with an internal error.");
            await AnswerAsync(http, StatusCodes.Status500InternalServerError,
                "Something went wrong on our side. Nothing you sent was lost; try again in a few minutes.");
        }
    }

    private static async Task AnswerAsync(HttpContext http, int status, string message)
    {
        if (http.Response.HasStarted) return;
        http.Response.Clear();
        Apply(http.Response);
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(JsonSerializer.Serialize(new PortalMessage(message)), CancellationToken.None);
    }
}
