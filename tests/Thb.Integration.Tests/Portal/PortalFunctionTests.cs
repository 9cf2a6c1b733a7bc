using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Thb.Portal;
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
        ["PortalReplies"] = ("portal/c/{cycle}/{contributor}/replies", ["post"]),
        ["PortalPresidencyPage"] = ("portal/p/{cycle}", ["get"]),
        ["PortalStatus"] = ("portal/p/{cycle}/status", ["get"]),
        ["PortalAnnex"] = ("portal/p/{cycle}/annex", ["get"]),
        ["PortalAsset"] = ("portal/assets/{name}", ["get"]),
        // The Presidency's workspace: a contributor's rows, and the forms its page posts.
        ["PortalPresidencyRows"] = ("portal/p/{cycle}/rows/{contributor}", ["get"]),
        ["PortalReviewApprove"] = ("portal/p/{cycle}/review/{contributor}/approve", ["post"]),
        ["PortalReviewRequestCorrection"] = ("portal/p/{cycle}/review/{contributor}/request-correction", ["post"]),
        ["PortalReviewCorrect"] = ("portal/p/{cycle}/review/{contributor}/correct", ["post"]),
        ["PortalReviewUndo"] = ("portal/p/{cycle}/review/{contributor}/undo", ["post"]),
        ["PortalReviewRule"] = ("portal/p/{cycle}/review/{contributor}/rule", ["post"]),
        ["PortalRemindNow"] = ("portal/p/{cycle}/remind/{contributor}", ["post"]),
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

    /// <summary>"get portal/p/{cycle}" for every endpoint of the table.</summary>
    private static string[] TableRoutes() => ThbEndpoints.All.Select(e => $"{e.Method.ToLowerInvariant()} {e.Route}").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Every_endpoint_of_the_table_is_a_function_with_its_route_method_and_access()
    {
        foreach (var function in ThbEndpoints.All.GroupBy(e => e.FunctionName))
        {
            var trigger = FunctionMetadata.Trigger(function.Key);
            Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
            Assert.Equal(Assert.Single(function.Select(e => e.Route).Distinct()), trigger.GetProperty("route").GetString());
            Assert.Equal(function.Select(e => e.Method.ToLowerInvariant()).Order(), trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant()).Order());
            var access = Assert.Single(function.Select(e => e.Access).Distinct());
            Assert.Equal(access == EndpointAccess.FunctionKey ? "Function" : "Anonymous", trigger.GetProperty("authLevel").GetString());
        }
        // …and no HTTP function outside the table.
        var httpFunctions = FunctionMetadata.Names().Where(n => FunctionMetadata.Trigger(n).GetProperty("type").GetString() == "httpTrigger");
        Assert.Equal(ThbEndpoints.All.Select(e => e.FunctionName).Distinct().Order(), httpFunctions.Order());
    }

    [Fact]
    public async Task Thb_serve_maps_exactly_the_endpoints_of_the_table()
    {
        var s = await PortalScenario.CreateAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddSingleton(s.Handlers).AddSingleton(s.Services.Get<AnnexDownloads>()).AddSingleton(s.Services.Get<HealthCheck>());
        await using var app = builder.Build();
        ServeCommand.Map(app);
        var served = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m.ToLowerInvariant()} {e.RoutePattern.RawText}"))
            .Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(TableRoutes().Select(r => r.Replace(" ", " /api/")).Order(StringComparer.Ordinal), served);
        // The portal's own routes, as links and templates spell them, are among them.
        Assert.Superset(Expected.Values.SelectMany(v => v.Methods.Select(m => $"{m} {v.Route}")).ToHashSet(), TableRoutes().ToHashSet());
    }

    [Fact]
    public async Task The_function_classes_run_the_handlers_and_refuse_everything_without_a_secret()
    {
        var s = await PortalScenario.CreateAsync();
        var functions = ActivatorUtilities.CreateInstance<PortalFunctions>(s.Services.Provider);
        var http = PortalRequests.Get(s.ContributorToken("eurojust"));
        var page = await PortalRequests.ExecuteAsync(http, await functions.ContributorPage(http.Request, s.Cycle.Id, "eurojust"));
        Assert.Equal(200, page.Status);
        Assert.Equal("text/html; charset=utf-8", page.ContentType);

        var upload = PortalRequests.Upload(s.ContributorToken("eurojust"), "Eurojust.xlsx", PortalScenario.SampleBytes("Eurojust"));
        Assert.Equal(202, (await PortalRequests.ExecuteAsync(upload, await functions.Uploads(upload.Request, s.Cycle.Id, "eurojust"))).Status);

        var css = PortalRequests.Get(null);
        var stylesheet = await PortalRequests.ExecuteAsync(css, functions.Asset(css.Request, "portal.css"));
        Assert.Equal(200, stylesheet.Status);
        Assert.Equal("text/css; charset=utf-8", stylesheet.ContentType);
        var unknownAsset = PortalRequests.Get(null);
        Assert.Equal(404, (await PortalRequests.ExecuteAsync(unknownAsset, functions.Asset(unknownAsset.Request, "../secrets.txt"))).Status);

        // No THB_PORTAL_SECRET: no link can be valid, and the answer is the same plain 403.
        var unconfigured = ActivatorUtilities.CreateInstance<PortalFunctions>((await TestStorage.ServicesAsync()).Provider);
        var refused = PortalRequests.Get(s.ContributorToken("eurojust"));
        var response = await PortalRequests.ExecuteAsync(refused, await unconfigured.ContributorPage(refused.Request, s.Cycle.Id, "eurojust"));
        Assert.Equal(403, response.Status);
        Assert.Equal("text/plain; charset=utf-8", response.ContentType);
        Assert.Equal("Forbidden", response.Text);
    }
}
