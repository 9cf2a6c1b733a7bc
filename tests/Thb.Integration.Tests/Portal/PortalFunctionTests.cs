using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Thb.Cli.Commands;
using Thb.Functions.Portal;
using Thb.IntegrationTests.Functions;

namespace Thb.IntegrationTests.Portal;

/// <summary>The portal's HTTP functions as the host reads them (functions.metadata), and the function classes themselves.</summary>
public class PortalFunctionTests
{
    /// <summary>Function name → (route under the "api" prefix, methods).</summary>
    private static readonly Dictionary<string, (string Route, string[] Methods)> Expected = new()
    {
        ["PortalContributorPage"] = ("portal/c/{cycle}/{contributor}", ["get"]),
        ["PortalTemplate"] = ("portal/c/{cycle}/{contributor}/template", ["get"]),
        ["PortalUploads"] = ("portal/c/{cycle}/{contributor}/uploads", ["get", "post"]),
        ["PortalFeedback"] = ("portal/c/{cycle}/{contributor}/feedback/{submission}", ["get"]),
        ["PortalPresidencyPage"] = ("portal/p/{cycle}", ["get"]),
        ["PortalStatus"] = ("portal/p/{cycle}/status", ["get"]),
        ["PortalAnnex"] = ("portal/p/{cycle}/annex", ["get"]),
        ["PortalAsset"] = ("portal/assets/{name}", ["get"]),
    };

    [Fact]
    public void The_portal_functions_are_anonymous_http_triggers_on_the_portal_routes()
    {
        Assert.Equal(Expected.Keys.Order(), FunctionMetadata.Names().Where(n => n.StartsWith("Portal", StringComparison.Ordinal)).Order());
        foreach (var (name, (route, methods)) in Expected)
        {
            var trigger = FunctionMetadata.Trigger(name);
            Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
            Assert.Equal("In", trigger.GetProperty("direction").GetString());
            // Anonymous at the host: the signed link is the credential, checked by the handler itself.
            Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
            Assert.Equal(route, trigger.GetProperty("route").GetString());
            Assert.Equal(methods, trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant()).Order().ToArray());
        }
    }

    [Fact]
    public async Task Thb_serve_maps_exactly_the_routes_of_the_functions()
    {
        var s = await PortalScenario.CreateAsync();
        await using var app = WebApplication.CreateSlimBuilder().Build();
        ServeCommand.Map(app, s.Handlers);
        var served = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m.ToLowerInvariant()} {e.RoutePattern.RawText}"))
            .Order().ToArray();
        var functions = Expected.Values.SelectMany(v => v.Methods.Select(m => $"{m} /api/{v.Route}")).Order().ToArray();
        Assert.Equal(functions, served);
    }

    [Fact]
    public async Task The_function_classes_run_the_handlers_and_refuse_everything_without_a_secret()
    {
        var s = await PortalScenario.CreateAsync();
        var functions = ActivatorUtilities.CreateInstance<PortalFunctions>(s.Services.Provider);
        var http = PortalRequests.Get(s.ContributorToken("eurojust"));
        Assert.IsType<EmptyResult>(await functions.ContributorPage(http.Request, s.Cycle.Id, "eurojust"));
        Assert.Equal(200, http.Response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", http.Response.ContentType);

        var upload = PortalRequests.Upload(s.ContributorToken("eurojust"), "Eurojust.xlsx", PortalScenario.SampleBytes("Eurojust"));
        await functions.Uploads(upload.Request, s.Cycle.Id, "eurojust");
        Assert.Equal(202, upload.Response.StatusCode);

        var css = PortalRequests.Get(null);
        await functions.Asset(css.Request, "portal.css");
        Assert.Equal(200, css.Response.StatusCode);
        Assert.Equal("text/css; charset=utf-8", css.Response.ContentType);
        var unknownAsset = PortalRequests.Get(null);
        await functions.Asset(unknownAsset.Request, "../secrets.txt");
        Assert.Equal(404, unknownAsset.Response.StatusCode);

        // No THB_PORTAL_SECRET: no link can be valid, and the answer is the same plain 403.
        var unconfigured = ActivatorUtilities.CreateInstance<PortalFunctions>((await TestStorage.ServicesAsync()).Provider);
        var refused = PortalRequests.Get(s.ContributorToken("eurojust"));
        await unconfigured.ContributorPage(refused.Request, s.Cycle.Id, "eurojust");
        var response = await PortalRequests.SendAsync(refused, _ => Task.CompletedTask);
        Assert.Equal(403, response.Status);
        Assert.Equal("text/plain; charset=utf-8", response.ContentType);
        Assert.Equal("Forbidden", response.Text);
    }
}
