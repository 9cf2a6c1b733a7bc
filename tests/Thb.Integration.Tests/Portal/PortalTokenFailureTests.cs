using Thb.Cycles;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Thb.Portal;
using Thb.Storage;

namespace Thb.IntegrationTests.Portal;

/// <summary>
/// Every way a link can be wrong — missing, garbage, forged, tampered, expired, someone else's, another cycle's,
/// signed with another secret — gets the identical plain 403 on every route: same status, body and content type.
/// </summary>
public class PortalTokenFailureTests
{
    private const string OtherSecret = "a-different-portal-secret-0000000000000000000000";

    private sealed record Route(string Name, Func<string?, DefaultHttpContext> Request, Func<HttpContext, Task<IResult>> Handler);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }

    /// <summary>Rewrites the signed payload (v1, cycle, contributor, role, expiry) and keeps the original signature.</summary>
    private static string TamperPayload(string token, Func<string[], string[]> change)
    {
        var parts = token.Split('.');
        var fields = Encoding.UTF8.GetString(FromBase64Url(parts[0])).Split('\n');
        return Base64Url(Encoding.UTF8.GetBytes(string.Join('\n', change(fields)))) + "." + parts[1];
    }

    /// <summary>Changes one character in the middle of the signature (the last one may only carry padding bits).</summary>
    private static string TamperSignature(string token)
    {
        var dot = token.IndexOf('.');
        var at = dot + 10;
        return token[..at] + (token[at] == 'A' ? 'B' : 'A') + token[(at + 1)..];
    }

    private static string Later(string[] fields, TimeSpan by) =>
        (long.Parse(fields[4], CultureInfo.InvariantCulture) + (long)by.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    private static async Task<(PortalScenario Scenario, string SubmissionId)> ScenarioAsync()
    {
        var s = await PortalScenario.CreateAsync();
        var posted = await PortalRequests.SendAsync(PortalRequests.Upload(s.ContributorToken("austria"), "Austria.xlsx", PortalScenario.SampleBytes("Austria")),
            h => s.Handlers.UploadAsync(h, s.Cycle.Id, RouteIds.Contributor("austria")));
        var blob = System.Text.Json.JsonDocument.Parse(posted.Body).RootElement.GetProperty("blobName").GetString()!;
        await s.Services.Intake.ProcessAsync(blob);
        var submission = Assert.Single(await s.Services.Queries.HistoryAsync(s.Cycle.Id, ContributorId.Parse("austria")));
        await s.Services.Annex.CompileAsync(s.Cycle);
        return (s, submission.Id);
    }

    private static Route[] ContributorRoutes(PortalScenario s, string submissionId) =>
    [
        new("page", t => PortalRequests.Get(t), async h => await s.Handlers.ContributorPageAsync(h, s.Cycle.Id, RouteIds.Contributor("austria"))),
        new("template", t => PortalRequests.Get(t), async h => await s.Handlers.TemplateAsync(h, s.Cycle.Id, RouteIds.Contributor("austria"))),
        new("uploads", t => PortalRequests.Get(t), async h => await s.Handlers.UploadsAsync(h, s.Cycle.Id, RouteIds.Contributor("austria"))),
        new("upload", t => PortalRequests.Upload(t, "Austria.xlsx", PortalScenario.SampleBytes("Austria")), async h => await s.Handlers.UploadAsync(h, s.Cycle.Id, RouteIds.Contributor("austria"))),
        new("feedback", t => PortalRequests.Get(t), async h => await s.Handlers.FeedbackAsync(h, s.Cycle.Id, RouteIds.Contributor("austria"), RouteIds.Submission(submissionId))),
    ];

    private static Route[] PresidencyRoutes(PortalScenario s) =>
    [
        new("presidency page", t => PortalRequests.Get(t), async h => await s.Presidency.PageAsync(h, s.Cycle.Id)),
        new("status", t => PortalRequests.Get(t), async h => await s.Handlers.StatusAsync(h, s.Cycle.Id)),
        new("annex", t => PortalRequests.Get(t), async h => await s.Handlers.AnnexAsync(h, s.Cycle.Id)),
        new("annex csv", t => PortalRequests.Get(t, "format=csv"), async h => await s.Handlers.AnnexAsync(h, s.Cycle.Id)),
    ];

    /// <summary>Tokens that fail everywhere: no token at all, or one that is not a valid grant for this cycle.</summary>
    private static Dictionary<string, string?> Failing(PortalScenario s, string validContributor, string validPresidency)
    {
        var now = s.Clock.GetUtcNow();
        var otherCycle = TestStorage.NewCycleId("other");
        return new Dictionary<string, string?>
        {
            ["missing"] = null,
            ["empty"] = "",
            ["garbage"] = "not-a-token",
            ["garbage with a dot"] = "abc.def",
            ["payload only"] = validContributor.Split('.')[0],
            ["tampered signature"] = TamperSignature(validContributor),
            ["tampered presidency signature"] = TamperSignature(validPresidency),
            ["tampered payload (expiry pushed back)"] = TamperPayload(validContributor, f => [f[0], f[1], f[2], f[3], Later(f, TimeSpan.FromDays(365))]),
            ["expired"] = s.Tokens.Issue(new PortalGrant(s.Cycle.Id, ContributorId.Parse("austria"), PortalRole.Contributor, now - TimeSpan.FromSeconds(1))),
            ["expired presidency"] = s.Tokens.Issue(new PortalGrant(s.Cycle.Id, null, PortalRole.Presidency, now - TimeSpan.FromSeconds(1))),
            ["another cycle's presidency"] = s.Tokens.Issue(new PortalGrant(CycleId.Parse(otherCycle), null, PortalRole.Presidency, now + TimeSpan.FromDays(1))),
            ["another cycle's contributor"] = s.ContributorToken("austria", cycle: otherCycle),
            ["signed with another secret"] = new PortalTokens(OtherSecret).Issue(new PortalGrant(s.Cycle.Id, ContributorId.Parse("austria"), PortalRole.Contributor, now + TimeSpan.FromDays(1))),
            ["presidency signed with another secret"] = new PortalTokens(OtherSecret).Issue(new PortalGrant(s.Cycle.Id, null, PortalRole.Presidency, now + TimeSpan.FromDays(1))),
            ["unknown version"] = TamperPayload(validContributor, f => ["v2", f[1], f[2], f[3], f[4]]),
        };
    }

    private static async Task AssertPlain403Async(PortalResponse reference, string what, Route route, string? token)
    {
        var response = await PortalRequests.SendAsync(route.Request(token), route.Handler);
        Assert.True(response.Status == reference.Status && response.ContentType == reference.ContentType && response.Body.SequenceEqual(reference.Body),
            $"{what} on {route.Name}: {response.Status} {response.ContentType} '{response.Text}'");
    }

    [Fact]
    public async Task Every_token_failure_gets_the_same_plain_403_on_every_route()
    {
        var (s, submissionId) = await ScenarioAsync();
        var austria = s.ContributorToken("austria");
        var presidency = s.PresidencyToken();
        var contributorRoutes = ContributorRoutes(s, submissionId);
        var presidencyRoutes = PresidencyRoutes(s);

        var reference = await PortalRequests.SendAsync(PortalRequests.Get(null), h => s.Handlers.ContributorPageAsync(h, s.Cycle.Id, RouteIds.Contributor("austria")));
        Assert.Equal(403, reference.Status);
        Assert.Equal("text/plain; charset=utf-8", reference.ContentType);
        Assert.Equal("Forbidden", reference.Text);

        var failing = Failing(s, austria, presidency);
        foreach (var (what, token) in failing)
        foreach (var route in contributorRoutes.Concat(presidencyRoutes))
            await AssertPlain403Async(reference, what, route, token);

        // Someone else's link on Austria's pages.
        var bulgaria = s.ContributorToken("bulgaria");
        var forgedContributor = TamperPayload(bulgaria, f => [f[0], f[1], "austria", f[3], f[4]]);
        foreach (var route in contributorRoutes)
        {
            await AssertPlain403Async(reference, "another contributor's token", route, bulgaria);
            await AssertPlain403Async(reference, "another contributor's token renamed to austria", route, forgedContributor);
        }

        // Contributor links on the Presidency's pages, even with the role rewritten.
        var promoted = TamperPayload(austria, f => [f[0], f[1], "", "presidency", f[4]]);
        foreach (var route in presidencyRoutes)
        {
            await AssertPlain403Async(reference, "a contributor token", route, austria);
            await AssertPlain403Async(reference, "another contributor's token", route, bulgaria);
            await AssertPlain403Async(reference, "a contributor token rewritten as presidency", route, promoted);
        }

        // Not one refused upload reached storage: only the scenario's own upload is there.
        var blobs = new List<string>();
        await foreach (var blob in s.Services.Storage.Container(StorageNames.Containers.Returns).GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"{s.Cycle.Id}/", CancellationToken.None))
            blobs.Add(blob.Name);
        Assert.Single(blobs);

        // The same routes open with the right links, so the 403s above are the tokens' doing.
        foreach (var route in contributorRoutes)
            Assert.InRange((await PortalRequests.SendAsync(route.Request(austria), route.Handler)).Status, 200, 202);
        foreach (var route in presidencyRoutes)
            Assert.Equal(200, (await PortalRequests.SendAsync(route.Request(presidency), route.Handler)).Status);
    }

    [Fact]
    public async Task A_link_works_until_its_expiry_and_not_a_second_longer()
    {
        var s = await PortalScenario.CreateAsync();
        var contributor = s.ContributorToken("cyprus", TimeSpan.FromHours(1));
        var presidency = s.PresidencyToken(TimeSpan.FromHours(1));
        var links = s.Services.PortalLinks!;
        var issued = links.ForContributor(s.Cycle.Id, ContributorId.Parse("cyprus"));
        var issuedToken = Uri.UnescapeDataString(issued[(issued.IndexOf("?t=", StringComparison.Ordinal) + 3)..]);

        async Task<int> ContributorPage(string token) =>
            (await PortalRequests.SendAsync(PortalRequests.Get(token), h => s.Handlers.ContributorPageAsync(h, s.Cycle.Id, RouteIds.Contributor("cyprus")))).Status;
        async Task<PortalResponse> PresidencyPage(string token) =>
            await PortalRequests.SendAsync(PortalRequests.Get(token), h => s.Presidency.PageAsync(h, s.Cycle.Id));

        Assert.Equal(200, await ContributorPage(contributor));
        Assert.Equal(200, (await PresidencyPage(presidency)).Status);

        s.Clock.Now += TimeSpan.FromHours(1) - TimeSpan.FromSeconds(1);
        Assert.Equal(200, await ContributorPage(contributor));
        Assert.Equal(200, (await PresidencyPage(presidency)).Status);

        s.Clock.Now += TimeSpan.FromSeconds(1);
        Assert.Equal(403, await ContributorPage(contributor));
        var expired = await PresidencyPage(presidency);
        Assert.Equal(403, expired.Status);
        Assert.Equal("text/plain; charset=utf-8", expired.ContentType);
        Assert.Equal("Forbidden", expired.Text);

        // Links from PortalLinks last the default lifetime (60 days).
        Assert.Equal(200, await ContributorPage(issuedToken));
        s.Clock.Now += PortalOptions.DefaultLinkLifetime;
        Assert.Equal(403, await ContributorPage(issuedToken));
    }
}
