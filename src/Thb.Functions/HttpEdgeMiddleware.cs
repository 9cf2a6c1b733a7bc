using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;
using Thb.Portal;

namespace Thb.Functions;

/// <summary>Every HTTP invocation through <see cref="HttpEdge"/>, as `thb serve` runs its requests: security headers on every answer, faults answered and logged.</summary>
public sealed class HttpEdgeMiddleware(ILogger<HttpEdgeMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next) =>
        context.GetHttpContext() is { } http ? HttpEdge.RunAsync(http, () => next(context), logger) : next(context);
}
