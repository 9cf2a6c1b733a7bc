using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Thb.Portal;

/// <summary>
/// Every HTTP endpoint, declared once (one route group, handlers returning typed results). `thb serve` maps this table
/// on Kestrel; the Functions' [HttpTrigger]s use the same <see cref="PortalRoutes"/> constants and call the same
/// handlers, and a test holds the built functions.metadata to this table.
/// </summary>
public static class ThbEndpoints
{
    private static readonly string Get = HttpMethods.Get;
    private static readonly string Post = HttpMethods.Post;

    public static IReadOnlyList<ThbEndpoint> All { get; } =
    [
        new(PortalRoutes.Names.ContributorPage, Get, PortalRoutes.Contributor, EndpointAccess.SignedLink,
            ([FromServices] PortalHandlers p, HttpContext h, string cycle, string contributor) => p.ContributorPageAsync(h, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor))),
        new(PortalRoutes.Names.Template, Get, PortalRoutes.Template, EndpointAccess.SignedLink,
            ([FromServices] PortalHandlers p, HttpContext h, string cycle, string contributor) => p.TemplateAsync(h, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor))),
        new(PortalRoutes.Names.Uploads, Get, PortalRoutes.Uploads, EndpointAccess.SignedLink,
            ([FromServices] PortalHandlers p, HttpContext h, string cycle, string contributor) => p.UploadsAsync(h, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor))),
        new(PortalRoutes.Names.Uploads, Post, PortalRoutes.Uploads, EndpointAccess.SignedLink,
            ([FromServices] PortalHandlers p, HttpContext h, string cycle, string contributor) => p.UploadAsync(h, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor))),
        new(PortalRoutes.Names.Feedback, Get, PortalRoutes.Feedback, EndpointAccess.SignedLink,
            ([FromServices] PortalHandlers p, HttpContext h, string cycle, string contributor, string submission) => p.FeedbackAsync(h, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor), RouteIds.Submission(submission))),
        // The delegation's reply to the Presidency's review (issue 16).
        new(PortalRoutes.Names.Replies, Post, PortalRoutes.Replies, EndpointAccess.SignedLink,
            ([FromServices] PortalHandlers p, HttpContext h, string cycle, string contributor) => p.ReplyAsync(h, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor))),
        new(PortalRoutes.Names.Status, Get, PortalRoutes.Status, EndpointAccess.SignedLink,
            ([FromServices] PortalHandlers p, HttpContext h, string cycle) => p.StatusAsync(h, RouteIds.Cycle(cycle))),
        new(PortalRoutes.Names.Annex, Get, PortalRoutes.Annex, EndpointAccess.SignedLink,
            ([FromServices] PortalHandlers p, HttpContext h, string cycle) => p.AnnexAsync(h, RouteIds.Cycle(cycle))),
        // The Presidency's workspace (PresidencyHandlers): its page, a contributor's rows, the review's forms and "remind now".
        new(PortalRoutes.Names.PresidencyPage, Get, PortalRoutes.Presidency, EndpointAccess.SignedLink,
            ([FromServices] PresidencyHandlers p, HttpContext h, string cycle) => p.PageAsync(h, RouteIds.Cycle(cycle))),
        new(PortalRoutes.Names.PresidencyRows, Get, PortalRoutes.PresidencyRows, EndpointAccess.SignedLink,
            ([FromServices] PresidencyHandlers p, HttpContext h, string cycle, string contributor) => p.RowsAsync(h, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor))),
        new(PortalRoutes.Names.ReviewApprove, Post, PortalRoutes.ReviewApprove, EndpointAccess.SignedLink,
            ([FromServices] PresidencyHandlers p, HttpContext h, string cycle, string contributor) => p.ApproveAsync(h, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor))),
        new(PortalRoutes.Names.ReviewRequestCorrection, Post, PortalRoutes.ReviewRequestCorrection, EndpointAccess.SignedLink,
            ([FromServices] PresidencyHandlers p, HttpContext h, string cycle, string contributor) => p.RequestCorrectionAsync(h, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor))),
        new(PortalRoutes.Names.ReviewCorrect, Post, PortalRoutes.ReviewCorrect, EndpointAccess.SignedLink,
            ([FromServices] PresidencyHandlers p, HttpContext h, string cycle, string contributor) => p.CorrectAsync(h, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor))),
        new(PortalRoutes.Names.ReviewUndo, Post, PortalRoutes.ReviewUndo, EndpointAccess.SignedLink,
            ([FromServices] PresidencyHandlers p, HttpContext h, string cycle, string contributor) => p.UndoAsync(h, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor))),
        new(PortalRoutes.Names.ReviewRule, Post, PortalRoutes.ReviewRule, EndpointAccess.SignedLink,
            ([FromServices] PresidencyHandlers p, HttpContext h, string cycle, string contributor) => p.AddRuleAsync(h, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor))),
        new(PortalRoutes.Names.RemindNow, Post, PortalRoutes.RemindNow, EndpointAccess.SignedLink,
            ([FromServices] PresidencyHandlers p, HttpContext h, string cycle, string contributor) => p.RemindNowAsync(h, RouteIds.Cycle(cycle), RouteIds.Contributor(contributor))),
        new(PortalRoutes.Names.Asset, Get, PortalRoutes.Asset, EndpointAccess.Public,
            (string name) => PortalHandlers.Asset(name)),
        new(PortalRoutes.Names.AnnexDownload, Get, PortalRoutes.AnnexDownload, EndpointAccess.FunctionKey,
            ([FromServices] AnnexDownloads a, HttpContext h, string cycle) => a.LatestAsync(cycle, h.Request.Query["format"], h.RequestAborted)),
        new(PortalRoutes.Names.Health, Get, PortalRoutes.Health, EndpointAccess.Public,
            ([FromServices] HealthCheck c, HttpContext h) => c.CheckAsync(h.RequestAborted)),
    ];

    /// <summary>
    /// The table as one route group under "/api", behind <see cref="HttpEdge"/> (security headers on every answer,
    /// bad requests and faults answered and logged). The services the handlers name come from the app's container.
    /// </summary>
    public static RouteGroupBuilder MapThbEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/" + PortalRoutes.ApiPrefix);
        foreach (var endpoint in All)
        {
            var mapped = group.MapMethods(endpoint.Route, [endpoint.Method], endpoint.Handler);
            if (endpoint.Method == Post) mapped.DisableAntiforgery();
        }
        return group;
    }
}
