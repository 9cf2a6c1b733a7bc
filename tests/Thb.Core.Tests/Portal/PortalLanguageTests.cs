using Microsoft.AspNetCore.Http;
using Thb.Cycles;
using Thb.Localisation;
using Thb.Portal;

namespace Thb.Tests.Portal;

/// <summary>The delegation page's language: a switch link's ?lang=, remembered in a cookie of the code alone; else the cookie; else the registry's.</summary>
public class PortalLanguageTests
{
    private static readonly Contributor Germany = new(ContributorId.Parse("germany"), "Germany", ContributorKind.MemberState, 1, [], Language: Language.German);

    private static DefaultHttpContext Request(string? query = null, string? cookie = null)
    {
        var http = new DefaultHttpContext();
        if (query is not null) http.Request.QueryString = new QueryString("?t=token&" + query);
        if (cookie is not null) http.Request.Headers.Cookie = $"{PortalLanguage.CookieName}={cookie}";
        return http;
    }

    [Fact]
    public void Without_a_choice_the_page_is_in_the_registry_s_language_and_sets_no_cookie()
    {
        var http = Request();
        Assert.Equal(Language.German, PortalLanguage.Of(http, Germany));
        Assert.False(http.Response.Headers.ContainsKey("Set-Cookie"));
    }

    [Fact]
    public void A_switch_link_chooses_and_the_cookie_holds_the_code_alone()
    {
        var http = Request("lang=FR");
        Assert.Equal(Language.French, PortalLanguage.Of(http, Germany));
        var cookie = http.Response.Headers.SetCookie.ToString();
        Assert.StartsWith($"{PortalLanguage.CookieName}=fr;", cookie);
        Assert.Contains("path=/api/portal", cookie);
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.DoesNotContain("token", cookie);
    }

    [Fact]
    public void The_cookie_is_remembered_and_a_link_s_choice_wins_over_it()
    {
        Assert.Equal(Language.English, PortalLanguage.Of(Request(cookie: "en"), Germany));
        Assert.Equal(Language.French, PortalLanguage.Of(Request("lang=fr", cookie: "en"), Germany));
    }

    [Theory]
    [InlineData("lang=xx", null)]
    [InlineData("lang=", "es")]
    [InlineData(null, "fr-BE")]
    [InlineData(null, "<script>")]
    public void Anything_but_a_supported_code_is_ignored_and_never_written(string? query, string? cookie)
    {
        var http = Request(query, cookie);
        Assert.Equal(Language.German, PortalLanguage.Of(http, Germany));
        Assert.False(http.Response.Headers.ContainsKey("Set-Cookie"));
    }
}
