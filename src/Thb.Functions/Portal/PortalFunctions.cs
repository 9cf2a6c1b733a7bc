using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Thb.Portal;

namespace Thb.Functions.Portal;

/// <summary>
/// The portal's HTTP functions (ASP.NET Core integration): bind the route and call the handler of the endpoint table
/// (<see cref="ThbEndpoints"/>), which `thb serve` maps too. Anonymous at the host: every handler checks the signed link
/// token itself and answers any failure with the same plain 403.
/// </summary>
public sealed class PortalFunctions(PortalHandlers handlers)
{
    private const AuthorizationLevel Anonymous = AuthorizationLevel.Anonymous;

    [Function(PortalRoutes.Names.ContributorPage)]
    public async Task<IResult> ContributorPage([HttpTrigger(Anonymous, "get", Route = PortalRoutes.Contributor)] HttpRequest request, string cycle, string contributor) =>
        await handlers.ContributorPageAsync(request.HttpContext, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor));

    [Function(PortalRoutes.Names.Template)]
    public async Task<IResult> Template([HttpTrigger(Anonymous, "get", Route = PortalRoutes.Template)] HttpRequest request, string cycle, string contributor) =>
        await handlers.TemplateAsync(request.HttpContext, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor));

    [Function(PortalRoutes.Names.Uploads)]
    public async Task<IResult> Uploads([HttpTrigger(Anonymous, "get", "post", Route = PortalRoutes.Uploads)] HttpRequest request, string cycle, string contributor) =>
        HttpMethods.IsPost(request.Method)
            ? await handlers.UploadAsync(request.HttpContext, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor))
            : await handlers.UploadsAsync(request.HttpContext, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor));

    [Function(PortalRoutes.Names.Feedback)]
    public async Task<IResult> Feedback([HttpTrigger(Anonymous, "get", Route = PortalRoutes.Feedback)] HttpRequest request,
        string cycle, string contributor, string submission) =>
        await handlers.FeedbackAsync(request.HttpContext, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor), RouteIds.Submission(submission));

    // The delegation's reply to the Presidency's review (issue 16).
    [Function(PortalRoutes.Names.Replies)]
    public async Task<IResult> Replies([HttpTrigger(Anonymous, "post", Route = PortalRoutes.Replies)] HttpRequest request, string cycle, string contributor) =>
        await handlers.ReplyAsync(request.HttpContext, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor));

    [Function(PortalRoutes.Names.Status)]
    public async Task<IResult> Status([HttpTrigger(Anonymous, "get", Route = PortalRoutes.Status)] HttpRequest request, string cycle) =>
        await handlers.StatusAsync(request.HttpContext, RouteIds.Cycle(cycle));

    [Function(PortalRoutes.Names.Annex)]
    public async Task<IResult> Annex([HttpTrigger(Anonymous, "get", Route = PortalRoutes.Annex)] HttpRequest request, string cycle) =>
        await handlers.AnnexAsync(request.HttpContext, RouteIds.Cycle(cycle));

    [Function(PortalRoutes.Names.Asset)]
    public IResult Asset([HttpTrigger(Anonymous, "get", Route = PortalRoutes.Asset)] HttpRequest request, string name) => PortalHandlers.Asset(name);
}
