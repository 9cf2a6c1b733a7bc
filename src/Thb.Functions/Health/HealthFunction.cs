using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Thb.Portal;

namespace Thb.Functions.Health;

/// <summary>GET /api/health (anonymous): 200 when this instance reaches its blob and table storage, else 503 (<see cref="HealthCheck"/>).</summary>
public sealed class HealthFunction(HealthCheck check)
{
    [Function(PortalRoutes.Names.Health)]
    public async Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = PortalRoutes.Health)] HttpRequest request, CancellationToken cancellationToken) =>
        await check.CheckAsync(cancellationToken);
}
