using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Thb.Portal;

namespace Thb.Functions.Portal;

/// <summary>
/// The portal's HTTP functions (ASP.NET Core integration). Anonymous at the host: every handler checks the signed link
/// token itself and answers any failure with the same plain 403. The handlers are the ones `thb serve` hosts on Kestrel.
/// </summary>
public sealed class PortalFunctions(PortalHandlers handlers)
{
    private const string Contributor = "portal/c/{cycle}/{contributor}";
    private const string Presidency = "portal/p/{cycle}";

    [Function("PortalContributorPage")]
    public Task<IActionResult> ContributorPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Contributor)] HttpRequest request, string cycle, string contributor) =>
        Handle(request, (p, h) => p.ContributorPageAsync(h, cycle, contributor));

    [Function("PortalTemplate")]
    public Task<IActionResult> Template([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Contributor + "/template")] HttpRequest request, string cycle, string contributor) =>
        Handle(request, (p, h) => p.TemplateAsync(h, cycle, contributor));

    [Function("PortalUploads")]
    public Task<IActionResult> Uploads([HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = Contributor + "/uploads")] HttpRequest request, string cycle, string contributor) =>
        Handle(request, (p, h) => HttpMethods.IsPost(h.Request.Method) ? p.UploadAsync(h, cycle, contributor) : p.UploadsAsync(h, cycle, contributor));

    [Function("PortalFeedback")]
    public Task<IActionResult> Feedback([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Contributor + "/feedback/{submission}")] HttpRequest request,
        string cycle, string contributor, string submission) =>
        Handle(request, (p, h) => p.FeedbackAsync(h, cycle, contributor, submission));

    [Function("PortalPresidencyPage")]
    public Task<IActionResult> PresidencyPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Presidency)] HttpRequest request, string cycle) =>
        Handle(request, (p, h) => p.PresidencyPageAsync(h, cycle));

    [Function("PortalStatus")]
    public Task<IActionResult> Status([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Presidency + "/status")] HttpRequest request, string cycle) =>
        Handle(request, (p, h) => p.StatusAsync(h, cycle));

    [Function("PortalAnnex")]
    public Task<IActionResult> Annex([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Presidency + "/annex")] HttpRequest request, string cycle) =>
        Handle(request, (p, h) => p.AnnexAsync(h, cycle));

    [Function("PortalAsset")]
    public async Task<IActionResult> Asset([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "portal/assets/{name}")] HttpRequest request, string name)
    {
        await PortalHandlers.AssetAsync(request.HttpContext, name);
        return new EmptyResult();
    }

    private async Task<IActionResult> Handle(HttpRequest request, Func<PortalHandlers, HttpContext, Task> handler)
    {
        // Without a configured secret no link is valid: the handlers answer with the same 403 as any bad link.
        await handler(handlers, request.HttpContext);
        return new EmptyResult();
    }
}
