using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Thb.Portal;

namespace Thb.Functions.Portal;

/// <summary>
/// The Presidency's workspace as HTTP functions: its page, a contributor's rows, and the review's forms (POST), each
/// binding the route and calling the handler of the endpoint table (<see cref="ThbEndpoints"/>). Anonymous at the host:
/// the handlers accept a Presidency link of the cycle only, and answer anything else with the same plain 403.
/// </summary>
public sealed class PresidencyFunctions(PresidencyHandlers handlers)
{
    private const AuthorizationLevel Anonymous = AuthorizationLevel.Anonymous;

    [Function(PortalRoutes.Names.PresidencyPage)]
    public async Task<IResult> Page([HttpTrigger(Anonymous, "get", Route = PortalRoutes.Presidency)] HttpRequest request, string cycle) =>
        await handlers.PageAsync(request.HttpContext, RouteIds.Cycle(cycle));

    [Function(PortalRoutes.Names.PresidencyRows)]
    public async Task<IResult> Rows([HttpTrigger(Anonymous, "get", Route = PortalRoutes.PresidencyRows)] HttpRequest request, string cycle, string contributor) =>
        await handlers.RowsAsync(request.HttpContext, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor));

    [Function(PortalRoutes.Names.ReviewApprove)]
    public async Task<IResult> Approve([HttpTrigger(Anonymous, "post", Route = PortalRoutes.ReviewApprove)] HttpRequest request, string cycle, string contributor) =>
        await handlers.ApproveAsync(request.HttpContext, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor));

    [Function(PortalRoutes.Names.ReviewRequestCorrection)]
    public async Task<IResult> RequestCorrection([HttpTrigger(Anonymous, "post", Route = PortalRoutes.ReviewRequestCorrection)] HttpRequest request, string cycle, string contributor) =>
        await handlers.RequestCorrectionAsync(request.HttpContext, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor));

    [Function(PortalRoutes.Names.ReviewCorrect)]
    public async Task<IResult> Correct([HttpTrigger(Anonymous, "post", Route = PortalRoutes.ReviewCorrect)] HttpRequest request, string cycle, string contributor) =>
        await handlers.CorrectAsync(request.HttpContext, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor));

    [Function(PortalRoutes.Names.ReviewUndo)]
    public async Task<IResult> Undo([HttpTrigger(Anonymous, "post", Route = PortalRoutes.ReviewUndo)] HttpRequest request, string cycle, string contributor) =>
        await handlers.UndoAsync(request.HttpContext, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor));

    [Function(PortalRoutes.Names.ReviewRule)]
    public async Task<IResult> Rule([HttpTrigger(Anonymous, "post", Route = PortalRoutes.ReviewRule)] HttpRequest request, string cycle, string contributor) =>
        await handlers.AddRuleAsync(request.HttpContext, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor));

    [Function(PortalRoutes.Names.RemindNow)]
    public async Task<IResult> RemindNow([HttpTrigger(Anonymous, "post", Route = PortalRoutes.RemindNow)] HttpRequest request, string cycle, string contributor) =>
        await handlers.RemindNowAsync(request.HttpContext, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor));
}
